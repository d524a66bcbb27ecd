package org.globalaifund.engine.diligence;

import java.util.ArrayList;
import java.util.List;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationNotices;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.diligence.DueDiligenceScreening.Result;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The BoardDecision process's due-diligence steps: screening a reviewed application's organisation and signatories
 * against the current sanctions list, and recording a rejection ADMIN decided. A possible match holds the
 * application (DUE_DILIGENCE) until ADMIN clears or rejects it ({@link DiligenceDecisions}).
 */
@Service
@Transactional
public class DiligenceLifecycle {

    private final ApplicationService applications;
    private final DueDiligence diligence;
    private final ApplicationNotices notices;

    DiligenceLifecycle(ApplicationService applications, DueDiligence diligence, ApplicationNotices notices) {
        this.applications = applications;
        this.diligence = diligence;
        this.notices = notices;
    }

    /**
     * Screens the organisation's name and every signatory's name against the current list and records the result: a
     * clear screening notes "due diligence passed", a possible match moves the application to DUE_DILIGENCE. Without a
     * list imported this fails (the job's retries, then an incident ADMIN sees), since nobody can be screened.
     */
    public Result screen(String applicationId) {
        Application app = applications.get(applicationId);
        List<String> names = new ArrayList<>();
        names.add(app.orgName());
        app.signatories().forEach(s -> names.add(s.name()));
        DueDiligenceScreening screening = diligence.screen(applicationId, names);
        if (screening.result() == Result.POSSIBLE_MATCH) {
            applications.transition(applicationId, ApplicationStatus.DUE_DILIGENCE, "DUE_DILIGENCE_HELD", null,
                    ApplicationStatus.REVIEWED);
        } else {
            applications.event(applicationId, "DUE_DILIGENCE_PASSED", null);
        }
        return screening.result();
    }

    /** ADMIN rejected the possible match: the application is not funded, and its applicant is told (once). */
    public void recordRejection(String applicationId) {
        if (applications.transition(applicationId, ApplicationStatus.REJECTED, "DUE_DILIGENCE_REJECTED", null,
                ApplicationStatus.DUE_DILIGENCE)) {
            notices.toApplicant(applications.get(applicationId), "application:" + applicationId + ":diligence-rejected",
                    "diligence.mail.rejected");
        }
    }
}
