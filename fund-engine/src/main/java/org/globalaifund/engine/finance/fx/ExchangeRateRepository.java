package org.globalaifund.engine.finance.fx;

import static org.globalaifund.engine.db.Tables.ECB_UPLOAD;
import static org.globalaifund.engine.db.Tables.EXCHANGE_RATE;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.globalaifund.engine.db.tables.records.ExchangeRateRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The stored rates and ECB uploads (tables {@code fund.exchange_rate}, {@code fund.ecb_upload}). */
@Repository
public class ExchangeRateRepository {

    private static final int CHUNK = 500;

    private final DSLContext dsl;

    public ExchangeRateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Approved rates of a currency dated within [from, to], newest first; entered rates before ECB ones of the same day. */
    public List<ExchangeRate> approved(String currency, LocalDate from, LocalDate to) {
        return dsl.selectFrom(EXCHANGE_RATE)
                .where(EXCHANGE_RATE.CURRENCY_CODE.eq(currency)).and(EXCHANGE_RATE.STATUS.eq(ExchangeRate.Status.APPROVED.name()))
                .and(EXCHANGE_RATE.VALID_ON.between(from, to))
                .orderBy(EXCHANGE_RATE.VALID_ON.desc(), EXCHANGE_RATE.SOURCE.desc(), EXCHANGE_RATE.DECIDED_AT.desc().nullsLast())
                .fetch(ExchangeRateRepository::toRate);
    }

    /** The newest approved rate(s) of every currency, whatever their age. */
    public List<ExchangeRate> latestApproved() {
        var newer = EXCHANGE_RATE.as("newer");
        return dsl.selectFrom(EXCHANGE_RATE)
                .where(EXCHANGE_RATE.STATUS.eq(ExchangeRate.Status.APPROVED.name()))
                .andNotExists(DSL.selectOne().from(newer).where(newer.CURRENCY_CODE.eq(EXCHANGE_RATE.CURRENCY_CODE))
                        .and(newer.STATUS.eq(ExchangeRate.Status.APPROVED.name())).and(newer.VALID_ON.gt(EXCHANGE_RATE.VALID_ON)))
                .orderBy(EXCHANGE_RATE.CURRENCY_CODE, EXCHANGE_RATE.SOURCE.desc(), EXCHANGE_RATE.DECIDED_AT.desc().nullsLast())
                .fetch(ExchangeRateRepository::toRate);
    }

    public List<ExchangeRate> pending() {
        return dsl.selectFrom(EXCHANGE_RATE).where(EXCHANGE_RATE.STATUS.eq(ExchangeRate.Status.PENDING.name()))
                .orderBy(EXCHANGE_RATE.ENTERED_AT).fetch(ExchangeRateRepository::toRate);
    }

    public Optional<ExchangeRate> find(String id) {
        return dsl.selectFrom(EXCHANGE_RATE).where(EXCHANGE_RATE.ID.eq(id)).fetchOptional(ExchangeRateRepository::toRate);
    }

    public void insertEntered(String id, String currency, BigDecimal unitsPerEur, LocalDate validOn, String personId, Instant now) {
        dsl.insertInto(EXCHANGE_RATE)
                .set(EXCHANGE_RATE.ID, id).set(EXCHANGE_RATE.CURRENCY_CODE, currency).set(EXCHANGE_RATE.VALID_ON, validOn)
                .set(EXCHANGE_RATE.UNITS_PER_EUR, unitsPerEur).set(EXCHANGE_RATE.SOURCE, RateSource.ENTERED.name())
                .set(EXCHANGE_RATE.STATUS, ExchangeRate.Status.PENDING.name())
                .set(EXCHANGE_RATE.ENTERED_BY, personId).set(EXCHANGE_RATE.ENTERED_AT, now)
                .execute();
    }

    /** Decides a pending rate; false when it was no longer pending (someone decided first). */
    public boolean decide(String id, ExchangeRate.Status status, String personId, Instant now) {
        return dsl.update(EXCHANGE_RATE)
                .set(EXCHANGE_RATE.STATUS, status.name()).set(EXCHANGE_RATE.DECIDED_BY, personId).set(EXCHANGE_RATE.DECIDED_AT, now)
                .where(EXCHANGE_RATE.ID.eq(id)).and(EXCHANGE_RATE.STATUS.eq(ExchangeRate.Status.PENDING.name()))
                .execute() == 1;
    }

    /** ECB rates already stored for these keys ("USD:2026-11-27"), by key. */
    public Map<String, BigDecimal> ecbRates(Collection<String> keys) {
        Map<String, BigDecimal> found = new HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int i = 0; i < all.size(); i += CHUNK) {
            dsl.select(EXCHANGE_RATE.ECB_KEY, EXCHANGE_RATE.UNITS_PER_EUR).from(EXCHANGE_RATE)
                    .where(EXCHANGE_RATE.ECB_KEY.in(all.subList(i, Math.min(all.size(), i + CHUNK))))
                    .forEach(r -> found.put(r.value1(), r.value2()));
        }
        return found;
    }

    /** Records an upload and its new ECB rates (each {@code EcbRate} keyed as in {@link #ecbRates}). */
    public void insertUpload(String uploadId, String personId, Instant now, LocalDate first, LocalDate last, List<EcbRate> rates) {
        dsl.insertInto(ECB_UPLOAD)
                .set(ECB_UPLOAD.ID, uploadId).set(ECB_UPLOAD.UPLOADED_BY, personId).set(ECB_UPLOAD.UPLOADED_AT, now)
                .set(ECB_UPLOAD.FIRST_DATE, first).set(ECB_UPLOAD.LAST_DATE, last).set(ECB_UPLOAD.RATES_ADDED, rates.size())
                .execute();
        for (int i = 0; i < rates.size(); i += CHUNK) {
            var insert = dsl.insertInto(EXCHANGE_RATE, EXCHANGE_RATE.ID, EXCHANGE_RATE.CURRENCY_CODE, EXCHANGE_RATE.VALID_ON,
                    EXCHANGE_RATE.UNITS_PER_EUR, EXCHANGE_RATE.SOURCE, EXCHANGE_RATE.STATUS, EXCHANGE_RATE.ECB_KEY,
                    EXCHANGE_RATE.UPLOAD_ID, EXCHANGE_RATE.ENTERED_BY, EXCHANGE_RATE.ENTERED_AT);
            for (EcbRate rate : rates.subList(i, Math.min(rates.size(), i + CHUNK))) {
                insert = insert.values(java.util.UUID.randomUUID().toString(), rate.currency(), rate.validOn(), rate.unitsPerEur(),
                        RateSource.ECB.name(), ExchangeRate.Status.APPROVED.name(), rate.key(), uploadId, personId, now);
            }
            insert.execute();
        }
    }

    /** One ECB rate to store. */
    public record EcbRate(String currency, LocalDate validOn, BigDecimal unitsPerEur) {
        public String key() {
            return key(currency, validOn);
        }

        public static String key(String currency, LocalDate validOn) {
            return currency + ":" + validOn;
        }
    }

    private static ExchangeRate toRate(ExchangeRateRecord r) {
        return new ExchangeRate(r.getId(), r.getCurrencyCode(), EcbRateFile.plain(r.getUnitsPerEur()), r.getValidOn(),
                RateSource.valueOf(r.getSource()), ExchangeRate.Status.valueOf(r.getStatus()), r.getEnteredBy(),
                r.getEnteredAt(), r.getDecidedBy(), r.getDecidedAt());
    }
}
