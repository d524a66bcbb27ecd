package org.globalaifund.ledger;

import java.time.LocalDate;

/** A posted line with its account's key parts and its entry's description and reference: the unit of fund queries. */
public record LedgerLine(String entryId, int lineNo, long accountId, String book, String chartCode, String fund,
                         Side side, long amount, LocalDate valueDate, String description, String refType, String refId) {
}
