package org.globalaifund.engine.application;

import static org.globalaifund.engine.db.Tables.APPLICATION;
import static org.globalaifund.engine.db.Tables.APPLICATION_INDICATOR;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.globalaifund.engine.application.ResultsRules.IndicatorRow;
import org.globalaifund.engine.problem.FundException;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft results framework of an application: its applicant saves the indicators as a whole (like the budget),
 * only while the application is a draft; the step is checked by {@link ResultsRules} before anything is written.
 */
@Service
@Transactional
public class ApplicationResults {

    private final DSLContext dsl;
    private final ApplicationService applications;
    private final ResultsRules rules;
    private final ApplicationRules texts;
    private final Clock clock;

    ApplicationResults(DSLContext dsl, ApplicationService applications, ResultsRules rules, ApplicationRules texts, Clock clock) {
        this.dsl = dsl;
        this.applications = applications;
        this.rules = rules;
        this.texts = texts;
        this.clock = clock;
    }

    /** Replaces the indicators of the applicant's draft with those of the non-empty rows. */
    public Application save(String applicantId, String id, List<IndicatorRow> rows) {
        Application app = applications.own(applicantId, id);
        if (!app.isDraft()) {
            throw FundException.conflict(texts.text("application.error.notDraft"));
        }
        List<Indicator> indicators = rules.indicators(rows, app.sdgGoals());
        touchDraft(dsl, texts, clock, id);
        dsl.deleteFrom(APPLICATION_INDICATOR).where(APPLICATION_INDICATOR.APPLICATION_ID.eq(id)).execute();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator in = indicators.get(i);
            dsl.insertInto(APPLICATION_INDICATOR).set(APPLICATION_INDICATOR.ID, UUID.randomUUID().toString())
                    .set(APPLICATION_INDICATOR.APPLICATION_ID, id).set(APPLICATION_INDICATOR.LINE_NO, i + 1)
                    .set(APPLICATION_INDICATOR.NAME, in.name()).set(APPLICATION_INDICATOR.MEASURE, in.measure())
                    .set(APPLICATION_INDICATOR.UNIT, in.unit()).set(APPLICATION_INDICATOR.BASELINE_YEAR, in.baselineYear())
                    .set(APPLICATION_INDICATOR.BASELINE_VALUE, in.baselineValue())
                    .set(APPLICATION_INDICATOR.BASELINE_COMMENT, in.baselineComment())
                    .set(APPLICATION_INDICATOR.TARGET_VALUE, in.targetValue()).set(APPLICATION_INDICATOR.TARGET_COMMENT, in.targetComment())
                    .set(APPLICATION_INDICATOR.SDG_TARGET, in.sdgTarget()).execute();
        }
        return applications.get(id);
    }

    /** The indicators of an application in the applicant's order (read with the application itself). */
    static List<Indicator> load(DSLContext dsl, String applicationId) {
        return dsl.selectFrom(APPLICATION_INDICATOR).where(APPLICATION_INDICATOR.APPLICATION_ID.eq(applicationId))
                .orderBy(APPLICATION_INDICATOR.LINE_NO)
                .fetch(r -> new Indicator(r.getId(), r.getName(), r.getMeasure(), r.getUnit(), r.getBaselineYear(), r.getBaselineValue(),
                        r.getBaselineComment(), r.getTargetValue(), r.getTargetComment(), r.getSdgTarget()));
    }

    /**
     * A change to a draft's parts: its version grows (so a tab showing the older summary cannot submit it), and the
     * row stays locked until the transaction ends, so a submission in between waits; refused once no longer a draft.
     */
    static void touchDraft(DSLContext dsl, ApplicationRules texts, Clock clock, String id) {
        int rows = dsl.update(APPLICATION).set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1)).set(APPLICATION.UPDATED_AT, clock.instant())
                .where(APPLICATION.ID.eq(id), APPLICATION.STATUS.eq(ApplicationStatus.DRAFT.name())).execute();
        if (rows != 1) {
            throw FundException.conflict(texts.text("application.error.notDraft"));
        }
    }
}
