/**
 * Pure analytics over the model records: metrics, drawdowns, trade statistics, period returns,
 * rankings and decision comparison. No JavaFX, no MyBatis, no SQL: every input is a list of records
 * the caller has already read. Percentages are on the contract's 0-100 scale; standard deviations are
 * sample deviations (n-1).
 */
package com.battlescope.analytics;
