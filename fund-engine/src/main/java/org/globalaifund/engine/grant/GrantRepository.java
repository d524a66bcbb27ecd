package org.globalaifund.engine.grant;

import static org.globalaifund.engine.db.Tables.BOARD_APPROVAL;
import static org.globalaifund.engine.db.Tables.BOARD_APPROVAL_TRANCHE;
import static org.globalaifund.engine.db.Tables.GRANT_AWARD;
import static org.globalaifund.engine.db.Tables.GRANT_INDICATOR;
import static org.globalaifund.engine.db.Tables.GRANT_TRANCHE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.globalaifund.engine.application.Indicator;
import org.globalaifund.engine.db.tables.records.GrantAwardRecord;
import org.globalaifund.engine.money.Money;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The grant tables: the grant with its agreement, its tranches and its results framework, and the board's approved
 * terms they are made from (read only: the board writes them). Status changes name the status they leave, so a step
 * that runs twice changes a grant once.
 */
@Repository
class GrantRepository {

    /** What the board approved for an application: the total, the conditions and the tranche schedule. */
    record BoardApproval(String applicationId, Money total, String conditions, Instant approvedAt, List<ApprovedTranche> tranches) {}

    record ApprovedTranche(int number, long amountMinor, String condition, int plannedMonth) {}

    private final DSLContext dsl;

    GrantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<BoardApproval> boardApproval(String applicationId) {
        var r = dsl.selectFrom(BOARD_APPROVAL).where(BOARD_APPROVAL.APPLICATION_ID.eq(applicationId)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        List<ApprovedTranche> tranches = dsl.selectFrom(BOARD_APPROVAL_TRANCHE)
                .where(BOARD_APPROVAL_TRANCHE.APPLICATION_ID.eq(applicationId)).orderBy(BOARD_APPROVAL_TRANCHE.TRANCHE_NO)
                .fetch(t -> new ApprovedTranche(t.getTrancheNo(), t.getAmountMinor(), t.getCondition(), t.getPlannedMonth()));
        return Optional.of(new BoardApproval(applicationId, new Money(r.getTotalMinor(), Money.currency(r.getCurrency())),
                r.getConditions(), r.getApprovedAt(), tranches));
    }

    /** The next number in the year's sequence of references. */
    int nextSequence(int year) {
        Integer max = dsl.select(DSL.max(GRANT_AWARD.REF_SEQ)).from(GRANT_AWARD).where(GRANT_AWARD.REF_YEAR.eq(year)).fetchOne().value1();
        return max == null ? 1 : max + 1;
    }

    void insert(Grant g, int year, int seq, byte[] pdf) {
        dsl.insertInto(GRANT_AWARD).set(GRANT_AWARD.ID, g.id()).set(GRANT_AWARD.APPLICATION_ID, g.applicationId())
                .set(GRANT_AWARD.CALL_ID, g.callId()).set(GRANT_AWARD.REFERENCE, g.reference()).set(GRANT_AWARD.REF_YEAR, year)
                .set(GRANT_AWARD.REF_SEQ, seq).set(GRANT_AWARD.CURRENCY, g.total().currency().getCurrencyCode())
                .set(GRANT_AWARD.TOTAL_MINOR, g.total().minor()).set(GRANT_AWARD.CONDITIONS, g.conditions())
                .set(GRANT_AWARD.STATUS, g.status().name()).set(GRANT_AWARD.OFFERED_AT, g.offeredAt())
                .set(GRANT_AWARD.ACCEPTANCE_DUE_AT, g.acceptanceDueAt()).set(GRANT_AWARD.AGREEMENT_LANGUAGE, g.agreementLanguage())
                .set(GRANT_AWARD.AGREEMENT_PDF, pdf).set(GRANT_AWARD.AGREEMENT_SHA256, g.agreementSha256()).execute();
    }

    void insertTranches(String grantId, List<ApprovedTranche> tranches) {
        for (ApprovedTranche t : tranches) {
            dsl.insertInto(GRANT_TRANCHE).set(GRANT_TRANCHE.GRANT_ID, grantId).set(GRANT_TRANCHE.TRANCHE_NO, t.number())
                    .set(GRANT_TRANCHE.AMOUNT_MINOR, t.amountMinor()).set(GRANT_TRANCHE.CONDITION, t.condition())
                    .set(GRANT_TRANCHE.PLANNED_MONTH, t.plannedMonth()).set(GRANT_TRANCHE.STATUS, GrantTranche.Status.PLANNED.name())
                    .execute();
        }
    }

    void insertIndicators(String grantId, List<Indicator> indicators) {
        for (int i = 0; i < indicators.size(); i++) {
            Indicator in = indicators.get(i);
            dsl.insertInto(GRANT_INDICATOR).set(GRANT_INDICATOR.GRANT_ID, grantId).set(GRANT_INDICATOR.LINE_NO, i + 1)
                    .set(GRANT_INDICATOR.INDICATOR_ID, in.id()).set(GRANT_INDICATOR.NAME, in.name())
                    .set(GRANT_INDICATOR.MEASURE, in.measure()).set(GRANT_INDICATOR.UNIT, in.unit())
                    .set(GRANT_INDICATOR.BASELINE_YEAR, in.baselineYear()).set(GRANT_INDICATOR.BASELINE_VALUE, in.baselineValue())
                    .set(GRANT_INDICATOR.BASELINE_COMMENT, in.baselineComment()).set(GRANT_INDICATOR.TARGET_VALUE, in.targetValue())
                    .set(GRANT_INDICATOR.TARGET_COMMENT, in.targetComment()).set(GRANT_INDICATOR.SDG_TARGET, in.sdgTarget()).execute();
        }
    }

    Optional<Grant> find(String id) {
        return dsl.selectFrom(GRANT_AWARD).where(GRANT_AWARD.ID.eq(id)).fetchOptional(GrantRepository::toGrant);
    }

    Optional<Grant> ofApplication(String applicationId) {
        return dsl.selectFrom(GRANT_AWARD).where(GRANT_AWARD.APPLICATION_ID.eq(applicationId)).fetchOptional(GrantRepository::toGrant);
    }

    List<Grant> ofApplications(List<String> applicationIds) {
        return dsl.selectFrom(GRANT_AWARD).where(GRANT_AWARD.APPLICATION_ID.in(applicationIds)).orderBy(GRANT_AWARD.OFFERED_AT.desc())
                .fetch(GrantRepository::toGrant);
    }

    List<Grant> all() {
        return dsl.selectFrom(GRANT_AWARD).orderBy(GRANT_AWARD.OFFERED_AT.desc()).fetch(GrantRepository::toGrant);
    }

    byte[] agreementPdf(String grantId) {
        return dsl.select(GRANT_AWARD.AGREEMENT_PDF).from(GRANT_AWARD).where(GRANT_AWARD.ID.eq(grantId)).fetchOne(GRANT_AWARD.AGREEMENT_PDF);
    }

    List<GrantTranche> tranches(String grantId) {
        return dsl.selectFrom(GRANT_TRANCHE).where(GRANT_TRANCHE.GRANT_ID.eq(grantId)).orderBy(GRANT_TRANCHE.TRANCHE_NO)
                .fetch(t -> new GrantTranche(t.getTrancheNo(), new Money(t.getAmountMinor(), currencyOf(grantId)), t.getCondition(),
                        t.getPlannedMonth(), t.getPlannedOn(), GrantTranche.Status.valueOf(t.getStatus()), t.getDueAt()));
    }

    List<Indicator> indicators(String grantId) {
        return dsl.selectFrom(GRANT_INDICATOR).where(GRANT_INDICATOR.GRANT_ID.eq(grantId)).orderBy(GRANT_INDICATOR.LINE_NO)
                .fetch(r -> new Indicator(r.getIndicatorId(), r.getName(), r.getMeasure(), r.getUnit(), r.getBaselineYear(),
                        r.getBaselineValue(), r.getBaselineComment(), r.getTargetValue(), r.getTargetComment(), r.getSdgTarget()));
    }

    /** OFFERED (not declined) to COMMITTED; false when the offer was no longer open. */
    boolean accepted(String grantId, String personId, Instant at) {
        return dsl.update(GRANT_AWARD).set(GRANT_AWARD.STATUS, GrantStatus.COMMITTED.name()).set(GRANT_AWARD.ACCEPTED_AT, at)
                .set(GRANT_AWARD.ACCEPTED_BY, personId)
                .where(GRANT_AWARD.ID.eq(grantId), GRANT_AWARD.STATUS.eq(GrantStatus.OFFERED.name()), GRANT_AWARD.DECLINED_AT.isNull())
                .execute() == 1;
    }

    /** The tranches' planned days, counted from the day of acceptance. */
    void planFrom(String grantId, LocalDate acceptedOn) {
        for (GrantTranche t : tranches(grantId)) {
            dsl.update(GRANT_TRANCHE).set(GRANT_TRANCHE.PLANNED_ON, acceptedOn.plusMonths(t.plannedMonth()))
                    .where(GRANT_TRANCHE.GRANT_ID.eq(grantId), GRANT_TRANCHE.TRANCHE_NO.eq(t.number())).execute();
        }
    }

    /** Records the applicant's declination on an open offer; false when it was no longer open. */
    boolean declining(String grantId, String personId, String reason, Instant at) {
        return dsl.update(GRANT_AWARD).set(GRANT_AWARD.DECLINED_AT, at).set(GRANT_AWARD.DECLINED_BY, personId)
                .set(GRANT_AWARD.DECLINE_REASON, reason)
                .where(GRANT_AWARD.ID.eq(grantId), GRANT_AWARD.STATUS.eq(GrantStatus.OFFERED.name()), GRANT_AWARD.DECLINED_AT.isNull())
                .execute() == 1;
    }

    String declinedBy(String grantId) {
        return dsl.select(GRANT_AWARD.DECLINED_BY).from(GRANT_AWARD).where(GRANT_AWARD.ID.eq(grantId)).fetchOne(GRANT_AWARD.DECLINED_BY);
    }

    /** OFFERED to {@code to} (DECLINED or LAPSED); false when already moved. */
    boolean closed(String grantId, GrantStatus to, Instant at) {
        return dsl.update(GRANT_AWARD).set(GRANT_AWARD.STATUS, to.name()).set(GRANT_AWARD.CLOSED_AT, at)
                .where(GRANT_AWARD.ID.eq(grantId), GRANT_AWARD.STATUS.eq(GrantStatus.OFFERED.name())).execute() == 1;
    }

    /** The tranche PLANNED to DUE; false when it was due already. */
    boolean trancheDue(String grantId, int number, Instant at) {
        return dsl.update(GRANT_TRANCHE).set(GRANT_TRANCHE.STATUS, GrantTranche.Status.DUE.name()).set(GRANT_TRANCHE.DUE_AT, at)
                .where(GRANT_TRANCHE.GRANT_ID.eq(grantId), GRANT_TRANCHE.TRANCHE_NO.eq(number),
                        GRANT_TRANCHE.STATUS.eq(GrantTranche.Status.PLANNED.name()))
                .execute() == 1;
    }

    private java.util.Currency currencyOf(String grantId) {
        return Money.currency(dsl.select(GRANT_AWARD.CURRENCY).from(GRANT_AWARD).where(GRANT_AWARD.ID.eq(grantId)).fetchOne(GRANT_AWARD.CURRENCY));
    }

    private static Grant toGrant(GrantAwardRecord r) {
        return new Grant(r.getId(), r.getApplicationId(), r.getCallId(), r.getReference(),
                new Money(r.getTotalMinor(), Money.currency(r.getCurrency())), r.getConditions(), GrantStatus.valueOf(r.getStatus()),
                r.getOfferedAt(), r.getAcceptanceDueAt(), r.getAgreementLanguage(), r.getAgreementSha256(), r.getAcceptedAt(),
                r.getDeclinedAt(), r.getDeclineReason());
    }
}
