package org.globalaifund.engine.application;

import org.globalaifund.engine.money.Money;

/** One line of the cash an application requests, in the call's currency. */
public record BudgetLine(BudgetCategory category, Money amount) {}
