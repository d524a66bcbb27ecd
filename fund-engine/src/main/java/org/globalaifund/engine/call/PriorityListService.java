package org.globalaifund.engine.call;

import static org.globalaifund.engine.db.Tables.PRIORITY_LIST;
import static org.globalaifund.engine.db.Tables.PRIORITY_LIST_AREA;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.db.tables.records.PriorityListRecord;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The annual list of priority investment areas: ADMIN writes it, anyone reads it once it is published. */
@Service
@Transactional
public class PriorityListService {

    static final int FIRST_YEAR = 2024;
    static final int LAST_YEAR = 2100;

    private final DSLContext dsl;
    private final CallRules rules;
    private final AuditTrail audit;
    private final Clock clock;

    public PriorityListService(DSLContext dsl, CallRules rules, AuditTrail audit, Clock clock) {
        this.dsl = dsl;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** An area as ADMIN places it: a rank (1 = first; null = not on this year's list) and a short text. */
    public record Placement(PriorityArea area, Integer rank, String summary) {}

    /** Writes the year's list, replacing what was there; areas are kept in rank order. */
    public PriorityList save(String actorId, int year, String introduction, List<Placement> placements, boolean published) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            errors.put("year", rules.text("priorities.error.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        if (introduction != null && introduction.length() > 4000) {
            errors.put("introduction", rules.text("priorities.error.introduction"));
        }
        List<Placement> placed = placements == null ? List.of()
                : placements.stream().filter(p -> p.area() != null && p.rank() != null).sorted(Comparator.comparing(Placement::rank)).toList();
        if (placed.isEmpty()) {
            errors.put("areas", rules.text("priorities.error.none"));
        }
        Set<Integer> ranks = new HashSet<>();
        Set<PriorityArea> areas = new HashSet<>();
        for (Placement p : placed) {
            if (p.rank() < 1 || p.rank() > PriorityArea.values().length || !ranks.add(p.rank()) || !areas.add(p.area())) {
                errors.put("rank_" + p.area().name(), rules.text("priorities.error.rank", PriorityArea.values().length));
            }
            if (p.summary() == null || p.summary().isBlank() || p.summary().length() > 1000) {
                errors.put("summary_" + p.area().name(), rules.text("priorities.error.summary"));
            }
        }
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, rules.text("priorities.error.notSaved"), errors);
        }
        String intro = introduction == null || introduction.isBlank() ? null : introduction.strip();
        if (dsl.fetchExists(PRIORITY_LIST, PRIORITY_LIST.LIST_YEAR.eq(year))) {
            dsl.deleteFrom(PRIORITY_LIST_AREA).where(PRIORITY_LIST_AREA.LIST_YEAR.eq(year)).execute();
            dsl.update(PRIORITY_LIST).set(PRIORITY_LIST.INTRODUCTION, intro).set(PRIORITY_LIST.PUBLISHED, published)
                    .set(PRIORITY_LIST.UPDATED_BY, actorId).set(PRIORITY_LIST.UPDATED_AT, clock.instant())
                    .where(PRIORITY_LIST.LIST_YEAR.eq(year)).execute();
        } else {
            dsl.insertInto(PRIORITY_LIST).set(PRIORITY_LIST.LIST_YEAR, year).set(PRIORITY_LIST.INTRODUCTION, intro)
                    .set(PRIORITY_LIST.PUBLISHED, published).set(PRIORITY_LIST.UPDATED_BY, actorId)
                    .set(PRIORITY_LIST.UPDATED_AT, clock.instant()).execute();
        }
        int rank = 1;
        for (Placement p : placed) {
            dsl.insertInto(PRIORITY_LIST_AREA).set(PRIORITY_LIST_AREA.LIST_YEAR, year).set(PRIORITY_LIST_AREA.AREA, p.area().name())
                    .set(PRIORITY_LIST_AREA.SORT_ORDER, rank++).set(PRIORITY_LIST_AREA.SUMMARY, p.summary().strip()).execute();
        }
        audit.record(actorId, published ? "PRIORITIES_PUBLISHED" : "PRIORITIES_SAVED", "PRIORITY_LIST", String.valueOf(year), null);
        return find(year).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<PriorityList> find(int year) {
        return Optional.ofNullable(dsl.selectFrom(PRIORITY_LIST).where(PRIORITY_LIST.LIST_YEAR.eq(year)).fetchOne()).map(this::toList);
    }

    /** Every published list, the latest year first. */
    @Transactional(readOnly = true)
    public List<PriorityList> published() {
        return dsl.selectFrom(PRIORITY_LIST).where(PRIORITY_LIST.PUBLISHED.isTrue()).orderBy(PRIORITY_LIST.LIST_YEAR.desc()).fetch(this::toList);
    }

    /** Every list, drafts included, the latest year first (ADMIN's view). */
    @Transactional(readOnly = true)
    public List<PriorityList> all() {
        return dsl.selectFrom(PRIORITY_LIST).orderBy(PRIORITY_LIST.LIST_YEAR.desc()).fetch(this::toList);
    }

    private PriorityList toList(PriorityListRecord r) {
        List<PriorityList.Entry> areas = dsl.selectFrom(PRIORITY_LIST_AREA).where(PRIORITY_LIST_AREA.LIST_YEAR.eq(r.getListYear()))
                .orderBy(PRIORITY_LIST_AREA.SORT_ORDER)
                .fetch(a -> new PriorityList.Entry(a.getSortOrder(), PriorityArea.valueOf(a.getArea()), a.getSummary()));
        return new PriorityList(r.getListYear(), r.getIntroduction(), r.getPublished(), areas);
    }
}
