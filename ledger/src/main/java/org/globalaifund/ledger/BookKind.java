package org.globalaifund.ledger;

/** Financial (ASC 958) book, budgetary-control book, or a book of in-kind units (counts, not money). */
public enum BookKind {
    FIN, BUD, UNIT
}
