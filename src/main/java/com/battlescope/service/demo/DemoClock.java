package com.battlescope.service.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The battle's hours in order. Market: weekdays 9:30-16:00 in seven cycles (9:30, 10:30, ... 15:30, the last
 * one 30 minutes). 24x7: every hour of every day.
 */
final class DemoClock {
    private static final LocalTime OPEN = LocalTime.of(9, 30);
    private static final int MARKET_HOURS = 7;

    private final DemoHours hours;
    private LocalDate day;
    private int slot;
    private long index;

    DemoClock(DemoHours hours, LocalDate start) {
        this.hours = hours;
        this.day = start;
        skipClosedDays();
    }

    /** A clock whose first hour starts after the given time (to continue a battle). */
    static DemoClock after(DemoHours hours, LocalDateTime time) {
        DemoClock clock = new DemoClock(hours, time.toLocalDate());
        while (!clock.peekStart().isAfter(time)) {
            clock.next();
        }
        clock.index = 0;
        return clock;
    }

    BattleHour next() {
        int perDay = perDay();
        LocalDateTime start = peekStart();
        int minutes = hours == DemoHours.MARKET && slot == perDay - 1 ? 30 : 60;
        BattleHour hour = new BattleHour(index++, start, minutes, slot == 0, slot == perDay - 1);
        if (++slot == perDay) {
            slot = 0;
            day = day.plusDays(1);
            skipClosedDays();
        }
        return hour;
    }

    private LocalDateTime peekStart() {
        return hours == DemoHours.MARKET ? day.atTime(OPEN).plusHours(slot) : day.atTime(slot, 0);
    }

    private int perDay() {
        return hours == DemoHours.MARKET ? MARKET_HOURS : 24;
    }

    private void skipClosedDays() {
        while (hours == DemoHours.MARKET && !isWeekday(day)) {
            day = day.plusDays(1);
        }
    }

    /** Battle days (days with at least one hour) in [start, start + days). */
    static int tradingDays(DemoHours hours, LocalDate start, int days) {
        int n = 0;
        for (int i = 0; i < days; i++) {
            if (hours == DemoHours.ALL_DAY || isWeekday(start.plusDays(i))) {
                n++;
            }
        }
        return n;
    }

    static int hoursPerDay(DemoHours hours) {
        return hours == DemoHours.MARKET ? MARKET_HOURS : 24;
    }

    private static boolean isWeekday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
