package com.battlescope.service.view;

import com.battlescope.analytics.Drawdowns.DrawdownPeriod;

/**
 * One of a model's worst drawdowns, with the chart x span it covers: from the peak to the recovery, or to the
 * model's last point in the range when not recovered.
 */
public record DrawdownRow(String modelId, DrawdownPeriod period, double fromX, double toX) {
}
