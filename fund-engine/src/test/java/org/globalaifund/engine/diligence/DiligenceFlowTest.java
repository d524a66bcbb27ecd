package org.globalaifund.engine.diligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.engine.db.Tables.APPLICATION;
import static org.globalaifund.engine.db.Tables.OUTBOX_MESSAGE;
import static org.globalaifund.engine.db.Tables.SANCTIONS_SCREENING;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.application.ApplicationEvent;
import org.globalaifund.engine.application.ApplicationRules.SignatoryRow;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.camunda.DueJobs;
import org.globalaifund.engine.diligence.DueDiligenceScreening.Decision;
import org.globalaifund.engine.diligence.DueDiligenceScreening.Result;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The BoardDecision process's due diligence through the application: a reviewed application's organisation and
 * signatories screened against the list every test context has (the invented fixture list), a clear result going on
 * towards the board's list, a possible match held for ADMIN, who clears or rejects it with a reason.
 */
@FundEngineTest
class DiligenceFlowTest {

    @Autowired ApplicationService applications;
    @Autowired DiligenceDecisions decisions;
    @Autowired DueDiligence diligence;
    @Autowired CallService calls;
    @Autowired PeopleService people;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired DSLContext dsl;
    @Autowired MockMvc mvc;
    @Autowired DueJobs jobs;
    @Autowired Clock clock;

    Person admin;
    Person applicant;

    @BeforeEach
    void people() {
        admin = DueDiligenceTest.person(people, Role.ADMIN);
        applicant = DueDiligenceTest.person(people, Role.APPLICANT);
    }

    @Test
    void aClearScreeningNotesThePassAndGoesOnToTheBoardsList() {
        String id = reviewed("Nairobi Health Lab", new SignatoryRow("Wanjiru Kamau", "Executive Director"));

        runUntilTheBoardsList(id);

        assertThat(variable(id, ProcessNames.VAR_SANCTIONS_RESULT)).isEqualTo("CLEAR");
        assertThat(applications.get(id).status()).isEqualTo(ApplicationStatus.REVIEWED);
        assertThat(kinds(id)).endsWith("DUE_DILIGENCE_PASSED");
        DueDiligenceScreening screening = diligence.forApplication(id).get(0);
        assertThat(screening.result()).isEqualTo(Result.CLEAR);
        assertThat(screening.names()).extracting(SanctionsMatcher.ScreenedName::name).containsExactly("Nairobi Health Lab", "Wanjiru Kamau");
        assertThat(decisions.openTasks()).noneMatch(t -> t.applicationId().equals(id));
    }

