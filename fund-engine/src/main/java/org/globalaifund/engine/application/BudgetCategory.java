package org.globalaifund.engine.application;

/** What a cash budget line pays for: a small fixed list, so reviewers compare budgets line by line. */
public enum BudgetCategory { PERSONNEL, EQUIPMENT, TRAVEL, TRAINING, DATA, OTHER }
