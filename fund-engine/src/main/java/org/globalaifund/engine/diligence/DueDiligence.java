package org.globalaifund.engine.diligence;

import static org.globalaifund.engine.db.Tables.APPLICATION;
import static org.globalaifund.engine.db.Tables.SANCTIONS_ENTRY;
import static org.globalaifund.engine.db.Tables.SANCTIONS_NAME;
import static org.globalaifund.engine.db.Tables.SANCTIONS_SCREENED_NAME;
import static org.globalaifund.engine.db.Tables.SANCTIONS_SCREENING;
import static org.globalaifund.engine.db.Tables.SANCTIONS_SCREENING_MATCH;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.db.tables.records.SanctionsScreeningRecord;
import org.globalaifund.engine.diligence.DueDiligenceScreening.Decision;
import org.globalaifund.engine.diligence.DueDiligenceScreening.Result;
import org.globalaifund.engine.diligence.SanctionsListFile.Kind;
import org.globalaifund.engine.diligence.SanctionsMatcher.ScreenedName;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.jooq.DSLContext;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Due diligence of an application before it goes on the board's docket: its organisation and named signatories are
 * screened against the current sanctions list and the result recorded with the list version used; a possible match
 * waits for ADMIN to clear or reject it, with a reason. A decision is taken once and never changes.
 */
@Service
@Transactional
public class DueDiligence {

    public static final int MAX_REASON_LENGTH = 2000;

    private final DSLContext dsl;
    private final SanctionsScreening screening;
    private final AuditTrail audit;
    private final MessageSourceAccessor texts;
    private final Clock clock;

