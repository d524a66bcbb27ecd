package org.globalaifund.engine.application;

import static org.globalaifund.engine.application.ApplicationStatus.DRAFT;
import static org.globalaifund.engine.application.ApplicationStatus.INELIGIBLE;
import static org.globalaifund.engine.application.ApplicationStatus.LAPSED;
import static org.globalaifund.engine.application.ApplicationStatus.MORE_INFORMATION;
import static org.globalaifund.engine.application.ApplicationStatus.SCREENING;
import static org.globalaifund.engine.application.ApplicationStatus.SUBMITTED;
import static org.globalaifund.engine.application.ApplicationStatus.WITHDRAWN;
import static org.globalaifund.engine.db.Tables.APPLICATION;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.money.Money;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Application process does to an application, one method per service task. Every step may run again (a
 * retried job): a status changes only from the states it expects, the timeline gets one entry per change, and the
 * emails carry deduplication keys.
 */
@Service
@Transactional
public class ApplicationLifecycle {

    private final DSLContext dsl;
    private final ApplicationService applications;
    private final ApplicationScreening screening;
    private final ApplicationNotices notices;
    private final CallService calls;
    private final InKindRequests inKind;
    private final Clock clock;

    ApplicationLifecycle(DSLContext dsl, ApplicationService applications, ApplicationScreening screening, ApplicationNotices notices,
            CallService calls, InKindRequests inKind, Clock clock) {
        this.dsl = dsl;
        this.inKind = inKind;
        this.applications = applications;
        this.screening = screening;
        this.notices = notices;
        this.calls = calls;
        this.clock = clock;
    }

    /**
     * The facts the Eligibility decision weighs: the call open today, the country, the cash, GPU-hours, training seats
     * and expert hours requested each within the call's limit, the parts.
     */
    @Transactional(readOnly = true)
    public EligibilityFacts eligibilityFacts(String applicationId) {
        Application app = applications.get(applicationId);
        FundingCall call = calls.get(app.callId());
        InKindRequest requested = inKind.of(applicationId);
        Money maxCash = call.limits().maxCash();
        boolean cashWithin = app.cashTotal()
                .map(total -> total.currency().equals(maxCash.currency()) && total.minor() <= maxCash.minor()).orElse(true);
        return new EligibilityFacts(call.isOpenOn(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)),
                app.orgCountry() != null && call.countries().contains(app.orgCountry()), cashWithin && requested.withinLimits(call.limits()),
                app.missingSteps(requested.any()).isEmpty());
    }

    /** Ineligible for {@code reason} (an Eligibility reason code): status, timeline, and one notice to the applicant. */
    public void notifyIneligible(String applicationId, String reason) {
        if (transition(applicationId, INELIGIBLE, "INELIGIBLE", SUBMITTED)) {
            dsl.update(APPLICATION).set(APPLICATION.INELIGIBLE_REASON, reason).where(APPLICATION.ID.eq(applicationId)).execute();
        }
        notices.ineligible(applications.get(applicationId), reason);
    }

    /** Asks the screener's latest question: status, timeline, one email; returns the deadline. */
    public Instant requestMoreInformation(String applicationId) {
        InformationRequest request = screening.requestOf(applicationId)
                .orElseThrow(() -> new IllegalStateException("No question recorded for application " + applicationId));
        transition(applicationId, MORE_INFORMATION, "INFORMATION_REQUESTED", SUBMITTED, SCREENING);
        notices.moreInformation(applications.get(applicationId), request);
        return request.dueAt();
    }

    /** The call closed before the draft was submitted. */
    public void lapseDraft(String applicationId) {
        transition(applicationId, LAPSED, "LAPSED", DRAFT);
    }

    /** The applicant did not answer before the deadline. */
    public void lapseApplication(String applicationId) {
        transition(applicationId, LAPSED, "LAPSED", MORE_INFORMATION);
    }

    /** The withdrawal the applicant asked for: already recorded by {@link ApplicationService#withdraw}, so usually nothing. */
    public void recordWithdrawal(String applicationId) {
        transition(applicationId, WITHDRAWN, "WITHDRAWN", Arrays.stream(ApplicationStatus.values())
                .filter(ApplicationStatus::withdrawable).toArray(ApplicationStatus[]::new));
    }

    /** Moves the application to {@code to} if it is in one of {@code from}; true when it moved (and the timeline says so). */
    boolean transition(String applicationId, ApplicationStatus to, String eventKind, ApplicationStatus... from) {
        return applications.transition(applicationId, to, eventKind, null, from);
    }
}
