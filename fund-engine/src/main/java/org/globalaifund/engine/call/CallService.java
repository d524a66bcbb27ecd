package org.globalaifund.engine.call;

import static org.globalaifund.engine.db.Tables.CALL_PRIORITY_AREA;
import static org.globalaifund.engine.db.Tables.CALL_SDG_GOAL;
import static org.globalaifund.engine.db.Tables.FUNDING_CALL;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.db.tables.records.FundingCallRecord;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.reference.ReferenceData;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calls for proposals: published by ADMIN, readable by anyone. */
@Service
@Transactional
public class CallService {

    private final DSLContext dsl;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final Clock clock;

    public CallService(DSLContext dsl, ReferenceData reference, AuditTrail audit, Clock clock) {
        this.dsl = dsl;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    public FundingCall publish(String actorId, NewCall call) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (call.ref() == null || !call.ref().matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
            errors.put("ref", "Use 2 to 40 capital letters, digits or hyphens.");
        }
        if (call.title() == null || call.title().isBlank() || call.title().length() > 300) {
            errors.put("title", "Enter a title of at most 300 characters.");
        }
        if (call.description() == null || call.description().isBlank()) {
            errors.put("description", "Describe what the call funds.");
        }
        Money budget = null;
        if (!reference.isCurrency(call.currency())) {
            errors.put("currency", "Choose an ISO 4217 currency.");
        } else {
            try {
                budget = Money.of(call.budget(), call.currency());
                if (!budget.isPositive()) {
                    errors.put("budget", "The budget envelope must be more than zero.");
                }
            } catch (IllegalArgumentException e) {
                errors.put("budget", e.getMessage());
            }
        }
        if (call.opensOn() == null || call.closesOn() == null || !call.closesOn().isAfter(call.opensOn())) {
            errors.put("closesOn", "The call must close after it opens.");
        }
        if (call.priorityAreas() == null || call.priorityAreas().isEmpty()) {
            errors.put("priorityAreas", "Choose at least one priority area.");
        }
        if (call.sdgGoals() == null || call.sdgGoals().stream().anyMatch(g -> g == null || g < 1 || g > 17)) {
            errors.put("sdgGoals", "SDG goals are numbered 1 to 17.");
        }
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, "The call could not be published.", errors);
        }
        if (findByRef(call.ref()).isPresent()) {
            throw new FundException(ProblemType.ALREADY_EXISTS, "A call with reference " + call.ref() + " exists.",
                    Map.of("ref", "This reference is taken."));
        }
        String id = UUID.randomUUID().toString();
        dsl.insertInto(FUNDING_CALL)
                .set(FUNDING_CALL.ID, id).set(FUNDING_CALL.REF, call.ref()).set(FUNDING_CALL.TITLE, call.title().strip())
                .set(FUNDING_CALL.DESCRIPTION, call.description().strip()).set(FUNDING_CALL.CURRENCY_CODE, call.currency())
                .set(FUNDING_CALL.BUDGET_MINOR, budget.minor()).set(FUNDING_CALL.OPENS_ON, call.opensOn())
                .set(FUNDING_CALL.CLOSES_ON, call.closesOn()).set(FUNDING_CALL.CREATED_AT, clock.instant())
                .execute();
        for (PriorityArea area : call.priorityAreas()) {
            dsl.insertInto(CALL_PRIORITY_AREA).set(CALL_PRIORITY_AREA.CALL_ID, id).set(CALL_PRIORITY_AREA.AREA, area.name()).execute();
        }
        for (Integer goal : Set.copyOf(call.sdgGoals())) {
            dsl.insertInto(CALL_SDG_GOAL).set(CALL_SDG_GOAL.CALL_ID, id).set(CALL_SDG_GOAL.GOAL, goal).execute();
        }
        audit.record(actorId, "CALL_PUBLISHED", "CALL", id, call.ref());
        return get(id);
    }

    @Transactional(readOnly = true)
    public FundingCall get(String id) {
        return Optional.ofNullable(dsl.selectFrom(FUNDING_CALL).where(FUNDING_CALL.ID.eq(id)).fetchOne())
                .map(this::toCall).orElseThrow(() -> FundException.notFound("Call"));
    }

    @Transactional(readOnly = true)
    public Optional<FundingCall> findByRef(String ref) {
        return Optional.ofNullable(dsl.selectFrom(FUNDING_CALL).where(FUNDING_CALL.REF.eq(ref)).fetchOne()).map(this::toCall);
    }

    @Transactional(readOnly = true)
    public List<FundingCall> all() {
        return dsl.selectFrom(FUNDING_CALL).orderBy(FUNDING_CALL.CLOSES_ON.desc(), FUNDING_CALL.REF).fetch(this::toCall);
    }

    @Transactional(readOnly = true)
    public List<FundingCall> openOn(LocalDate day) {
        return all().stream().filter(c -> c.isOpenOn(day)).toList();
    }

    private FundingCall toCall(FundingCallRecord r) {
        Set<PriorityArea> areas = EnumSet.noneOf(PriorityArea.class);
        dsl.select(CALL_PRIORITY_AREA.AREA).from(CALL_PRIORITY_AREA).where(CALL_PRIORITY_AREA.CALL_ID.eq(r.getId()))
                .forEach(a -> areas.add(PriorityArea.valueOf(a.value1())));
        List<Integer> goals = dsl.select(CALL_SDG_GOAL.GOAL).from(CALL_SDG_GOAL).where(CALL_SDG_GOAL.CALL_ID.eq(r.getId()))
                .orderBy(CALL_SDG_GOAL.GOAL).fetch(CALL_SDG_GOAL.GOAL);
        return new FundingCall(r.getId(), r.getRef(), r.getTitle(), r.getDescription(),
                new Money(r.getBudgetMinor(), Money.currency(r.getCurrencyCode())), r.getOpensOn(), r.getClosesOn(), areas, goals);
    }

    /** What ADMIN enters to publish a call; the budget is a decimal string in the call's currency. */
    public record NewCall(String ref, String title, String description, String currency, String budget,
            LocalDate opensOn, LocalDate closesOn, Set<PriorityArea> priorityAreas, List<Integer> sdgGoals) {}
}
