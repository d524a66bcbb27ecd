package org.globalaifund.engine.call;

import static org.globalaifund.engine.db.Tables.CALL_COUNTRY;
import static org.globalaifund.engine.db.Tables.CALL_FUND;
import static org.globalaifund.engine.db.Tables.CALL_PRIORITY_AREA;
import static org.globalaifund.engine.db.Tables.CALL_REVIEW_WEIGHT;
import static org.globalaifund.engine.db.Tables.CALL_SDG_GOAL;
import static org.globalaifund.engine.db.Tables.FUNDING_CALL;
import static org.globalaifund.engine.db.Tables.FUND_DEFINITION;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.call.FundingCall.Publication;
import org.globalaifund.engine.db.tables.records.FundingCallRecord;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.web.Keyset;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.PageQuery;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for proposals: ADMIN drafts and publishes them, may change their terms until they open, add funds until
 * they close, and close them early; anyone may read a published call. Every rule is checked before anything is written.
 */
@Service
@Transactional
public class CallService {

    private final DSLContext dsl;
    private final CallRules rules;
    private final AuditTrail audit;
    private final Clock clock;

    public CallService(DSLContext dsl, CallRules rules, AuditTrail audit, Clock clock) {
        this.dsl = dsl;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes a new call at once: it opens on its opening day. */
    public FundingCall publish(String actorId, CallTerms terms) {
        return create(actorId, terms, true);
    }

    /** A new call, published or kept as a draft that only ADMIN sees. */
    public FundingCall create(String actorId, CallTerms terms, boolean publish) {
        CallRules.Checked checked = valid(terms.ref(), terms, "call.error.notSaved");
        if (findByRef(terms.ref()).isPresent()) {
            throw new FundException(ProblemType.ALREADY_EXISTS, rules.text("call.error.refTaken", terms.ref()),
                    Map.of("ref", rules.text("call.error.refTaken", terms.ref())));
        }
        String id = UUID.randomUUID().toString();
        dsl.insertInto(FUNDING_CALL)
                .set(FUNDING_CALL.ID, id).set(FUNDING_CALL.REF, terms.ref()).set(FUNDING_CALL.TITLE, "")
                .set(FUNDING_CALL.DESCRIPTION, "").set(FUNDING_CALL.CURRENCY_CODE, terms.currency())
                .set(FUNDING_CALL.BUDGET_MINOR, checked.budget().minor()).set(FUNDING_CALL.OPENS_ON, terms.opensOn())
                .set(FUNDING_CALL.CLOSES_ON, terms.closesOn()).set(FUNDING_CALL.CREATED_AT, clock.instant())
                .set(FUNDING_CALL.STATUS, (publish ? Publication.PUBLISHED : Publication.DRAFT).name())
                .execute();
        write(id, terms, checked);
        audit.record(actorId, publish ? "CALL_PUBLISHED" : "CALL_DRAFTED", "CALL", id, terms.ref());
        return get(id);
    }

    /** New terms for a call that has not opened yet; {@code publish} turns a draft into a published call. */
    public FundingCall update(String actorId, String id, CallTerms terms, boolean publish) {
        FundingCall call = get(id);
        if (!call.editableOn(today())) {
            throw FundException.conflict(rules.text("call.error.notEditable"));
        }
        if (terms.ref() != null && !terms.ref().isBlank() && !terms.ref().equals(call.ref())) {
            throw FundException.invalid("ref", rules.text("call.error.refFixed"));
        }
        CallRules.Checked checked = valid(call.ref(), terms, "call.error.notSaved");
        boolean publishing = publish && call.publication() == Publication.DRAFT;
        dsl.update(FUNDING_CALL).set(FUNDING_CALL.CURRENCY_CODE, terms.currency())
                .set(FUNDING_CALL.BUDGET_MINOR, checked.budget().minor()).set(FUNDING_CALL.OPENS_ON, terms.opensOn())
                .set(FUNDING_CALL.CLOSES_ON, terms.closesOn())
                .set(FUNDING_CALL.STATUS, (publishing ? Publication.PUBLISHED : call.publication()).name())
                .where(FUNDING_CALL.ID.eq(id)).execute();
        for (var table : List.of(CALL_PRIORITY_AREA, CALL_SDG_GOAL, CALL_COUNTRY, CALL_FUND, CALL_REVIEW_WEIGHT)) {
            dsl.deleteFrom(table).where(table.field("CALL_ID", String.class).eq(id)).execute();
        }
        write(id, terms, checked);
        audit.record(actorId, publishing ? "CALL_PUBLISHED" : "CALL_CHANGED", "CALL", id, call.ref());
        return get(id);
    }

    /** Closes a published call before its closing day; applications in progress can no longer be submitted. */
    public FundingCall close(String actorId, String id, String reason) {
        FundingCall call = get(id);
        FundingCall.Status status = call.statusOn(today());
        if (status == FundingCall.Status.DRAFT || status == FundingCall.Status.CLOSED) {
            throw FundException.conflict(rules.text(status == FundingCall.Status.DRAFT ? "call.error.closeDraft" : "call.error.alreadyClosed"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw FundException.invalid("reason", rules.text("call.error.reason"));
        }
        dsl.update(FUNDING_CALL).set(FUNDING_CALL.STATUS, Publication.CLOSED.name()).set(FUNDING_CALL.CLOSED_ON, today())
                .set(FUNDING_CALL.CLOSED_BY, actorId).set(FUNDING_CALL.CLOSURE_REASON, reason.strip())
                .set(FUNDING_CALL.UPDATED_AT, clock.instant()).where(FUNDING_CALL.ID.eq(id)).execute();
        audit.record(actorId, "CALL_CLOSED", "CALL", id, reason.strip());
        return get(id);
    }

    /** Lets a call draw on one more fund (e.g. a donor's fund restricted to it), until the call closes; no-op if it already does. */
    public FundingCall drawOn(String actorId, String id, String fundCode) {
        FundingCall call = get(id);
        if (call.fundCodes().contains(fundCode)) {
            return call;
        }
        if (call.statusOn(today()) == FundingCall.Status.CLOSED) {
            throw FundException.conflict(rules.text("call.error.alreadyClosed"));
        }
        List<String> funds = new java.util.ArrayList<>(call.fundCodes());
        funds.add(fundCode);
        valid(call.ref(), termsOf(call, funds), "call.error.notSaved");
        dsl.insertInto(CALL_FUND).set(CALL_FUND.CALL_ID, id).set(CALL_FUND.FUND_CODE, fundCode).execute();
        audit.record(actorId, "CALL_FUND_ADDED", "CALL", id, fundCode);
        return get(id);
    }

    private CallRules.Checked valid(String ref, CallTerms terms, String detailKey) {
        CallRules.Checked checked = rules.check(ref, terms);
        if (!checked.errors().isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, rules.text(detailKey), checked.errors());
        }
        return checked;
    }

    private void write(String id, CallTerms t, CallRules.Checked checked) {
        CallLimits limits = checked.limits();
        dsl.update(FUNDING_CALL).set(FUNDING_CALL.TITLE, t.title().strip()).set(FUNDING_CALL.DESCRIPTION, t.description().strip())
                .set(FUNDING_CALL.MAX_CASH_MINOR, limits.maxCash().minor()).set(FUNDING_CALL.MAX_GPU_HOURS, limits.maxGpuHours())
                .set(FUNDING_CALL.MAX_TRAINING_SEATS, limits.maxTrainingSeats()).set(FUNDING_CALL.MAX_EXPERT_HOURS, limits.maxExpertHours())
                .set(FUNDING_CALL.UPDATED_AT, clock.instant()).where(FUNDING_CALL.ID.eq(id)).execute();
        for (PriorityArea area : EnumSet.copyOf(t.priorityAreas())) {
            dsl.insertInto(CALL_PRIORITY_AREA).set(CALL_PRIORITY_AREA.CALL_ID, id).set(CALL_PRIORITY_AREA.AREA, area.name()).execute();
        }
        for (Integer goal : new TreeSet<>(t.sdgGoals())) {
            dsl.insertInto(CALL_SDG_GOAL).set(CALL_SDG_GOAL.CALL_ID, id).set(CALL_SDG_GOAL.GOAL, goal).execute();
        }
        for (String country : CallRules.sortedCodes(t.countries())) {
            dsl.insertInto(CALL_COUNTRY).set(CALL_COUNTRY.CALL_ID, id).set(CALL_COUNTRY.COUNTRY_CODE, country).execute();
        }
        for (String fund : CallRules.sortedCodes(t.fundCodes())) {
            dsl.insertInto(CALL_FUND).set(CALL_FUND.CALL_ID, id).set(CALL_FUND.FUND_CODE, fund).execute();
        }
        checked.weights().entered().forEach((criterion, weight) -> dsl.insertInto(CALL_REVIEW_WEIGHT)
                .set(CALL_REVIEW_WEIGHT.CALL_ID, id).set(CALL_REVIEW_WEIGHT.CRITERION, criterion.name())
                .set(CALL_REVIEW_WEIGHT.WEIGHT, weight).execute());
    }

    @Transactional(readOnly = true)
    public FundingCall get(String id) {
        return Optional.ofNullable(dsl.selectFrom(FUNDING_CALL).where(FUNDING_CALL.ID.eq(id)).fetchOne())
                .map(this::toCall).orElseThrow(() -> FundException.notFound("Call"));
    }

    /** A call anyone may read: drafts are ADMIN's only, so they are "not found" here. */
    @Transactional(readOnly = true)
    public FundingCall getPublic(String id) {
        FundingCall call = get(id);
        if (!call.isPublic()) {
            throw FundException.notFound("Call");
        }
        return call;
    }

    @Transactional(readOnly = true)
    public Optional<FundingCall> findByRef(String ref) {
        return Optional.ofNullable(dsl.selectFrom(FUNDING_CALL).where(FUNDING_CALL.REF.eq(ref)).fetchOne()).map(this::toCall);
    }

    /** Every call, drafts included (ADMIN's view). */
    @Transactional(readOnly = true)
    public List<FundingCall> all() {
        return dsl.selectFrom(FUNDING_CALL).orderBy(FUNDING_CALL.CLOSES_ON.desc(), FUNDING_CALL.REF).fetch(this::toCall);
    }

    /** A page of the calls the public sees, the latest closing first, then by ref and id (the API's list). */
    @Transactional(readOnly = true)
    public Page<FundingCall> publishedPage(PageQuery query) {
        Keyset keyset = Keyset.of(FUNDING_CALL.CLOSES_ON.desc(), FUNDING_CALL.REF.asc(), FUNDING_CALL.ID.asc());
        return keyset.page(query, dsl.selectFrom(FUNDING_CALL).where(FUNDING_CALL.STATUS.ne(Publication.DRAFT.name()))
                .and(keyset.after(query)).orderBy(keyset.order()).limit(keyset.fetchSize(query)).fetch(), this::toCall);
    }

    /** The calls the public sees: published or closed, never drafts. */
    @Transactional(readOnly = true)
    public List<FundingCall> published() {
        return all().stream().filter(FundingCall::isPublic).toList();
    }

    @Transactional(readOnly = true)
    public List<FundingCall> openOn(LocalDate day) {
        return all().stream().filter(c -> c.isOpenOn(day)).toList();
    }

    /** The funds ADMIN may choose from: codes and names, unrestricted first. */
    @Transactional(readOnly = true)
    public Map<String, String> fundChoices() {
        Map<String, String> funds = new java.util.LinkedHashMap<>();
        dsl.selectFrom(FUND_DEFINITION).orderBy(FUND_DEFINITION.DONOR_ID.nullsFirst(), FUND_DEFINITION.CODE)
                .forEach(f -> funds.put(f.getCode(), f.getName()));
        return funds;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** 3.0000 as 3, 10.0000 as 10 (not 1E+1), 2.5000 as 2.5. */
    private static BigDecimal plain(BigDecimal weight) {
        BigDecimal stripped = weight.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static CallTerms termsOf(FundingCall c, List<String> funds) {
        CallLimits l = c.limits();
        return new CallTerms(c.ref(), c.title(), c.description(), c.budget().currency().getCurrencyCode(), c.budget().amount(),
                c.opensOn(), c.closesOn(), c.priorityAreas(), c.sdgGoals(), Set.copyOf(c.countries()), funds,
                new CallTerms.Limits(l.maxCash().amount(), l.maxGpuHours(), l.maxTrainingSeats(), l.maxExpertHours()),
                c.weights().entered());
    }

    private FundingCall toCall(FundingCallRecord r) {
        String id = r.getId();
        Set<PriorityArea> areas = EnumSet.noneOf(PriorityArea.class);
        dsl.select(CALL_PRIORITY_AREA.AREA).from(CALL_PRIORITY_AREA).where(CALL_PRIORITY_AREA.CALL_ID.eq(id))
                .forEach(a -> areas.add(PriorityArea.valueOf(a.value1())));
        List<Integer> goals = dsl.select(CALL_SDG_GOAL.GOAL).from(CALL_SDG_GOAL).where(CALL_SDG_GOAL.CALL_ID.eq(id))
                .orderBy(CALL_SDG_GOAL.GOAL).fetch(CALL_SDG_GOAL.GOAL);
        List<String> countries = dsl.select(CALL_COUNTRY.COUNTRY_CODE).from(CALL_COUNTRY).where(CALL_COUNTRY.CALL_ID.eq(id))
                .orderBy(CALL_COUNTRY.COUNTRY_CODE).fetch(CALL_COUNTRY.COUNTRY_CODE);
        List<String> funds = dsl.select(CALL_FUND.FUND_CODE).from(CALL_FUND).where(CALL_FUND.CALL_ID.eq(id))
                .orderBy(CALL_FUND.FUND_CODE).fetch(CALL_FUND.FUND_CODE);
        Map<ReviewCriterion, BigDecimal> weights = new EnumMap<>(ReviewCriterion.class);
        dsl.selectFrom(CALL_REVIEW_WEIGHT).where(CALL_REVIEW_WEIGHT.CALL_ID.eq(id))
                .forEach(w -> weights.put(ReviewCriterion.valueOf(w.getCriterion()), plain(w.getWeight())));
        var currency = Money.currency(r.getCurrencyCode());
        CallLimits limits = new CallLimits(new Money(r.getMaxCashMinor(), currency), r.getMaxGpuHours(), r.getMaxTrainingSeats(),
                r.getMaxExpertHours());
        return new FundingCall(id, r.getRef(), r.getTitle(), r.getDescription(), new Money(r.getBudgetMinor(), currency),
                r.getOpensOn(), r.getClosesOn(), areas, goals, Publication.valueOf(r.getStatus()), r.getClosedOn(), countries, funds,
                limits, weights.isEmpty() ? ReviewWeights.equal() : new ReviewWeights(weights));
    }
}
