package org.globalaifund.engine.contribution;

import static org.globalaifund.engine.db.Tables.RECEIPT;
import static org.globalaifund.engine.db.Tables.UNAPPLIED_RESOLUTION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.globalaifund.engine.db.tables.records.ReceiptRecord;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.web.Keyset;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.PageQuery;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Receipts and the resolutions of their unapplied parts, in schema {@code fund}. */
@Repository
public class ReceiptRepository {

    private final DSLContext dsl;

    public ReceiptRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(String id, String pledgeId, String donorId, Money amount, long applied, LocalDate receivedOn,
            String payerReference, String actorId, Instant now) {
        dsl.insertInto(RECEIPT).set(RECEIPT.ID, id).set(RECEIPT.PLEDGE_ID, pledgeId).set(RECEIPT.DONOR_ID, donorId)
                .set(RECEIPT.CURRENCY_CODE, amount.currency().getCurrencyCode()).set(RECEIPT.AMOUNT_MINOR, amount.minor())
                .set(RECEIPT.APPLIED_MINOR, applied).set(RECEIPT.UNAPPLIED_MINOR, amount.minor() - applied)
                .set(RECEIPT.RECEIVED_ON, receivedOn).set(RECEIPT.PAYER_REFERENCE, payerReference)
                .set(RECEIPT.CREATED_BY, actorId).set(RECEIPT.CREATED_AT, now).execute();
    }

    public void insertResolution(String id, String receiptId, String resolution, long amount, String pledgeId, String note,
            String actorId, Instant now) {
        dsl.insertInto(UNAPPLIED_RESOLUTION).set(UNAPPLIED_RESOLUTION.ID, id).set(UNAPPLIED_RESOLUTION.RECEIPT_ID, receiptId)
                .set(UNAPPLIED_RESOLUTION.RESOLUTION, resolution).set(UNAPPLIED_RESOLUTION.AMOUNT_MINOR, amount)
                .set(UNAPPLIED_RESOLUTION.PLEDGE_ID, pledgeId).set(UNAPPLIED_RESOLUTION.NOTE, note)
                .set(UNAPPLIED_RESOLUTION.RESOLVED_BY, actorId).set(UNAPPLIED_RESOLUTION.RESOLVED_AT, now).execute();
    }

    /** Reads and locks a receipt, so that two people resolving its unapplied part serialise. */
    public Optional<Receipt> lock(String id) {
        return Optional.ofNullable(dsl.selectFrom(RECEIPT).where(RECEIPT.ID.eq(id)).forUpdate().fetchOne()).map(this::toReceipt);
    }

    public Optional<Receipt> find(String id) {
        return Optional.ofNullable(dsl.selectFrom(RECEIPT).where(RECEIPT.ID.eq(id)).fetchOne()).map(this::toReceipt);
    }

    public List<Receipt> all() {
        return dsl.selectFrom(RECEIPT).orderBy(RECEIPT.RECEIVED_ON.desc(), RECEIPT.CREATED_AT.desc()).fetch(this::toReceipt);
    }

    /** A page of receipts, all or only those with unapplied cash still open, newest first (received on, recorded at, id). */
    public Page<Receipt> page(boolean unappliedOpenOnly, PageQuery query) {
        Condition open = unappliedOpenOnly ? RECEIPT.UNAPPLIED_MINOR.gt(DSL.select(DSL.coalesce(DSL.sum(UNAPPLIED_RESOLUTION.AMOUNT_MINOR),
                java.math.BigDecimal.ZERO)).from(UNAPPLIED_RESOLUTION).where(UNAPPLIED_RESOLUTION.RECEIPT_ID.eq(RECEIPT.ID))
                .asField().cast(Long.class)) : DSL.noCondition();
        Keyset keyset = Keyset.of(RECEIPT.RECEIVED_ON.desc(), RECEIPT.CREATED_AT.desc(), RECEIPT.ID.desc());
        return keyset.page(query, dsl.selectFrom(RECEIPT).where(open).and(keyset.after(query)).orderBy(keyset.order())
                .limit(keyset.fetchSize(query)).fetch(), this::toReceipt);
    }

    public List<Receipt> forPledge(String pledgeId) {
        return dsl.selectFrom(RECEIPT).where(RECEIPT.PLEDGE_ID.eq(pledgeId)).orderBy(RECEIPT.RECEIVED_ON).fetch(this::toReceipt);
    }

    private Receipt toReceipt(ReceiptRecord r) {
        var currency = Money.currency(r.getCurrencyCode());
        long resolved = dsl.select(DSL.coalesce(DSL.sum(UNAPPLIED_RESOLUTION.AMOUNT_MINOR), java.math.BigDecimal.ZERO))
                .from(UNAPPLIED_RESOLUTION).where(UNAPPLIED_RESOLUTION.RECEIPT_ID.eq(r.getId())).fetchOne(0, Long.class);
        return new Receipt(r.getId(), r.getPledgeId(), r.getDonorId(), new Money(r.getAmountMinor(), currency),
                new Money(r.getAppliedMinor(), currency), new Money(r.getUnappliedMinor(), currency),
                new Money(r.getUnappliedMinor() - resolved, currency), r.getReceivedOn(), r.getPayerReference());
    }
}
