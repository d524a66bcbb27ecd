package org.globalaifund.engine.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.application.ApplicationRules.BudgetRow;
import org.globalaifund.engine.application.ApplicationScreening.ScreeningTask;
import org.globalaifund.engine.camunda.DueJobs;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** ADMIN's screening pages and the applicant's answer on the status page, through the web layer. */
@FundEngineTest
class ApplicationScreeningPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixtures fx;
    @Autowired ApplicationService applications;
    @Autowired ApplicationScreening screening;
    @Autowired DueJobs jobs;
    @Autowired RuntimeService runtime;

    Person applicant;
    Person admin;
    Application app;

    @BeforeEach
    void anEligibleSubmission() {
        applicant = fx.person(Role.APPLICANT);
        admin = fx.person(Role.ADMIN);
        app = applications.start(applicant.id(), fx.openCall("50000.00").id());
        applications.saveOrganisation(applicant.id(), app.id(), "Dakar Data Lab", "80", "SN", ApplicationFixtures.SIGNATORY);
        applications.saveProject(applicant.id(), app.id(), "Crop models " + app.id(), "Models for farmers.", List.of("13"), List.of());
        applications.saveBudget(applicant.id(), app.id(), List.of(new BudgetRow("DATA", "9000.00")));
        Application complete = fx.indicator(applicant.id(), app.id(), "13.1");
        applications.submit(applicant.id(), app.id(), complete.version());
        runJobs();
    }

    @Test
    void adminSeesTheApplicationToScreenAndAsksAQuestionTheApplicantAnswers() throws Exception {
        String list = mvc.perform(get("/admin/screening").with(as(admin))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("Crop models " + app.id());
        String taskId = task().taskId();
        assertThat(mvc.perform(get("/admin/screening/" + taskId).with(as(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Dakar Data Lab", "Ask the applicant for more information");

        mvc.perform(post("/admin/screening/" + taskId).with(as(admin)).with(csrf()).param("outcome", "MORE_INFORMATION")
                .param("question", "Which regions?").param("dueOn", fx.today().plusDays(10).toString()))
                .andExpect(redirectedUrl("/admin/screening"));
        runJobs();
        assertThat(mvc.perform(get("/applicant/applications/" + app.id()).with(as(applicant))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Which regions?", "Send the answer");

        mvc.perform(post("/applicant/applications/" + app.id() + "/information").with(as(applicant)).with(csrf())
                .param("answer", "Thiès and Kaolack.")).andExpect(redirectedUrl("/applicant/applications/" + app.id()));
        runJobs();

        assertThat(applications.get(app.id()).status()).isEqualTo(ApplicationStatus.SCREENING);
        assertThat(task()).isNotNull();
    }

    @Test
    void theListShowsEachTaskWithItsApplicationsTitleAndOrganisationAndNoOtherApplication() throws Exception {
        Application draft = applications.start(applicant.id(), app.callId());
        applications.saveProject(applicant.id(), draft.id(), "Draft only " + draft.id(), "Not submitted.", List.of("13"), List.of());

        String list = mvc.perform(get("/admin/screening").with(as(admin))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(list).containsPattern(Pattern.quote("<a href=\"/admin/screening/" + task().taskId() + "\">Crop models " + app.id() + "</a></td>")
                + "\\s*<td>Dakar Data Lab</td>").doesNotContain("Draft only " + draft.id());
    }

    @Test
    void adminScreensTheApplication() throws Exception {
        mvc.perform(post("/admin/screening/" + task().taskId()).with(as(admin)).with(csrf()).param("outcome", "SCREENED"))
                .andExpect(redirectedUrl("/admin/screening"));

        assertThat(applications.get(app.id()).status()).isEqualTo(ApplicationStatus.SCREENED);
    }

    @Test
    void aQuestionWithoutADeadlineIsRefusedAndTheTaskStaysOpen() throws Exception {
        String taskId = task().taskId();
        mvc.perform(post("/admin/screening/" + taskId).with(as(admin)).with(csrf()).param("outcome", "MORE_INFORMATION")
                .param("question", "Which regions?").param("dueOn", "")).andExpect(redirectedUrl("/admin/screening/" + taskId));

        assertThat(task().taskId()).isEqualTo(taskId);
    }

    @Test
    void anUnknownTaskIsNotFound() throws Exception {
        mvc.perform(get("/admin/screening/no-such-task").with(as(admin))).andExpect(status().isNotFound());
    }

    private ScreeningTask task() {
        return screening.openTasks().stream().filter(t -> t.applicationId().equals(app.id())).findFirst().orElseThrow();
    }

    private RequestPostProcessor as(Person person) {
        return httpBasic(person.email(), ApplicationFixtures.PASSWORD);
    }

    private void runJobs() {
        jobs.runDue(app.id());
    }
}
