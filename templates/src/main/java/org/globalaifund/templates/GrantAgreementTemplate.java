package org.globalaifund.templates;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.globalaifund.templates.Block.Column;
import org.globalaifund.templates.Block.Fact;
import org.globalaifund.templates.Block.Facts;
import org.globalaifund.templates.Block.Heading;
import org.globalaifund.templates.Block.Paragraph;
import org.globalaifund.templates.Block.Table;
import org.globalaifund.templates.Block.Title;

/**
 * The grant agreement: the offer's key facts, parties, project, amount and tranche schedule, results
 * framework, bank account, special conditions, the fund's standard terms and the signature blocks, in the
 * agreement's language. {@code new GrantAgreementTemplate(clock).render(agreement)}.
 */
public final class GrantAgreementTemplate {

    /** The standard terms, in order; each has a ".title" and a ".text" in the bundle. */
    static final List<String> TERMS = List.of("useOfFunds", "reporting", "audit", "refunds", "termination",
            "antiFraud", "dataProtection", "amendments");

    private final Clock clock;
    private final PdfRenderer renderer = new PdfRenderer();

    public GrantAgreementTemplate(Clock clock) {
        this.clock = Require.present(clock, "The clock");
    }

    public RenderedPdf render(GrantAgreement agreement) {
        return renderer.render(compose(agreement), clock.instant());
    }

    /** The agreement as layout blocks, before rendering. */
    public static Document compose(GrantAgreement agreement) {
        Require.present(agreement, "The grant agreement");
        Labels labels = Labels.of(agreement.language());
        String fund = labels.text("fund.name");
        List<Block> blocks = new ArrayList<>();
        int section = 0;
        blocks.add(new Title(labels.text("agreement.title"), agreement.projectTitle()));
        blocks.add(new Facts(List.of(
                new Fact(labels.text("agreement.reference"), agreement.reference()),
                new Fact(labels.text("agreement.date"), labels.date(agreement.date())),
                new Fact(labels.text("agreement.grantee"), agreement.grantee().name() + ", " + agreement.grantee().country()),
                new Fact(labels.text("agreement.call"), agreement.call()),
                new Fact(labels.text("agreement.total"), labels.amount(agreement.total())),
                new Fact(labels.text("agreement.acceptanceDeadline"), labels.date(agreement.acceptanceDeadline())))));

        blocks.add(new Heading(++section + ". " + labels.text("agreement.section.parties"), 1));
        blocks.add(new Paragraph(labels.text("agreement.parties", fund, agreement.grantee().name(), agreement.grantee().country())));

        blocks.add(new Heading(++section + ". " + labels.text("agreement.section.project"), 1));
        blocks.add(new Paragraph(agreement.projectTitle()));
        blocks.add(new Paragraph(agreement.projectSummary()));

        blocks.add(new Heading(++section + ". " + labels.text("agreement.section.amount"), 1));
        blocks.add(new Paragraph(labels.text("agreement.amount", labels.amount(agreement.total()), agreement.tranches().size())));
        blocks.add(ScheduleTable.of(agreement.tranches(), labels));

        blocks.add(new Heading(++section + ". " + labels.text("agreement.section.results"), 1));
        blocks.add(new Paragraph(labels.text("agreement.results")));
        blocks.add(new Table(List.of(
                Column.left(labels.text("results.indicator"), 34),
                Column.left(labels.text("results.unit"), 14),
                Column.right(labels.text("results.baseline"), 13),
                Column.right(labels.text("results.target"), 13),
                Column.left(labels.text("results.sdgTarget"), 12)),
                agreement.results().stream()
                        .map(r -> List.of(r.indicator(), r.unit(), r.baseline(), r.target(), r.sdgTarget()))
                        .toList()));

        blocks.add(new Heading(++section + ". " + labels.text("agreement.section.bank"), 1));
        if (agreement.bankAccount() == null) {
            blocks.add(new Paragraph(labels.text("agreement.bankPending")));
        } else {
            blocks.add(new Facts(List.of(
                    new Fact(labels.text("bank.holder"), agreement.bankAccount().holder()),
                    new Fact(labels.text("bank.bank"), agreement.bankAccount().bank()),
                    new Fact(labels.text("bank.account"), agreement.bankAccount().masked()))));
            blocks.add(new Paragraph(labels.text("agreement.bank")));
        }

        blocks.add(new Heading(++section + ". " + labels.text("agreement.section.conditions"), 1));
        blocks.add(new Paragraph(agreement.conditions().isEmpty() ? labels.text("agreement.noConditions") : agreement.conditions()));

        blocks.add(new Heading(++section + ". " + labels.text("agreement.section.terms"), 1));
        for (int i = 0; i < TERMS.size(); i++) {
            String term = TERMS.get(i);
            blocks.add(new Heading(section + "." + (i + 1) + " " + labels.text("terms." + term + ".title"), 2));
            blocks.add(new Paragraph(labels.text("terms." + term + ".text")));
        }

        blocks.add(new Heading(++section + ". " + labels.text("agreement.section.acceptance"), 1));
        blocks.add(new Paragraph(labels.text("agreement.acceptance", labels.date(agreement.acceptanceDeadline()))));
        for (GrantAgreement.Signatory signatory : agreement.signatories()) {
            blocks.add(new Facts(List.of(
                    new Fact(labels.text("signature.onBehalfOf"), signatory.onBehalfOf()),
                    new Fact(labels.text("signature.name"), signatory.name()),
                    new Fact(labels.text("signature.title"), signatory.title()),
                    new Fact(labels.text("signature.signature"), "\n______________________________"),
                    new Fact(labels.text("signature.date"), "______________________________"))));
        }
        return new Document(labels.text("agreement.title") + " " + agreement.reference(), agreement.reference(),
                labels.language(), labels.text("footer.page"), blocks);
    }
}
