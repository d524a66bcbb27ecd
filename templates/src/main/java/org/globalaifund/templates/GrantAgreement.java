package org.globalaifund.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Everything a grant agreement prints: the offer to one grantee for one project under one call, its
 * amount and tranche schedule (adding up to the total), the results it commits to, where the money goes,
 * special conditions and the date by which the grantee must accept. Rendered in {@code language}.
 * {@code bankAccount} may be null: an offer is made before the grantee has entered the account, which the
 * fund confirms before the first payment (the agreement then says so instead of showing the account).
 */
public record GrantAgreement(
        String reference,
        LocalDate date,
        Locale language,
        Grantee grantee,
        List<Signatory> signatories,
        String projectTitle,
        String projectSummary,
        String call,
        Amount total,
        List<Tranche> tranches,
        List<ResultIndicator> results,
        BankAccount bankAccount,
        String conditions,
        LocalDate acceptanceDeadline) {

    public GrantAgreement {
        Require.text(reference, "The agreement reference");
        Require.present(date, "The agreement date");
        Require.present(language, "The agreement language");
        Require.present(grantee, "The grantee");
        signatories = Require.nonEmpty(signatories, "The signatories");
        Require.text(projectTitle, "The project title");
        Require.text(projectSummary, "The project summary");
        Require.text(call, "The call");
        Require.present(total, "The total amount");
        if (!total.isPositive()) {
            throw new IllegalArgumentException("The total amount must be positive.");
        }
        tranches = Tranche.schedule(tranches, total, "The tranche schedule");
        results = Require.nonEmpty(results, "The results framework");
        conditions = Require.optional(conditions);
        Require.present(acceptanceDeadline, "The acceptance deadline");
        if (acceptanceDeadline.isBefore(date)) {
            throw new IllegalArgumentException("The acceptance deadline " + acceptanceDeadline
                    + " is before the agreement date " + date + ".");
        }
    }

    /** The organisation receiving the grant; the country as the reader should see it. */
    public record Grantee(String name, String country) {
        public Grantee {
            Require.text(name, "The grantee's name");
            Require.text(country, "The grantee's country");
        }
    }

    /** A person signing, for the fund or for the grantee ({@code onBehalfOf}). */
    public record Signatory(String name, String title, String onBehalfOf) {
        public Signatory {
            Require.text(name, "A signatory's name");
            Require.text(title, "Signatory " + name + "'s title");
            Require.text(onBehalfOf, "The organisation signatory " + name + " signs for");
        }
    }

    /** One line of the results framework; baseline and target as the reader should see them ("0", "45 %"). */
    public record ResultIndicator(String indicator, String unit, String baseline, String target, String sdgTarget) {
        public ResultIndicator {
            Require.text(indicator, "An indicator's name");
            Require.text(unit, "Indicator " + indicator + "'s unit");
            Require.text(baseline, "Indicator " + indicator + "'s baseline");
            Require.text(target, "Indicator " + indicator + "'s target");
            Require.text(sdgTarget, "Indicator " + indicator + "'s SDG target");
        }
    }

    /**
     * The account the tranches are paid into. The document shows only its last four characters; the full
     * identifier never reaches the PDF.
     */
    public record BankAccount(String holder, String bank, String accountIdentifier) {
        public BankAccount {
            Require.text(holder, "The account holder");
            Require.text(bank, "The bank");
            Require.text(accountIdentifier, "The account identifier");
            if (accountIdentifier.replaceAll("[^\\p{Alnum}]", "").length() < 5) {
                throw new IllegalArgumentException("The account identifier is too short to be masked.");
            }
        }

        /** "•••• 1234": the last four letters or digits only. */
        public String masked() {
            String compact = accountIdentifier.replaceAll("[^\\p{Alnum}]", "");
            return "•••• " + compact.substring(compact.length() - 4);
        }

        @Override
        public String toString() {
            return "BankAccount[holder=" + holder + ", bank=" + bank + ", account=" + masked() + "]";
        }
    }
}
