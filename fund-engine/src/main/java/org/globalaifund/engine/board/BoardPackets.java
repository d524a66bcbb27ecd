package org.globalaifund.engine.board;

import static org.globalaifund.engine.db.Tables.REVIEW;
import static org.globalaifund.engine.db.Tables.REVIEW_RESULT;
import static org.globalaifund.engine.db.Tables.REVIEW_SCORE;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.diligence.DueDiligence;
import org.globalaifund.engine.diligence.DueDiligenceScreening;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.reference.ReferenceData;
import org.globalaifund.templates.Amount;
import org.globalaifund.templates.BoardPacket;
import org.globalaifund.templates.BoardPacketTemplate;
import org.globalaifund.templates.RenderedPdf;
import org.globalaifund.templates.Tranche;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board packet of a meeting, rendered by the templates module: for each item still on the docket (removed ones
 * left out) the application's summary, its submitted reviews' scores per criterion and totals (anonymous), the
 * recommendation band from {@code fund.review_result}, the latest due-diligence screening and the draft schedule.
 */
@Service
@Transactional(readOnly = true)
public class BoardPackets {

    private static final Logger LOG = LoggerFactory.getLogger(BoardPackets.class);

    private final BoardDocket docket;
    private final ApplicationService applications;
    private final CallService calls;
    private final DueDiligence diligence;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final DSLContext dsl;
    private final Clock clock;

    BoardPackets(BoardDocket docket, ApplicationService applications, CallService calls, DueDiligence diligence, ReferenceData reference,
            MessageSource messages, DSLContext dsl, Clock clock) {
        this.docket = docket;
        this.applications = applications;
        this.calls = calls;
        this.diligence = diligence;
        this.reference = reference;
        this.messages = messages;
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The packet's PDF in {@code locale}; a meeting with nothing on its docket has no packet (not found). */
    public byte[] pdf(String meetingId, Locale locale) {
        BoardMeeting meeting = docket.meeting(meetingId);
        List<BoardPacket.DocketItem> items = docket.items(meetingId).stream().filter(i -> i.status() != ItemStatus.REMOVED)
                .map(i -> item(i, locale)).toList();
        if (items.isEmpty()) {
            throw FundException.notFound("Board packet");
        }
        BoardPacket packet = new BoardPacket(meeting.reference(), LocalDate.ofInstant(meeting.startsAt(), ZoneOffset.UTC),
                "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH, items);
        RenderedPdf pdf = new BoardPacketTemplate(clock).render(packet);
        if (pdf.hasReplacements()) {
            LOG.warn("Board packet {}: characters the font lacks were replaced: {}", meeting.reference(), pdf.replacedCharacters());
        }
        return pdf.bytes();
    }

    private BoardPacket.DocketItem item(DocketItem item, Locale locale) {
        Application app = applications.get(item.applicationId());
        FundingCall call = calls.get(app.callId());
        Money requested = app.cashTotal().orElse(new Money(0, item.total().currency()));
        BoardPacket.ApplicationSummary summary = new BoardPacket.ApplicationSummary(app.id(),
                app.projectTitle() != null ? app.projectTitle() : text("application.untitled", locale),
                app.orgName() != null ? app.orgName() : "—", app.orgCountry() != null ? reference.countryName(app.orgCountry(), locale) : "—",
                call.ref() + " " + call.title(), amount(requested));
        List<BoardPacket.Review> reviews = dsl.select(REVIEW.ID, REVIEW.TOTAL).from(REVIEW)
                .where(REVIEW.APPLICATION_ID.eq(app.id()), REVIEW.STATUS.eq("SUBMITTED")).orderBy(REVIEW.SLOT, REVIEW.ATTEMPT)
                .fetch(r -> new BoardPacket.Review(scores(r.value1(), locale), r.value2()));
        String band = dsl.select(REVIEW_RESULT.RECOMMENDATION).from(REVIEW_RESULT).where(REVIEW_RESULT.APPLICATION_ID.eq(app.id()))
                .fetchOptional(REVIEW_RESULT.RECOMMENDATION).orElse("DO_NOT_FUND");
        List<Tranche> schedule = item.schedule().stream().map(t -> new Tranche(t.number(), amount(t.amount()), null,
                text("board.packet.condition", locale, t.condition(), t.plannedMonth()))).toList();
        return new BoardPacket.DocketItem(summary, reviews, BoardPacket.RecommendationBand.valueOf(band), dueDiligence(app.id(), locale),
                amount(item.total()), schedule);
    }

    private List<BoardPacket.CriterionScore> scores(String reviewId, Locale locale) {
        return dsl.selectFrom(REVIEW_SCORE).where(REVIEW_SCORE.REVIEW_ID.eq(reviewId)).fetch().stream()
                .map(s -> new BoardPacket.CriterionScore(text("criterion." + s.getCriterion(), locale), BigDecimal.valueOf(s.getScore())))
                .toList();
    }

    private BoardPacket.DueDiligence dueDiligence(String applicationId, Locale locale) {
        List<DueDiligenceScreening> screenings = diligence.forApplication(applicationId);
        if (screenings.isEmpty()) {
            return BoardPacket.DueDiligence.notScreened();
        }
        DueDiligenceScreening latest = screenings.get(0);
        if (latest.result() == DueDiligenceScreening.Result.CLEAR) {
            return BoardPacket.DueDiligence.clear();
        }
        if (latest.decision() == DueDiligenceScreening.Decision.CLEARED) {
            return BoardPacket.DueDiligence.cleared(latest.reason());
        }
        return BoardPacket.DueDiligence.matchPending(latest.reason());
    }

    private static Amount amount(Money money) {
        return new Amount(money.minor(), money.currency());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
