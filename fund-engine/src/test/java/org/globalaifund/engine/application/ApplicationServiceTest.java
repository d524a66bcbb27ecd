package org.globalaifund.engine.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.globalaifund.engine.application.ApplicationRules.BudgetRow;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.FundEngineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Submission and withdrawal as status transitions: complete drafts only, open calls only, once only. */
@FundEngineTest
class ApplicationServiceTest {

    @Autowired ApplicationService applications;
    @Autowired ApplicationFixtures fx;
    @Autowired InKindService inKind;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    Application complete(String applicantId, FundingCall call) {
        Application app = applications.start(applicantId, call.id());
        applications.saveOrganisation(applicantId, app.id(), "Nairobi Health Lab", "80", "KE", ApplicationFixtures.SIGNATORY);
        applications.saveProject(applicantId, app.id(), "Triage models", "Models for rural clinics.", List.of("3"), List.of("3.8"));
        applications.saveBudget(applicantId, app.id(), List.of(new BudgetRow("PERSONNEL", "12000.00")));
        return fx.indicator(applicantId, app.id(), "3.8");
    }

    @Test
    void aDraftWithAMissingStepIsNotSubmitted() {
        String me = fx.person(Role.APPLICANT).id();
        Application app = applications.start(me, fx.openCall("50000.00").id());
        applications.saveOrganisation(me, app.id(), "Lab", "80", "KE", ApplicationFixtures.SIGNATORY);

        assertThatThrownBy(() -> applications.submit(me, app.id(), app.version() + 1))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.getMessage()).contains("project", "requested support"));
        assertThat(applications.own(me, app.id()).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void aStaleVersionSubmitsNothing() {
        String me = fx.person(Role.APPLICANT).id();
        Application app = complete(me, fx.openCall("50000.00"));

        assertThatThrownBy(() -> applications.submit(me, app.id(), app.version() - 1))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.STATE_CONFLICT));
        assertThat(applications.own(me, app.id()).status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(applications.timeline(app.id())).extracting(ApplicationEvent::kind).containsExactly("STARTED");
    }

    @Test
    void aSubmissionAfterTheCallClosedIsRefused() {
        String me = fx.person(Role.APPLICANT).id();
        FundingCall call = fx.openCall("50000.00");
        Application app = complete(me, call);

        ClockUtil.setCurrentTime(Date.from(call.closesOn().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));

        assertThatThrownBy(() -> applications.submit(me, app.id(), app.version()))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.getMessage()).contains("closed"));
        assertThat(applications.own(me, app.id()).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void aSubmittedApplicationIsWithdrawnOnceAndNoLongerChanges() {
        String me = fx.person(Role.APPLICANT).id();
        Application app = complete(me, fx.openCall("50000.00"));
        applications.submit(me, app.id(), app.version());

        assertThat(applications.withdraw(me, app.id()).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThatThrownBy(() -> applications.withdraw(me, app.id())).isInstanceOf(FundException.class);
        assertThatThrownBy(() -> applications.saveOrganisation(me, app.id(), "Other", "80", "KE", ApplicationFixtures.SIGNATORY)).isInstanceOf(FundException.class);
        assertThat(applications.timeline(app.id())).extracting(ApplicationEvent::kind).containsExactly("STARTED", "SUBMITTED", "WITHDRAWN");
    }

    @Test
    void aCallOfferingNoCashTakesNoBudgetLineAndIsAnsweredWithInKindSupport() {
        String me = fx.person(Role.APPLICANT).id();
        Application app = applications.start(me, fx.openCall("0").id());

        assertThatThrownBy(() -> applications.saveBudget(me, app.id(), List.of(new BudgetRow("DATA", "10.00"))))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.fieldErrors()).containsKey("budget"));
        applications.saveOrganisation(me, app.id(), "Lab", "80", "SN", ApplicationFixtures.SIGNATORY);
        applications.saveProject(me, app.id(), "Title", "Summary", List.of("13"), List.of());
        inKind.savePeople(me, app.id(), new InKindRules.PeopleForm("2", "Evaluating crop models", "", ""));
        Application ready = fx.indicator(me, app.id(), "13.1");
        assertThat(applications.submit(me, app.id(), ready.version()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }
}
