/**
 * Decision quality (spec quality.md): forward returns from the decisions' own price paths, hits, calibration of
 * the stated confidence, plan adherence, split moments, holds, unexecuted decisions and time in market. Every
 * formula lives here once; the CLI, the GUI and the tests read the records.
 */
package com.battlescope.analytics.quality;
