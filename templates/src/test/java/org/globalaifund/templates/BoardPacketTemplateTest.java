package org.globalaifund.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.globalaifund.templates.BoardPacket.ApplicationSummary;
import org.globalaifund.templates.BoardPacket.CriterionScore;
import org.globalaifund.templates.BoardPacket.DocketItem;
import org.globalaifund.templates.BoardPacket.DueDiligence;
import org.globalaifund.templates.BoardPacket.RecommendationBand;
import org.globalaifund.templates.BoardPacket.Review;
import org.junit.jupiter.api.Test;

class BoardPacketTemplateTest {

    private static final BoardPacketTemplate TEMPLATE = new BoardPacketTemplate(AgreementBuilder.CLOCK);

    @Test
    void eachOfThreeItemsShowsItsScoresMeanRecommendationAndDueDiligence() {
        List<String> pages = Pdfs.pages(TEMPLATE.render(packet(Locale.UK)));
        String text = String.join("", pages);

        assertThat(text).contains("Item 1: Open speech datasets", "Item 2: Flood forecasting for the Niger basin",
                "Item 3: Учебные данные для школ");
        String first = pages.get(1);
        assertThat(first).contains("Criterion Review 1 Review 2 Review 3", "Relevance 8 7 9", "Feasibility 6 8 7.5",
                "Total 78 80.5 84", "Mean score 80.83", "Recommendation Fund", "Clear: no match found",
                "Requested amount 150,000.00 EUR", "Nguyễn Thị Minh Foundation");
        String second = pages.get(2);
        assertThat(second).contains("Total 61 58", "Mean score 59.50", "Fund with conditions",
                "Cleared after review of a possible match", "Reason Same name as a listed entity; different registration number");
        String third = pages.get(3);
        assertThat(third).contains("Do not fund", "Possible match pending review", "No review has been completed.",
                "Mean score —");
    }

    @Test
    void theContentsListEveryItemWithItsPage() {
        List<String> pages = Pdfs.pages(TEMPLATE.render(packet(Locale.UK)));

        assertThat(pages.get(0)).contains("Contents", "Item 1: Open speech datasets for Vietnamese public services 2",
                "Item 2: Flood forecasting for the Niger basin 3", "Item 3: Учебные данные для школ 4");
        assertThat(pages.get(1)).contains("Item 1:");
        assertThat(pages.get(3)).contains("Item 3:").endsWith("Page 4 of 4" + System.lineSeparator());
    }

    @Test
    void reviewersAreNumberedNotNamed() {
        String text = Pdfs.text(TEMPLATE.render(packet(Locale.UK)));

        assertThat(text).contains("Review 1", "Review 3").doesNotContainIgnoringCase("reviewer");
    }

    @Test
    void aFrenchPacketHasFrenchLabels() {
        String text = Pdfs.text(TEMPLATE.render(packet(Locale.FRENCH)));

        assertThat(text).contains("Dossier du conseil", "Sommaire", "Point 1\u00a0: Open speech datasets", "Évaluation 2",
                "Note moyenne 80,83", "Financer", "Ne pas financer", "Page 1 sur 4");
    }

    @Test
    void aDraftScheduleThatDoesNotMatchTheRequestIsRefused() {
        ApplicationSummary application = new ApplicationSummary("APP-1", "Title", "Org", "Mali", "Call",
                Amount.of("1000.00", "EUR"));
        List<Tranche> schedule = List.of(new Tranche(1, Amount.of("999.00", "EUR"), LocalDate.of(2026, 5, 1), null));

        assertThatThrownBy(() -> new DocketItem(application, List.of(), RecommendationBand.FUND, DueDiligence.clear(), schedule))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Application Title: the draft schedule: the tranches add up to 999.00 EUR, not 1000.00 EUR");
    }

    @Test
    void aClearedMatchWithoutReasonAndANegativeScoreAreRefused() {
        assertThatThrownBy(() -> DueDiligence.cleared(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A match cleared after review needs its reason.");
        assertThatThrownBy(() -> new CriterionScore("Relevance", new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The score for Relevance cannot be negative.");
        assertThatThrownBy(() -> new BoardPacket("BM-1", LocalDate.of(2026, 5, 1), Locale.UK, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The docket needs at least one entry.");
    }

    static BoardPacket packet(Locale language) {
        return new BoardPacket("BM-2026-05", LocalDate.of(2026, 5, 20), language, List.of(
                new DocketItem(
                        new ApplicationSummary("APP-2026-0007", "Open speech datasets for Vietnamese public services",
                                "Nguyễn Thị Minh Foundation", "Viet Nam", "2026 Call for Data Commons", Amount.of("150000.00", "EUR")),
                        List.of(review("78", "8", "6"), review("80.5", "7", "8"), review("84", "9", "7.5")),
                        RecommendationBand.FUND, DueDiligence.clear(),
                        List.of(new Tranche(1, Amount.of("100000.00", "EUR"), null, "on acceptance"),
                                new Tranche(2, Amount.of("50000.00", "EUR"), LocalDate.of(2027, 3, 1), null))),
                new DocketItem(
                        new ApplicationSummary("APP-2026-0011", "Flood forecasting for the Niger basin",
                                "Çağrı Yılmaz Institute", "Mali", "2026 Call for Climate", Amount.of("90000.00", "EUR")),
                        List.of(review("61", "6", "6"), review("58", "5", "6")),
                        RecommendationBand.FUND_WITH_CONDITIONS,
                        DueDiligence.cleared("Same name as a listed entity; different registration number"),
                        List.of(new Tranche(1, Amount.of("90000.00", "EUR"), LocalDate.of(2026, 7, 1), null))),
                new DocketItem(
                        new ApplicationSummary("APP-2026-0019", "Учебные данные для школ",
                                "Анна Петрова Trust", "Kazakhstan", "2026 Call for Data Commons", Amount.of("5000000", "JPY")),
                        List.of(),
                        RecommendationBand.DO_NOT_FUND,
                        DueDiligence.matchPending("Possible match on a sanctions list, checked with the provider"),
                        List.of(new Tranche(1, Amount.of("5000000", "JPY"), LocalDate.of(2026, 9, 1), null)))));
    }

    private static Review review(String total, String relevance, String feasibility) {
        return new Review(List.of(new CriterionScore("Relevance", new BigDecimal(relevance)),
                new CriterionScore("Feasibility", new BigDecimal(feasibility))), new BigDecimal(total));
    }
}
