package org.globalaifund.engine.grant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.globalaifund.engine.money.Money;

/**
 * A grant the board approved for one application: its reference ({@code GAF-2026-0001}), the whole amount in the
 * call's currency, the board's conditions, and where the offer stands. The acceptance deadline is an instant (the
 * start of the day after the last day to accept, UTC); {@link #lastDayToAccept()} is the day people see.
 */
public record Grant(
        String id,
        String applicationId,
        String callId,
        String reference,
        Money total,
        String conditions,
        GrantStatus status,
        Instant offeredAt,
        Instant acceptanceDueAt,
        String agreementLanguage,
        String agreementSha256,
        Instant acceptedAt,
        Instant declinedAt,
        String declineReason) {

    /** The last day the applicant may accept (the deadline is at the end of it, UTC). */
    public LocalDate lastDayToAccept() {
        return LocalDate.ofInstant(acceptanceDueAt, ZoneOffset.UTC).minusDays(1);
    }

    /** Offered, not declined, and the deadline not reached at {@code now}. */
    public boolean openAt(Instant now) {
        return status == GrantStatus.OFFERED && declinedAt == null && now.isBefore(acceptanceDueAt);
    }

    /** The grant's value in the ledger's grant dimension: its reference, as FINANCE reads it in statements. */
    public String ledgerDimension() {
        return reference;
    }
}
