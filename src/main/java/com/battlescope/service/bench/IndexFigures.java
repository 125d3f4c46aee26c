package com.battlescope.service.bench;

/**
 * BattleScope's own index in a bench run.
 *
 * @param buildS      seconds to build the index from nothing
 * @param update10kMs milliseconds to add 10,000 appended decisions (the live poll's checks included)
 * @param sizeBytes   the index file's size
 * @param sizePct     that size as a percentage of the decisions file
 */
public record IndexFigures(double buildS, double update10kMs, long sizeBytes, double sizePct) {
}
