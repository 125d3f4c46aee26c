package com.battlescope.service.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One trading cycle of the battle: decisions during it, a snapshot per model at its end. */
record BattleHour(long index, LocalDateTime start, int minutes, boolean firstOfDay, boolean lastOfDay) {

    LocalDate date() {
        return start.toLocalDate();
    }

    LocalDateTime end() {
        return start.plusMinutes(minutes);
    }
}
