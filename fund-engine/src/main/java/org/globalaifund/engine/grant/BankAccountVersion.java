package org.globalaifund.engine.grant;

import java.time.Instant;
import java.util.List;

/**
 * One version of a grant's bank account, as entered (never changed afterwards), with FINANCE's confirmations. A
 * first account needs one confirmation; an account entered after an earlier one was confirmed needs two, by two
 * different FINANCE people. Only a fully confirmed version may be paid into.
 */
public record BankAccountVersion(
        String id,
        String grantId,
        int version,
        String holder,
        String bankName,
        String bankCountry,
        String iban,
        String accountNumber,
        String bic,
        int requiredConfirmations,
        String enteredBy,
        Instant enteredAt,
        List<Confirmation> confirmations) {

    public BankAccountVersion {
        confirmations = List.copyOf(confirmations);
    }

    /** A FINANCE person's confirmation: first or second. */
    public record Confirmation(int number, String confirmedBy, Instant confirmedAt) {}

    public boolean fullyConfirmed() {
        return confirmations.size() >= requiredConfirmations;
    }

    public boolean confirmedBy(String personId) {
        return confirmations.stream().anyMatch(c -> c.confirmedBy().equals(personId));
    }

    /** The IBAN, or the account number when there is no IBAN. */
    public String accountIdentifier() {
        return iban != null ? iban : accountNumber;
    }

    /** "•••• 1234": the last four letters or digits of the account identifier only. */
    public String masked() {
        String compact = accountIdentifier().replaceAll("[^\\p{Alnum}]", "");
        return "•••• " + compact.substring(Math.max(0, compact.length() - 4));
    }

    @Override
    public String toString() {
        return "BankAccountVersion[grant=" + grantId + ", version=" + version + ", account=" + masked() + "]";
    }
}
