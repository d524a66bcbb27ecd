package org.globalaifund.engine.application;

import static org.globalaifund.engine.db.Tables.APPLICATION;

import java.time.Clock;
import java.util.List;
import org.globalaifund.engine.application.InKindRules.ComputeRow;
import org.globalaifund.engine.application.InKindRules.DataRow;
import org.globalaifund.engine.application.InKindRules.PeopleForm;
import org.globalaifund.engine.call.CallLimits;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.problem.FundException;
import org.jooq.DSLContext;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-kind steps of a draft as its applicant saves them: compute, data sets and models, training and expert time.
 * Only the applicant's own draft changes (anyone else's is "not found"); each step is checked whole before anything is
 * written, and the draft's version grows only while it is still a draft, so a save racing a submission changes nothing.
 */
@Service
@Transactional
public class InKindService {

    private final DSLContext dsl;
    private final ApplicationService applications;
    private final InKindRequests requests;
    private final InKindRules rules;
    private final CallService calls;
    private final MessageSourceAccessor texts;
    private final Clock clock;

    InKindService(DSLContext dsl, ApplicationService applications, InKindRequests requests, InKindRules rules, CallService calls,
            MessageSourceAccessor texts, Clock clock) {
        this.dsl = dsl;
        this.applications = applications;
        this.requests = requests;
        this.rules = rules;
        this.calls = calls;
        this.texts = texts;
        this.clock = clock;
    }

    public InKindRequest saveCompute(String applicantId, String id, List<ComputeRow> rows) {
        Application draft = ownDraft(applicantId, id);
        List<ComputeLine> lines = rules.compute(rows, limits(draft));
        requests.replaceCompute(id, lines);
        return changed(draft);
    }

    public InKindRequest saveData(String applicantId, String id, List<DataRow> rows) {
        Application draft = ownDraft(applicantId, id);
        List<DataLine> lines = rules.data(rows);
        requests.replaceData(id, lines);
        return changed(draft);
    }

    public InKindRequest savePeople(String applicantId, String id, PeopleForm form) {
        Application draft = ownDraft(applicantId, id);
        PeopleRequest people = rules.people(form, limits(draft));
        requests.replacePeople(id, people);
        return changed(draft);
    }

    private Application ownDraft(String applicantId, String id) {
        Application app = applications.own(applicantId, id);
        if (!app.isDraft()) {
            throw notDraft();
        }
        return app;
    }

    private CallLimits limits(Application draft) {
        return calls.get(draft.callId()).limits();
    }

    /** Counts the change on the draft; a draft submitted meanwhile rolls the whole step back. */
    private InKindRequest changed(Application draft) {
        int rows = dsl.update(APPLICATION).set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1)).set(APPLICATION.UPDATED_AT, clock.instant())
                .where(APPLICATION.ID.eq(draft.id()), APPLICATION.STATUS.eq(ApplicationStatus.DRAFT.name())).execute();
        if (rows != 1) {
            throw notDraft();
        }
        return requests.of(draft.id());
    }

    private FundException notDraft() {
        return FundException.conflict(texts.getMessage("application.error.notDraft"));
    }
}
