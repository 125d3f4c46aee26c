package com.battlescope.service.view;

/** How the equity chart shows money: dollars, percent since the start of the range, or dollars on a log axis. */
public enum EquityScale {
    DOLLARS, PERCENT, LOG
}
