package org.globalaifund.engine.contribution;

import static org.globalaifund.engine.db.Tables.FUND_DEFINITION;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.PriorityArea;
import org.globalaifund.engine.db.tables.records.FundDefinitionRecord;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.reference.UnRegion;
import org.globalaifund.engine.web.Keyset;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.PageQuery;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Funds: the unrestricted fund, and restricted funds per donor and purpose, opened on first need. */
@Service
@Transactional
public class FundService {

    private final DSLContext dsl;
    private final DonorService donors;
    private final CallService calls;
    private final AuditTrail audit;
    private final Clock clock;

    public FundService(DSLContext dsl, DonorService donors, CallService calls, AuditTrail audit, Clock clock) {
        this.dsl = dsl;
        this.donors = donors;
        this.calls = calls;
        this.audit = audit;
        this.clock = clock;
    }

    /** The donor's fund for this purpose, opened if it does not exist yet; the purpose is checked first. */
    public Fund restricted(String actorId, String donorId, RestrictedPurpose purpose, String value) {
        Donor donor = donors.get(donorId);
        if (purpose == null || purpose == RestrictedPurpose.NONE) {
            throw FundException.invalid("purpose", "Choose what the fund is restricted to: a call, an SDG goal, a region or an enabler.");
        }
        String label = purposeLabel(purpose, value);
        Optional<Fund> existing = find(donorId, purpose, value);
        if (existing.isPresent()) {
            return existing.get();
        }
        String code = ("R-" + donor.ref() + "-" + purpose.name() + "-" + value).replaceAll("[^A-Za-z0-9-]", "-");
        if (code.length() > 64) {
            code = code.substring(0, 64);
        }
        dsl.insertInto(FUND_DEFINITION).set(FUND_DEFINITION.CODE, code).set(FUND_DEFINITION.NAME, donor.name() + ": " + label).set(FUND_DEFINITION.DONOR_ID, donorId)
                .set(FUND_DEFINITION.PURPOSE_KIND, purpose.name()).set(FUND_DEFINITION.PURPOSE_VALUE, value).set(FUND_DEFINITION.CREATED_AT, clock.instant())
                .execute();
        audit.record(actorId, "FUND_OPENED", "FUND", code, label);
        return get(code);
    }

    private String purposeLabel(RestrictedPurpose purpose, String value) {
        String v = value == null ? "" : value.trim();
        return switch (purpose) {
            case CALL -> "call " + calls.findByRef(v).orElseThrow(() -> FundException.invalid("purposeValue", "No call " + v + ".")).ref();
            case SDG_GOAL -> {
                if (!v.matches("[1-9]|1[0-7]")) {
                    throw FundException.invalid("purposeValue", "SDG goals are numbered 1 to 17.");
                }
                yield "SDG " + v;
            }
            case REGION -> "region " + UnRegion.ofM49(v).orElseThrow(() -> FundException.invalid("purposeValue", "Use a UN M49 region code, e.g. 202.")).label();
            case ENABLER -> {
                try {
                    yield "enabler " + PriorityArea.valueOf(v).name();
                } catch (IllegalArgumentException e) {
                    throw FundException.invalid("purposeValue", "Use one of the five enablers, e.g. SHARED_COMPUTE.");
                }
            }
            case NONE -> throw new IllegalArgumentException("unrestricted");
        };
    }

    @Transactional(readOnly = true)
    public Fund get(String code) {
        return Optional.ofNullable(dsl.selectFrom(FUND_DEFINITION).where(FUND_DEFINITION.CODE.eq(code)).fetchOne()).map(FundService::toFund)
                .orElseThrow(() -> FundException.notFound("Fund"));
    }

    @Transactional(readOnly = true)
    public Optional<Fund> find(String donorId, RestrictedPurpose purpose, String value) {
        return Optional.ofNullable(dsl.selectFrom(FUND_DEFINITION).where(FUND_DEFINITION.DONOR_ID.eq(donorId)).and(FUND_DEFINITION.PURPOSE_KIND.eq(purpose.name()))
                .and(FUND_DEFINITION.PURPOSE_VALUE.eq(value)).fetchOne()).map(FundService::toFund);
    }

    @Transactional(readOnly = true)
    public List<Fund> all() {
        return dsl.selectFrom(FUND_DEFINITION).orderBy(FUND_DEFINITION.DONOR_ID.nullsFirst(), FUND_DEFINITION.CODE).fetch(FundService::toFund);
    }

    /** A page of every fund, the general funds (no donor) first, then by donor and code (the API's list). */
    @Transactional(readOnly = true)
    public Page<Fund> page(PageQuery query) {
        Field<String> donor = DSL.coalesce(FUND_DEFINITION.DONOR_ID, "");
        Keyset keyset = Keyset.of(donor.asc(), FUND_DEFINITION.CODE.asc());
        return keyset.page(query, dsl.select(FUND_DEFINITION.fields()).select(donor).from(FUND_DEFINITION).where(keyset.after(query))
                .orderBy(keyset.order()).limit(keyset.fetchSize(query)).fetch(), r -> toFund(r.into(FUND_DEFINITION)));
    }

    private static Fund toFund(FundDefinitionRecord r) {
        return new Fund(r.getCode(), r.getName(), r.getDonorId(), RestrictedPurpose.valueOf(r.getPurposeKind()), r.getPurposeValue());
    }
}
