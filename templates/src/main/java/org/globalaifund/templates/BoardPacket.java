package org.globalaifund.templates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the board reads before a meeting: for each application on the docket, its summary, the reviews
 * (anonymous, in the order given), the mean score and recommendation band, the due-diligence result and the
 * draft tranche schedule. Rendered in {@code language}.
 */
public record BoardPacket(String reference, LocalDate meetingDate, Locale language, List<DocketItem> items) {

    public BoardPacket {
        Require.text(reference, "The meeting reference");
        Require.present(meetingDate, "The meeting date");
        Require.present(language, "The packet language");
        items = Require.nonEmpty(items, "The docket");
    }

    /**
     * One application before the board; the draft schedule adds up to {@code proposed}, the total put to the board
     * (the requested amount unless the fund proposes another).
     */
    public record DocketItem(ApplicationSummary application, List<Review> reviews, RecommendationBand recommendation,
                             DueDiligence dueDiligence, Amount proposed, List<Tranche> draftSchedule) {
        public DocketItem {
            Require.present(application, "A docket item's application");
            String what = "Application " + application.title();
            reviews = Require.list(reviews, what + ": the reviews");
            Require.present(recommendation, what + ": the recommendation");
            Require.present(dueDiligence, what + ": the due-diligence result");
            Require.present(proposed, what + ": the proposed total");
            if (!proposed.isPositive()) {
                throw new IllegalArgumentException(what + ": the proposed total must be positive.");
            }
            draftSchedule = Tranche.schedule(draftSchedule, proposed, what + ": the draft schedule");
        }

        /** The draft schedule proposes the requested amount. */
        public DocketItem(ApplicationSummary application, List<Review> reviews, RecommendationBand recommendation,
                          DueDiligence dueDiligence, List<Tranche> draftSchedule) {
            this(application, reviews, recommendation, dueDiligence, application.requested(), draftSchedule);
        }

        /** The mean of the reviews' totals to two decimals (half up); empty when there is no review. */
        public Optional<BigDecimal> meanScore() {
            if (reviews.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal sum = reviews.stream().map(Review::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            return Optional.of(sum.divide(BigDecimal.valueOf(reviews.size()), 2, RoundingMode.HALF_UP));
        }
    }

    /** The application as the board sees it; {@code requested} is the cash it asked for (zero when only in kind). */
    public record ApplicationSummary(String reference, String title, String organisation, String country, String call,
                                     Amount requested) {
        public ApplicationSummary {
            Require.text(reference, "An application's reference");
            Require.text(title, "Application " + reference + "'s title");
            Require.text(organisation, "Application " + reference + "'s organisation");
            Require.text(country, "Application " + reference + "'s country");
            Require.text(call, "Application " + reference + "'s call");
            Require.present(requested, "Application " + reference + "'s requested amount");
        }
    }

    /**
     * One reviewer's scores, without the reviewer: the packet numbers reviews "Review 1", "Review 2"... The
     * total is the engine's (weighted by the call's review weights), not recomputed here.
     */
    public record Review(List<CriterionScore> scores, BigDecimal total) {
        public Review {
            scores = Require.list(scores, "A review's scores");
            Require.present(total, "A review's total");
            if (total.signum() < 0) {
                throw new IllegalArgumentException("A review's total cannot be negative.");
            }
        }
    }

    public record CriterionScore(String criterion, BigDecimal score) {
        public CriterionScore {
            Require.text(criterion, "A score's criterion");
            Require.present(score, "The score for " + criterion);
            if (score.signum() < 0) {
                throw new IllegalArgumentException("The score for " + criterion + " cannot be negative.");
            }
        }
    }

    /** The reviewers' recommendation to the board. */
    public enum RecommendationBand { FUND, FUND_WITH_CONDITIONS, DO_NOT_FUND }

    /** The due-diligence (screening) result; {@code note} is the reason when cleared, optional otherwise. */
    public record DueDiligence(Status status, String note) {
        /** NOT_SCREENED: no screening is on record (the packet says so rather than claim a result). */
        public enum Status { CLEAR, CLEARED, MATCH_PENDING, NOT_SCREENED }

        public DueDiligence {
            Require.present(status, "The due-diligence status");
            note = Require.optional(note);
            if (status == Status.CLEARED && note.isEmpty()) {
                throw new IllegalArgumentException("A match cleared after review needs its reason.");
            }
        }

        public static DueDiligence clear() {
            return new DueDiligence(Status.CLEAR, "");
        }

        public static DueDiligence cleared(String reason) {
            return new DueDiligence(Status.CLEARED, reason);
        }

        public static DueDiligence notScreened() {
            return new DueDiligence(Status.NOT_SCREENED, "");
        }

        public static DueDiligence matchPending(String note) {
            return new DueDiligence(Status.MATCH_PENDING, note);
        }
    }
}
