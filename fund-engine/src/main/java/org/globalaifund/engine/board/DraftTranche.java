package org.globalaifund.engine.board;

import org.globalaifund.engine.money.Money;

/** One tranche of a schedule before the board: its amount, the condition for its release, the month after acceptance. */
public record DraftTranche(int number, Money amount, String condition, int plannedMonth) {}
