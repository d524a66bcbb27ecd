package org.globalaifund.templates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.globalaifund.templates.GrantAgreement.BankAccount;
import org.globalaifund.templates.GrantAgreement.Grantee;
import org.globalaifund.templates.GrantAgreement.ResultIndicator;
import org.globalaifund.templates.GrantAgreement.Signatory;

/** A valid grant agreement to start from; each test changes what it is about. */
final class AgreementBuilder {

    static final Instant NOW = Instant.parse("2026-03-14T09:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String IBAN = "VN12 3456 7890 1234 5678 9012";

    String reference = "GA-2026-0042";
    LocalDate date = LocalDate.of(2026, 3, 14);
    Locale language = Locale.UK;
    Grantee grantee = new Grantee("Hanoi Open Data Lab", "Viet Nam");
    List<Signatory> signatories = new ArrayList<>(List.of(
            new Signatory("Nguyễn Thị Minh", "Executive Director", "Hanoi Open Data Lab"),
            new Signatory("Amina Diallo", "Head of Grants", "Global Fund for AI")));
    String projectTitle = "Open speech datasets for Vietnamese public services";
    String projectSummary = "Collect and publish consented speech data for three regional accents.";
    String call = "2026 Call for Data Commons";
    Amount total = Amount.of("150000.00", "EUR");
    List<Tranche> tranches = new ArrayList<>(List.of(
            new Tranche(1, Amount.of("60000.00", "EUR"), null, "on acceptance of this agreement"),
            new Tranche(2, Amount.of("60000.00", "EUR"), LocalDate.of(2026, 12, 1), "the first progress report is verified"),
            new Tranche(3, Amount.of("30000.00", "EUR"), LocalDate.of(2027, 9, 1), null)));
    List<ResultIndicator> results = new ArrayList<>(List.of(
            new ResultIndicator("Hours of transcribed speech published", "hours", "0", "1,200", "9.c"),
            new ResultIndicator("Public services using the models", "services", "0", "5", "16.6")));
    BankAccount bankAccount = new BankAccount("Hanoi Open Data Lab", "Vietcombank", IBAN);
    String conditions = "The ethics board's approval is filed before the first recording.";
    LocalDate acceptanceDeadline = LocalDate.of(2026, 4, 30);

    AgreementBuilder language(Locale value) {
        language = value;
        return this;
    }

    AgreementBuilder signatories(String... names) {
        signatories = new ArrayList<>();
        for (String name : names) {
            signatories.add(new Signatory(name, "Board member", grantee.name()));
        }
        return this;
    }

    /** {@code count} equal tranches of 1,000.00 EUR, monthly, with the total to match. */
    AgreementBuilder monthlyTranches(int count) {
        tranches = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            tranches.add(new Tranche(i, Amount.of("1000.00", "EUR"), date.plusMonths(i), "the report for month " + (i - 1) + " is verified"));
        }
        total = new Amount(100_000L * count, total.currency());
        return this;
    }

    GrantAgreement build() {
        return new GrantAgreement(reference, date, language, grantee, signatories, projectTitle, projectSummary, call,
                total, tranches, results, bankAccount, conditions, acceptanceDeadline);
    }

    RenderedPdf render() {
        return new GrantAgreementTemplate(CLOCK).render(build());
    }
}