    public DueDiligence(DSLContext dsl, SanctionsScreening screening, AuditTrail audit, MessageSourceAccessor texts, Clock clock) {
        this.dsl = dsl;
        this.screening = screening;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /** Screens the names (blank ones ignored, at least one needed) for the application and records the result. */
    public DueDiligenceScreening screen(String applicationId, List<String> names) {
        if (!dsl.fetchExists(APPLICATION, APPLICATION.ID.eq(applicationId))) {
            throw FundException.notFound("Application");
        }
        if (SanctionsMatcher.screenable(names).isEmpty()) {
            throw FundException.invalid("names", texts.getMessage("sanctions.error.noNames"));
        }
        SanctionsScreening.Result checked = screening.screen(names);
        String id = UUID.randomUUID().toString();
        Result result = checked.anyMatch() ? Result.POSSIBLE_MATCH : Result.CLEAR;
        dsl.insertInto(SANCTIONS_SCREENING)
                .set(SANCTIONS_SCREENING.ID, id).set(SANCTIONS_SCREENING.APPLICATION_ID, applicationId)
                .set(SANCTIONS_SCREENING.LIST_ID, checked.list().id()).set(SANCTIONS_SCREENING.SCREENED_AT, clock.instant())
                .set(SANCTIONS_SCREENING.RESULT, result.name())
                .execute();
        for (int n = 0; n < checked.names().size(); n++) {
            ScreenedName name = checked.names().get(n);
            dsl.insertInto(SANCTIONS_SCREENED_NAME)
                    .set(SANCTIONS_SCREENED_NAME.SCREENING_ID, id).set(SANCTIONS_SCREENED_NAME.NAME_NO, n + 1)
                    .set(SANCTIONS_SCREENED_NAME.NAME, name.name()).set(SANCTIONS_SCREENED_NAME.NAME_KEY, name.key())
                    .execute();
            for (SanctionsMatch match : name.matches()) {
                dsl.insertInto(SANCTIONS_SCREENING_MATCH)
                        .set(SANCTIONS_SCREENING_MATCH.SCREENING_ID, id).set(SANCTIONS_SCREENING_MATCH.NAME_NO, n + 1)
                        .set(SANCTIONS_SCREENING_MATCH.LIST_ID, checked.list().id())
                        .set(SANCTIONS_SCREENING_MATCH.ENTRY_NO, match.entryNo())
                        .set(SANCTIONS_SCREENING_MATCH.MATCHED_NAME_NO, match.nameNo())
                        .execute();
            }
        }
        audit.record(null, "SANCTIONS_SCREENED", "APPLICATION", applicationId, result + " against sanctions list import "
                + checked.list().importNo() + " (screening " + id + ")" + matchesInBrief(checked.names()));
        return get(id);
    }

    /**
     * ADMIN's decision on a possible match, with the reason. Refused without a reason, for a clear screening (nothing to
     * decide), and for a screening decided already: the first decision stands.
     */
    public DueDiligenceScreening decide(String screeningId, String adminId, Decision decision, String reason) {
        DueDiligenceScreening screened = get(screeningId);
        String why = reason == null ? "" : reason.strip();
        if (decision == null) {
            throw FundException.invalid("decision", texts.getMessage("diligence.error.decision"));
        }
        if (why.isEmpty() || why.length() > MAX_REASON_LENGTH) {
            throw FundException.invalid("reason", texts.getMessage("diligence.error.reason", new Object[] {MAX_REASON_LENGTH}));
        }
        if (screened.result() == Result.CLEAR) {
            throw new FundException(ProblemType.STATE_CONFLICT, texts.getMessage("diligence.error.clear"));
        }
        int changed = dsl.update(SANCTIONS_SCREENING)
                .set(SANCTIONS_SCREENING.DECISION, decision.name()).set(SANCTIONS_SCREENING.DECIDED_BY, adminId)
                .set(SANCTIONS_SCREENING.DECIDED_AT, clock.instant()).set(SANCTIONS_SCREENING.REASON, why)
                .where(SANCTIONS_SCREENING.ID.eq(screeningId), SANCTIONS_SCREENING.DECISION.isNull())
                .execute();
        if (changed == 0) {
            throw new FundException(ProblemType.STATE_CONFLICT, texts.getMessage("diligence.error.decided"));
        }
        audit.record(adminId, "SANCTIONS_MATCH_" + decision.name(), "APPLICATION", screened.applicationId(),
                "screening " + screeningId + ": " + why);
        return get(screeningId);
    }

    @Transactional(readOnly = true)
    public DueDiligenceScreening get(String screeningId) {
        SanctionsScreeningRecord row = dsl.selectFrom(SANCTIONS_SCREENING).where(SANCTIONS_SCREENING.ID.eq(screeningId)).fetchOne();
        if (row == null) {
            throw FundException.notFound("Screening");
        }
        return toScreening(row);
    }

    /** The application's screenings, the latest first. */
    @Transactional(readOnly = true)
    public List<DueDiligenceScreening> forApplication(String applicationId) {
        return dsl.selectFrom(SANCTIONS_SCREENING).where(SANCTIONS_SCREENING.APPLICATION_ID.eq(applicationId))
                .orderBy(SANCTIONS_SCREENING.SCREENED_AT.desc(), SANCTIONS_SCREENING.ID)
                .fetch(this::toScreening);
    }

    private DueDiligenceScreening toScreening(SanctionsScreeningRecord row) {
        Map<Integer, List<SanctionsMatch>> matches = new LinkedHashMap<>();
        dsl.select(SANCTIONS_SCREENING_MATCH.NAME_NO, SANCTIONS_ENTRY.REFERENCE_NUMBER, SANCTIONS_ENTRY.KIND, SANCTIONS_ENTRY.PRIMARY_NAME,
                        SANCTIONS_NAME.NAME, SANCTIONS_NAME.IS_ALIAS, SANCTIONS_NAME.ENTRY_NO, SANCTIONS_NAME.NAME_NO)
                .from(SANCTIONS_SCREENING_MATCH)
                .join(SANCTIONS_NAME).on(SANCTIONS_NAME.LIST_ID.eq(SANCTIONS_SCREENING_MATCH.LIST_ID),
                        SANCTIONS_NAME.ENTRY_NO.eq(SANCTIONS_SCREENING_MATCH.ENTRY_NO),
                        SANCTIONS_NAME.NAME_NO.eq(SANCTIONS_SCREENING_MATCH.MATCHED_NAME_NO))
                .join(SANCTIONS_ENTRY).on(SANCTIONS_ENTRY.LIST_ID.eq(SANCTIONS_NAME.LIST_ID), SANCTIONS_ENTRY.ENTRY_NO.eq(SANCTIONS_NAME.ENTRY_NO))
                .where(SANCTIONS_SCREENING_MATCH.SCREENING_ID.eq(row.getId()))
                .orderBy(SANCTIONS_SCREENING_MATCH.NAME_NO, SANCTIONS_SCREENING_MATCH.ENTRY_NO)
                .forEach(r -> matches.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new SanctionsMatch(r.value2(), Kind.valueOf(r.value3()), r.value4(), r.value5(), r.value6(), r.value7(), r.value8())));
        List<ScreenedName> names = dsl.selectFrom(SANCTIONS_SCREENED_NAME).where(SANCTIONS_SCREENED_NAME.SCREENING_ID.eq(row.getId()))
                .orderBy(SANCTIONS_SCREENED_NAME.NAME_NO)
                .fetch(n -> new ScreenedName(n.getName(), n.getNameKey(), List.copyOf(matches.getOrDefault(n.getNameNo(), List.of()))));
        return new DueDiligenceScreening(row.getId(), row.getApplicationId(), row.getListId(), row.getScreenedAt(),
                Result.valueOf(row.getResult()), names, row.getDecision() == null ? null : Decision.valueOf(row.getDecision()),
                row.getDecidedBy(), row.getDecidedAt(), row.getReason());
    }

    private static String matchesInBrief(List<ScreenedName> names) {
        String found = names.stream().filter(n -> !n.matches().isEmpty())
                .map(n -> n.name() + " ~ " + n.matches().stream().map(SanctionsMatch::referenceNumber).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        String brief = found.isEmpty() ? "" : ": " + found;
        return brief.length() > 1500 ? brief.substring(0, 1500) + "…" : brief;
    }
}
