package org.globalaifund.templates;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.globalaifund.templates.BoardPacket.CriterionScore;
import org.globalaifund.templates.BoardPacket.DocketItem;
import org.globalaifund.templates.BoardPacket.Review;
import org.globalaifund.templates.Block.Column;
import org.globalaifund.templates.Block.Contents;
import org.globalaifund.templates.Block.Fact;
import org.globalaifund.templates.Block.Facts;
import org.globalaifund.templates.Block.Heading;
import org.globalaifund.templates.Block.PageBreak;
import org.globalaifund.templates.Block.Paragraph;
import org.globalaifund.templates.Block.Table;
import org.globalaifund.templates.Block.Title;

/**
 * The board packet: the meeting's facts and a table of contents, then one section per docket item (each on
 * a new page) with the application, the anonymous review scores per criterion, mean and recommendation,
 * the due-diligence result and the draft schedule. {@code new BoardPacketTemplate(clock).render(packet)}.
 */
public final class BoardPacketTemplate {

    private static final String NONE = "—";

    private final Clock clock;
    private final PdfRenderer renderer = new PdfRenderer();

    public BoardPacketTemplate(Clock clock) {
        this.clock = Require.present(clock, "The clock");
    }

    public RenderedPdf render(BoardPacket packet) {
        return renderer.render(compose(packet), clock.instant());
    }

    /** The packet as layout blocks, before rendering. */
    public static Document compose(BoardPacket packet) {
        Require.present(packet, "The board packet");
        Labels labels = Labels.of(packet.language());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Title(labels.text("packet.title"), labels.text("fund.name")));
        blocks.add(new Facts(List.of(
                new Fact(labels.text("packet.meeting"), packet.reference()),
                new Fact(labels.text("packet.date"), labels.date(packet.meetingDate())),
                new Fact(labels.text("packet.items"), Integer.toString(packet.items().size())))));
        blocks.add(new Contents(labels.text("packet.contents")));
        int number = 0;
        for (DocketItem item : packet.items()) {
            number++;
            blocks.add(new PageBreak());
            blocks.add(new Heading(labels.text("packet.item", number, item.application().title()), 1));
            item(item, labels, blocks);
        }
        return new Document(labels.text("packet.title") + " " + packet.reference(), packet.reference(),
                labels.language(), labels.text("footer.page"), blocks);
    }

    private static void item(DocketItem item, Labels labels, List<Block> blocks) {
        BoardPacket.ApplicationSummary application = item.application();
        blocks.add(new Heading(labels.text("packet.section.application"), 2));
        blocks.add(new Facts(List.of(
                new Fact(labels.text("application.reference"), application.reference()),
                new Fact(labels.text("application.title"), application.title()),
                new Fact(labels.text("application.organisation"), application.organisation()),
                new Fact(labels.text("application.country"), application.country()),
                new Fact(labels.text("application.call"), application.call()),
                new Fact(labels.text("application.requested"), labels.amount(application.requested())))));

        blocks.add(new Heading(labels.text("packet.section.reviews"), 2));
        if (item.reviews().isEmpty()) {
            blocks.add(new Paragraph(labels.text("reviews.none")));
        } else {
            blocks.add(scores(item.reviews(), labels));
        }
        blocks.add(new Facts(List.of(
                new Fact(labels.text("reviews.mean"), item.meanScore().map(m -> labels.decimal(m, 2)).orElse(NONE)),
                new Fact(labels.text("reviews.recommendation"), labels.text("band." + item.recommendation().name())))));

        blocks.add(new Heading(labels.text("packet.section.dueDiligence"), 2));
        BoardPacket.DueDiligence dueDiligence = item.dueDiligence();
        List<Fact> result = new ArrayList<>();
        result.add(new Fact(labels.text("dueDiligence.result"), labels.text("dueDiligence." + dueDiligence.status().name())));
        if (!dueDiligence.note().isEmpty()) {
            result.add(new Fact(labels.text(dueDiligence.status() == BoardPacket.DueDiligence.Status.CLEARED
                    ? "dueDiligence.reason" : "dueDiligence.note"), dueDiligence.note()));
        }
        blocks.add(new Facts(result));

        blocks.add(new Heading(labels.text("packet.section.schedule"), 2));
        blocks.add(new Facts(List.of(new Fact(labels.text("packet.proposed"), labels.amount(item.proposed())))));
        blocks.add(ScheduleTable.of(item.draftSchedule(), labels));
    }

    /** Criteria down, reviews across, totals in the last row; a criterion a review did not score shows "—". */
    private static Table scores(List<Review> reviews, Labels labels) {
        Set<String> criteria = new LinkedHashSet<>();
        reviews.forEach(r -> r.scores().forEach(s -> criteria.add(s.criterion())));
        List<Column> columns = new ArrayList<>();
        columns.add(Column.left(labels.text("reviews.criterion"), Math.max(30, 12 * reviews.size())));
        for (int i = 1; i <= reviews.size(); i++) {
            columns.add(Column.right(labels.text("reviews.review", i), 12));
        }
        List<List<String>> rows = new ArrayList<>();
        for (String criterion : criteria) {
            List<String> row = new ArrayList<>();
            row.add(criterion);
            for (Review review : reviews) {
                row.add(review.scores().stream()
                        .filter(s -> s.criterion().equals(criterion))
                        .map(CriterionScore::score)
                        .findFirst().map(labels::number).orElse(NONE));
            }
            rows.add(row);
        }
        List<String> totals = new ArrayList<>();
        totals.add(labels.text("reviews.total"));
        reviews.stream().map(Review::total).map(labels::number).forEach(totals::add);
        rows.add(totals);
        return new Table(columns, rows);
    }
}
