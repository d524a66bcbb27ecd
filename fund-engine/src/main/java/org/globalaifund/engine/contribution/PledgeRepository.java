package org.globalaifund.engine.contribution;

import static org.globalaifund.engine.db.Tables.PLEDGE;
import static org.globalaifund.engine.db.Tables.PLEDGE_INSTALMENT;
import static org.globalaifund.engine.db.Tables.PLEDGE_WRITE_OFF;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.globalaifund.engine.db.tables.records.PledgeRecord;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.web.Keyset;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.PageQuery;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Pledges and their schedules in schema {@code fund}. */
@Repository
public class PledgeRepository {

    private final DSLContext dsl;

    public PledgeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(Pledge p, String actorId, Instant now) {
        dsl.insertInto(PLEDGE)
                .set(PLEDGE.ID, p.id()).set(PLEDGE.REF, p.ref()).set(PLEDGE.DONOR_ID, p.donorId()).set(PLEDGE.FUND_CODE, p.fundCode())
                .set(PLEDGE.CURRENCY_CODE, p.currency()).set(PLEDGE.AMOUNT_MINOR, p.amount().minor())
                .set(PLEDGE.PRESENT_VALUE_MINOR, p.presentValue().minor()).set(PLEDGE.DISCOUNT_RATE, p.discountRate())
                .set(PLEDGE.PLEDGED_ON, p.pledgedOn()).set(PLEDGE.CONDITIONAL, p.conditional())
                .set(PLEDGE.CONDITION_TEXT, p.conditionText()).set(PLEDGE.STATUS, p.status().name())
                .set(PLEDGE.CREATED_BY, actorId).set(PLEDGE.CREATED_AT, now)
                .execute();
        for (Pledge.Instalment i : p.schedule()) {
            dsl.insertInto(PLEDGE_INSTALMENT).set(PLEDGE_INSTALMENT.PLEDGE_ID, p.id()).set(PLEDGE_INSTALMENT.SEQ, i.seq())
                    .set(PLEDGE_INSTALMENT.DUE_ON, i.dueOn()).set(PLEDGE_INSTALMENT.AMOUNT_MINOR, i.amount().minor()).execute();
        }
    }

    /** Reads and locks the pledge for the rest of the transaction: receipts and write-offs on one pledge serialise. */
    public Optional<Pledge> lock(String id) {
        return Optional.ofNullable(dsl.selectFrom(PLEDGE).where(PLEDGE.ID.eq(id)).forUpdate().fetchOne()).map(this::toPledge);
    }

    public Optional<Pledge> find(String id) {
        return Optional.ofNullable(dsl.selectFrom(PLEDGE).where(PLEDGE.ID.eq(id)).fetchOne()).map(this::toPledge);
    }

    public Optional<Pledge> findByRef(String ref) {
        return Optional.ofNullable(dsl.selectFrom(PLEDGE).where(PLEDGE.REF.eq(ref)).fetchOne()).map(this::toPledge);
    }

    public List<Pledge> list(String donorId) {
        Condition condition = donorId == null ? DSL.noCondition() : PLEDGE.DONOR_ID.eq(donorId);
        return dsl.selectFrom(PLEDGE).where(condition).orderBy(PLEDGE.PLEDGED_ON.desc(), PLEDGE.REF).fetch(this::toPledge);
    }

    /** A page of pledges, of one donor or all, newest pledge date first, then by ref and id. */
    public Page<Pledge> page(String donorId, PageQuery query) {
        Condition condition = donorId == null ? DSL.noCondition() : PLEDGE.DONOR_ID.eq(donorId);
        Keyset keyset = Keyset.of(PLEDGE.PLEDGED_ON.desc(), PLEDGE.REF.asc(), PLEDGE.ID.asc());
        return keyset.page(query, dsl.selectFrom(PLEDGE).where(condition).and(keyset.after(query)).orderBy(keyset.order())
                .limit(keyset.fetchSize(query)).fetch(), this::toPledge);
    }

    public void settle(String id, long settledMinor, Pledge.Status status) {
        dsl.update(PLEDGE).set(PLEDGE.SETTLED_MINOR, settledMinor).set(PLEDGE.STATUS, status.name()).where(PLEDGE.ID.eq(id)).execute();
    }

    public void addAdvance(String id, long advanceMinor) {
        dsl.update(PLEDGE).set(PLEDGE.ADVANCE_MINOR, advanceMinor).where(PLEDGE.ID.eq(id)).execute();
    }

    public void conditionMet(String id, LocalDate on) {
        dsl.update(PLEDGE).set(PLEDGE.CONDITION_MET_ON, on).set(PLEDGE.STATUS, Pledge.Status.RECOGNISED.name())
                .where(PLEDGE.ID.eq(id)).execute();
    }

    public void insertWriteOff(String id, String pledgeId, long amountMinor, String reason, LocalDate on, String actorId, Instant now) {
        dsl.insertInto(PLEDGE_WRITE_OFF).set(PLEDGE_WRITE_OFF.ID, id).set(PLEDGE_WRITE_OFF.PLEDGE_ID, pledgeId)
                .set(PLEDGE_WRITE_OFF.AMOUNT_MINOR, amountMinor).set(PLEDGE_WRITE_OFF.REASON, reason)
                .set(PLEDGE_WRITE_OFF.WRITTEN_OFF_ON, on).set(PLEDGE_WRITE_OFF.CREATED_BY, actorId)
                .set(PLEDGE_WRITE_OFF.CREATED_AT, now).execute();
    }

    private Pledge toPledge(PledgeRecord r) {
        var currency = Money.currency(r.getCurrencyCode());
        List<Pledge.Instalment> schedule = dsl.selectFrom(PLEDGE_INSTALMENT).where(PLEDGE_INSTALMENT.PLEDGE_ID.eq(r.getId()))
                .orderBy(PLEDGE_INSTALMENT.SEQ)
                .fetch(i -> new Pledge.Instalment(i.getSeq(), i.getDueOn(), new Money(i.getAmountMinor(), currency)));
        return new Pledge(r.getId(), r.getRef(), r.getDonorId(), r.getFundCode(), new Money(r.getAmountMinor(), currency),
                new Money(r.getPresentValueMinor(), currency), r.getDiscountRate(), r.getPledgedOn(),
                Boolean.TRUE.equals(r.getConditional()), r.getConditionText(), r.getConditionMetOn(),
                Pledge.Status.valueOf(r.getStatus()), r.getSettledMinor(), r.getAdvanceMinor(), schedule);
    }
}
