package org.globalaifund.engine.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.engine.db.Tables.OUTBOX_MESSAGE;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.TestSmtp;
import org.globalaifund.engine.account.Mailbox;
import org.globalaifund.engine.application.ApplicationRules.BudgetRow;
import org.globalaifund.engine.application.ApplicationScreening.ScreeningTask;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.camunda.DueJobs;
import org.globalaifund.engine.outbox.OutboxSender;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Application process run from the application, through the services, with the job executor off: the test runs
 * each application's jobs itself and moves the engine's clock for deadlines.
 */
@FundEngineTest
class ApplicationProcessTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired ApplicationService applications;
    @Autowired ApplicationScreening screening;
    @Autowired ApplicationLifecycle lifecycle;
    @Autowired ApplicationFixtures fx;
    @Autowired DueJobs jobs;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired RepositoryService repository;
    @Autowired OutboxSender outbox;
    @Autowired DSLContext dsl;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anEligibleSubmissionIsScreenedAndWaitsForItsReviewers() {
        Person admin = fx.person(Role.ADMIN);
        Application app = submitted(fx.person(Role.APPLICANT), "KE");

        ScreeningTask task = screeningTask(app);
        screening.screened(task.taskId(), admin.id());
        runJobs(app);

        assertThat(status(app)).isEqualTo(ApplicationStatus.SCREENED);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.PROCESS_APPLICATION)
                .processInstanceBusinessKey(app.id()).count()).isZero();
        assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(app.id()).activityId(ProcessNames.TASK_ASSIGN_REVIEWERS)
                .count()).isOne();
        assertThat(applications.timeline(app.id())).extracting(ApplicationEvent::kind).containsExactly("STARTED", "SUBMITTED", "SCREENED");
    }

    @Test
    void anApplicationFromACountryTheCallDoesNotCoverIsIneligibleWithOneNotice() {
        Person applicant = fx.person(Role.APPLICANT);
        Application app = submitted(applicant, "GH");

        assertThat(status(app)).isEqualTo(ApplicationStatus.INELIGIBLE);
        assertThat(screening.ineligibleReason(app.id())).contains(ProcessNames.REASON_COUNTRY_NOT_ELIGIBLE);
        assertThat(screening.openTasks()).extracting(ScreeningTask::applicationId).doesNotContain(app.id());
        List<MimeMessage> mails = mailsTo(applicant);
        assertThat(mails).hasSize(1);
        assertThat(Mailbox.body(mails.get(0))).contains("not one of the call's eligible countries", app.id());
    }

    @Test
    void aRetriedNoticeQueuesNoSecondEmail() {
        Person applicant = fx.person(Role.APPLICANT);
        Application app = submitted(applicant, "GH");

        lifecycle.notifyIneligible(app.id(), ProcessNames.REASON_COUNTRY_NOT_ELIGIBLE);

        assertThat(dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.RECIPIENT.eq(applicant.email()))).isOne();
        assertThat(mailsTo(applicant)).hasSize(1);
        assertThat(applications.timeline(app.id())).extracting(ApplicationEvent::kind).containsOnlyOnce("INELIGIBLE");
    }

    @Test
    void anAnsweredQuestionGoesBackToScreening() {
        Person applicant = fx.person(Role.APPLICANT);
        Application app = submitted(applicant, "SN");

        ask(app, "Which clinics take part?");
        assertThat(status(app)).isEqualTo(ApplicationStatus.MORE_INFORMATION);
        assertThat(Mailbox.body(mailsTo(applicant).get(0))).contains("Which clinics take part?");

        applications.provideInformation(applicant.id(), app.id(), "Twelve clinics in Thiès and Kaolack.");
        runJobs(app);

        assertThat(status(app)).isEqualTo(ApplicationStatus.SCREENING);
        assertThat(screening.requestOf(app.id()).orElseThrow().answer()).isEqualTo("Twelve clinics in Thiès and Kaolack.");
        assertThat(screeningTask(app)).isNotNull();
    }

    @Test
    void anUnansweredQuestionLapsesTheApplicationAtItsDeadline() {
        Person applicant = fx.person(Role.APPLICANT);
        Application app = submitted(applicant, "KE");
        ask(app, "Who owns the data?");

        ClockUtil.setCurrentTime(Date.from(screening.requestOf(app.id()).orElseThrow().dueAt().plus(Duration.ofMinutes(1))));
        assertThatThrownBy(() -> applications.provideInformation(applicant.id(), app.id(), "Too late."))
                .isInstanceOf(FundException.class);
        runJobs(app);

        assertThat(status(app)).isEqualTo(ApplicationStatus.LAPSED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(app.id()).count()).isZero();
    }

    @Test
    void aDraftLapsesWhenTheCallCloses() {
        Person applicant = fx.person(Role.APPLICANT);
        FundingCall call = fx.openCall("50000.00");
        Application app = applications.start(applicant.id(), call.id());

        ClockUtil.setCurrentTime(Date.from(call.closesOn().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        runJobs(app);

        assertThat(status(app)).isEqualTo(ApplicationStatus.LAPSED);
    }

    @Test
    void aWithdrawalWhileWaitingForScreeningEndsBothProcesses() {
        Person applicant = fx.person(Role.APPLICANT);
        Application app = submitted(applicant, "KE");
        screeningTask(app);

        applications.withdraw(applicant.id(), app.id());
        runJobs(app);

        assertThat(status(app)).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(app.id()).count()).isZero();
        assertThat(screening.openTasks()).extracting(ScreeningTask::applicationId).doesNotContain(app.id());
    }

    @Test
    void aScreenedApplicationIsWithdrawnFromTheGrantLifecycle() {
        Person applicant = fx.person(Role.APPLICANT);
        Application app = submitted(applicant, "KE");
        screening.screened(screeningTask(app).taskId(), fx.person(Role.ADMIN).id());
        runJobs(app);

        applications.withdraw(applicant.id(), app.id());

        assertThat(status(app)).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(app.id()).count()).isZero();
    }

    @Test
    void noDraftIsKeptWhenItsProcessCannotStart() {
        Person applicant = fx.person(Role.APPLICANT);
        FundingCall call = fx.openCall("50000.00");
        repository.suspendProcessDefinitionByKey(ProcessNames.PROCESS_GRANT_LIFECYCLE);
        try {
            assertThatThrownBy(() -> applications.start(applicant.id(), call.id())).isNotNull();
        } finally {
            repository.activateProcessDefinitionByKey(ProcessNames.PROCESS_GRANT_LIFECYCLE);
        }

        assertThat(applications.mine(applicant.id())).isEmpty();
    }

    private Application submitted(Person applicant, String country) {
        Application app = applications.start(applicant.id(), fx.openCall("50000.00").id());
        applications.saveOrganisation(applicant.id(), app.id(), "Health Lab", "80", country, ApplicationFixtures.SIGNATORY);
        applications.saveProject(applicant.id(), app.id(), "Triage models", "Models for rural clinics.", List.of("3"), List.of("3.8"));
        applications.saveBudget(applicant.id(), app.id(), List.of(new BudgetRow("PERSONNEL", "12000.00")));
        Application complete = fx.indicator(applicant.id(), app.id(), "3.8");
        applications.submit(applicant.id(), app.id(), complete.version());
        runJobs(app);
        return app;
    }

    private void ask(Application app, String question) {
        screening.askForInformation(screeningTask(app).taskId(), question, fx.today().plusDays(14));
        runJobs(app);
    }

    private ScreeningTask screeningTask(Application app) {
        return screening.openTasks().stream().filter(t -> t.applicationId().equals(app.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no screening task for " + app.id()));
    }

    private ApplicationStatus status(Application app) {
        return applications.get(app.id()).status();
    }

    /** Runs the application's due jobs (of both processes) until none is left. */
    private void runJobs(Application app) {
        jobs.runDue(app.id());
    }

    private List<MimeMessage> mailsTo(Person person) {
        return new Mailbox(smtp, outbox).to(person.email());
    }
}