    @Test
    void aSignatoryKnownByAnAliasHoldsTheApplicationAndARejectionEndsIt() {
        String id = reviewed("Kisumu Data Trust", new SignatoryRow("Amina Otieno", "Chair"), new SignatoryRow("Sidorov, Vanya", "Treasurer"));

        runUntilTheBoardsList(id);

        assertThat(applications.get(id).status()).isEqualTo(ApplicationStatus.DUE_DILIGENCE);
        assertThat(kinds(id)).endsWith("DUE_DILIGENCE_HELD");
        DiligenceDecisions.MatchTask task = taskOf(id);
        assertThat(task.screening().result()).isEqualTo(Result.POSSIBLE_MATCH);
        assertThat(task.screening().names().get(2).matches()).extracting(SanctionsMatch::referenceNumber).isNotEmpty();

        assertThatThrownBy(() -> decisions.decide(task.taskId(), admin.id(), Decision.REJECTED, "  "))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThatThrownBy(() -> decisions.decide(task.taskId(), admin.id(), null, "Same person"))
                .isInstanceOfSatisfying(FundException.class, e -> assertThat(e.fieldErrors()).containsKey("decision"));
        assertThat(tasks.createTaskQuery().taskId(task.taskId()).count()).as("refusals complete nothing").isEqualTo(1);
        assertThat(diligence.get(task.screening().id()).awaitsDecision()).isTrue();

        decisions.decide(task.taskId(), admin.id(), Decision.REJECTED, "Date of birth and nationality are those of the listed person.");
        runJobs(id);

        assertThat(applications.get(id).status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(kinds(id)).endsWith("DUE_DILIGENCE_HELD", "DUE_DILIGENCE_REJECTED");
        DueDiligenceScreening decided = diligence.get(task.screening().id());
        assertThat(decided.decision()).isEqualTo(Decision.REJECTED);
        assertThat(decided.decidedBy()).isEqualTo(admin.id());
        assertThat(decided.reason()).startsWith("Date of birth");
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.DEDUP_KEY.eq("application:" + id + ":diligence-rejected"))).isEqualTo(1);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(boardDecision(id))
                .variableName(ProcessNames.VAR_DECISION_OUTCOME).list())
                .anyMatch(v -> ProcessNames.DECISION_OUTCOME_REJECTED_AT_DUE_DILIGENCE.equals(v.getValue()));
        assertThatThrownBy(() -> decisions.task(task.taskId())).isInstanceOfSatisfying(FundException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND));
    }

    @Test
    void anOrganisationListedUnderAnotherWordOrderIsClearedWithAReasonAndGoesOn() {
        String id = reviewed("Front Al-Zafran", new SignatoryRow("Wanjiru Kamau", "Director"));

        runUntilTheBoardsList(id);
        DiligenceDecisions.MatchTask task = taskOf(id);
        decisions.decide(task.taskId(), admin.id(), Decision.CLEARED, "A registered cooperative in Mombasa since 1998, not the listed front.");
        runUntilTheBoardsList(id);

        assertThat(tasks.createTaskQuery().taskId(task.taskId()).count()).isZero();
        assertThat(kinds(id)).endsWith("DUE_DILIGENCE_HELD", "DUE_DILIGENCE_PASSED");
        assertThat(diligence.get(task.screening().id()).decision()).isEqualTo(Decision.CLEARED);
        assertThat(dsl.fetchCount(SANCTIONS_SCREENING, SANCTIONS_SCREENING.APPLICATION_ID.eq(id))).as("screened once").isEqualTo(1);
        assertThat(variable(id, ProcessNames.VAR_SANCTIONS_DECISION)).isEqualTo("CLEARED");
    }

    @Test
    void adminDecidesOnThePageWithTheMatchShownAndTheMessageNextToTheField() throws Exception {
        String id = reviewed("Kisumu Data Trust", new SignatoryRow("Karim al-Zafrani", "Director"));
        runUntilTheBoardsList(id);
        String taskId = taskOf(id).taskId();
        Person applicantToo = DueDiligenceTest.person(people, Role.APPLICANT);

        String list = mvc.perform(get("/admin/diligence").with(basic(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).as("the task's application, untitled as yet, with its organisation")
                .containsPattern(Pattern.quote("/admin/diligence/" + taskId + "\">(project not named yet)</a></td>") + "\\s*<td>Kisumu Data Trust</td>");
        String page = mvc.perform(get("/admin/diligence/" + taskId).with(basic(admin))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Karim al-Zafrani").contains("TSi.003");

        String refused = mvc.perform(post("/admin/diligence/" + taskId).with(csrf()).with(basic(admin)).param("decision", "CLEARED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"reason-error\"").contains("aria-describedby=\"reason-hint reason-error\"");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

        mvc.perform(get("/admin/diligence/" + taskId).with(basic(applicantToo))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/diligence/no-such-task").with(basic(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/diligence/" + taskId).with(csrf()).with(basic(admin)).param("decision", "CLEARED")
                        .param("reason", "Another Karim, born 1990 in Kisumu; the listed one was born 1961."))
                .andExpect(redirectedUrl("/admin/diligence"));
        assertThat(kinds(id)).endsWith("DUE_DILIGENCE_PASSED");
        mvc.perform(get("/admin/diligence/" + taskId).with(basic(admin))).andExpect(status().isNotFound());
    }

    private static RequestPostProcessor basic(Person person) {
        return httpBasic(person.email(), "a-long-password-1");
    }

    /** A submitted application moved straight to REVIEWED (the review is tested elsewhere), its BoardDecision started. */
    private String reviewed(String organisation, SignatoryRow... signatories) {
        String id = applications.start(applicant.id(), DueDiligenceTest.openCall(calls, clock)).id();
        applications.saveOrganisation(applicant.id(), id, organisation, "80", "KE", List.of(signatories));
        dsl.update(APPLICATION).set(APPLICATION.STATUS, ApplicationStatus.REVIEWED.name()).set(APPLICATION.SUBMITTED_AT, clock.instant())
                .where(APPLICATION.ID.eq(id)).execute();
        runtime.createProcessInstanceByKey(ProcessNames.PROCESS_BOARD_DECISION).businessKey(id)
                .setVariable(ProcessNames.VAR_APPLICATION_ID, id).startBeforeActivity("Task_ScreenSanctions").execute();
        return id;
    }

    /** Runs the BoardDecision's jobs up to "Put on the board's list" (the board's own step, tested with the board). */
    private void runUntilTheBoardsList(String id) {
        jobs.runDue(id, j -> isBoardDecision(j) && !"Task_MarkReadyForBoard".equals(activity(j)));
    }

    private void runJobs(String id) {
        jobs.runDue(id, this::isBoardDecision);
    }

    private boolean isBoardDecision(Job job) {
        return ProcessNames.PROCESS_BOARD_DECISION.equals(job.getProcessDefinitionKey());
    }

    private String activity(Job job) {
        return management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
    }

    private Object variable(String id, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceIdIn(boardDecision(id)).variableName(name).list().stream()
                .map(v -> v.getValue()).findFirst().orElse(null);
    }

    private String boardDecision(String id) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey(ProcessNames.PROCESS_BOARD_DECISION).singleResult().getId();
    }

    private DiligenceDecisions.MatchTask taskOf(String id) {
        return decisions.openTasks().stream().filter(t -> t.applicationId().equals(id)).findFirst().orElseThrow();
    }

    private List<String> kinds(String id) {
        return applications.timeline(id).stream().map(ApplicationEvent::kind).toList();
    }
}
