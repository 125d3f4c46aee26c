package com.battlescope.service.view;

import com.battlescope.model.Stamp;

/** A model's rank at one time of the rank history, the rank before it (null at its first point) and its return. */
public record RankPoint(Stamp time, int rank, Integer previousRank, double returnPct) {
}
