package org.globalaifund.engine.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.engine.db.Tables.APPLICATION_BUDGET_LINE;
import static org.globalaifund.engine.db.Tables.APPLICATION_SDG_GOAL;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.reference.Codelist;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The applicant's pages: each step refused next to its field with nothing saved, a draft resumed, one submission
 * only, someone else's application not found, ADMIN's read-only view, and the SDG names in French.
 */
@FundEngineTest
class ApplicationPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixtures fx;
    @Autowired ApplicationService applications;
    @Autowired DSLContext dsl;

    Person me;
    FundingCall call;
    Application app;

    @BeforeEach
    void aDraftOnAnOpenCall() {
        me = fx.person(Role.APPLICANT);
        call = fx.openCall("50000.00");
        app = applications.start(me.id(), call.id());
    }

    RequestPostProcessor as(Person person) {
        return httpBasic(person.email(), ApplicationFixtures.PASSWORD);
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(me))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    MockHttpServletRequestBuilder step(String step) {
        return post("/applicant/applications/" + app.id() + "/" + step).with(csrf());
    }

    static Stream<Arguments> badSteps() {
        return Stream.of(
                Arguments.of("organisation", "orgCountry", new String[] {"orgName", "Lab", "orgType", "80", "orgCountry", "XX"}),
                Arguments.of("organisation", "orgType", new String[] {"orgName", "Lab", "orgType", "99999", "orgCountry", "KE"}),
                Arguments.of("organisation", "orgName", new String[] {"orgName", " ", "orgType", "80", "orgCountry", "KE"}),
                Arguments.of("organisation", "signatoryName1", new String[] {"orgName", "Lab", "orgType", "80", "orgCountry", "KE"}),
                Arguments.of("organisation", "signatoryTitle1", new String[] {"orgName", "Lab", "orgType", "80", "orgCountry", "KE",
                        "signatoryName1", "Wanjiru Kamau"}),
                Arguments.of("organisation", "signatoryName2", new String[] {"orgName", "Lab", "orgType", "80", "orgCountry", "KE",
                        "signatoryName1", "Wanjiru Kamau", "signatoryTitle1", "Director", "signatoryTitle2", "Treasurer"}),
                Arguments.of("project", "sdgTargets", new String[] {"projectTitle", "T", "projectSummary", "S", "sdgGoals", "3", "sdgTargets", "3.99"}),
                Arguments.of("project", "sdgTargets", new String[] {"projectTitle", "T", "projectSummary", "S", "sdgGoals", "3", "sdgTargets", "4.1"}),
                Arguments.of("project", "sdgGoals", new String[] {"projectTitle", "T", "projectSummary", "S", "sdgGoals", "18"}),
                Arguments.of("budget", "amount_0", new String[] {"category_0", "PERSONNEL", "amount_0", "10.001"}),
                Arguments.of("budget", "amount_0", new String[] {"category_0", "PERSONNEL", "amount_0", "-5.00"}),
                Arguments.of("budget", "amount_0", new String[] {"category_0", "PERSONNEL", "amount_0", "EUR 1000.00"}),
                Arguments.of("budget", "amount_0", new String[] {"category_0", "PERSONNEL", "amount_0", "€1000"}),
                Arguments.of("budget", "category_1", new String[] {"category_0", "DATA", "amount_0", "5.00", "category_1", "GPUS", "amount_1", "5.00"}),
                Arguments.of("budget", "budget", new String[] {"category_0", "PERSONNEL", "amount_0", "30000.00", "category_1", "EQUIPMENT",
                        "amount_1", "20000.01"}));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badSteps")
    void aStepBreakingARuleComesBackWithTheMessageNextToTheFieldAndNothingSaved(String stepName, String field, String[] params)
            throws Exception {
        MockHttpServletRequestBuilder request = step(stepName);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }

        String html = page(request);

        assertThat(html).contains("id=\"" + field + "-error\"").contains("class=\"error-summary\"").contains("href=\"#" + field + "\"");
        Application after = applications.own(me.id(), app.id());
        assertThat(after.version()).isEqualTo(app.version());
        assertThat(after.orgName()).isNull();
        assertThat(after.projectTitle()).isNull();
        assertThat(dsl.fetchCount(APPLICATION_SDG_GOAL, APPLICATION_SDG_GOAL.APPLICATION_ID.eq(app.id()))).isZero();
        assertThat(dsl.fetchCount(APPLICATION_BUDGET_LINE, APPLICATION_BUDGET_LINE.APPLICATION_ID.eq(app.id()))).isZero();
    }

    @Test
    void anAmountInAnotherCurrencyIsRefusedByNameAndOneMarkedWithTheCallsCurrencyIsTaken() throws Exception {
        assertThat(page(step("budget").param("category_0", "TRAVEL").param("amount_0", "1200 eur")))
                .contains("Amounts are in USD, the call’s currency; you typed EUR.");
        assertThat(dsl.fetchCount(APPLICATION_BUDGET_LINE, APPLICATION_BUDGET_LINE.APPLICATION_ID.eq(app.id()))).isZero();

        mvc.perform(step("budget").with(as(me)).param("category_0", "TRAVEL").param("amount_0", "USD 1200.50").param("action", "save"))
                .andExpect(redirectedUrl("/applicant/applications/" + app.id() + "/budget"));
        assertThat(applications.own(me.id(), app.id()).cashTotal().orElseThrow().minor()).isEqualTo(120050);
    }

    @Test
    void aDraftIsSavedStepByStepAndResumedLater() throws Exception {
        mvc.perform(step("organisation").with(as(me)).param("orgName", "Nairobi Health Lab").param("orgType", "80")
                .param("orgCountry", "KE").param("signatoryName1", "Wanjiru Kamau").param("signatoryTitle1", "Executive Director")
                .param("signatoryName2", "Øyvind Ødegård").param("signatoryTitle2", "Treasurer").param("action", "save"))
                .andExpect(redirectedUrl("/applicant/applications/" + app.id() + "/organisation"));
        assertThat(applications.own(me.id(), app.id()).signatories()).extracting(s -> s.number() + " " + s.name() + ", " + s.title())
                .containsExactly("1 Wanjiru Kamau, Executive Director", "2 Øyvind Ødegård, Treasurer");
        mvc.perform(step("project").with(as(me)).param("projectTitle", "Triage models").param("projectSummary", "For rural clinics.")
                .param("sdgGoals", "3").param("sdgTargets", "3.8").param("action", "continue"))
                .andExpect(redirectedUrl("/applicant/applications/" + app.id() + "/budget"));

        assertThat(page(get("/applicant/applications/" + app.id() + "/organisation"))).contains("value=\"Nairobi Health Lab\"")
                .contains("<option value=\"KE\" selected=\"selected\">");
        assertThat(page(get("/applicant/applications/" + app.id() + "/project"))).contains("value=\"Triage models\"")
                .contains("id=\"target-3.8\" value=\"3.8\" checked=\"checked\"");
        assertThat(page(get("/applicant/applications"))).contains("Triage models").contains("Draft");
        assertThat(page(get("/applicant"))).contains("/applicant/applications");
    }

    @Test
    void aSubmissionFromASecondTabIsRefusedAndChangesNothing() throws Exception {
        fill();
        String summary = page(get("/applicant/applications/" + app.id() + "/summary"));
        int version = applications.own(me.id(), app.id()).version();
        assertThat(summary).contains("name=\"version\" value=\"" + version + "\"");

        mvc.perform(post("/applicant/applications/" + app.id() + "/submission").with(csrf()).with(as(me)).param("version", "" + version))
                .andExpect(redirectedUrl("/applicant/applications/" + app.id()));
        Application submitted = applications.own(me.id(), app.id());
        mvc.perform(post("/applicant/applications/" + app.id() + "/submission").with(csrf()).with(as(me)).param("version", "" + version))
                .andExpect(redirectedUrl("/applicant/applications/" + app.id() + "/summary"))
                .andExpect(flash().attribute("error", "This application has already been submitted or withdrawn: it no longer changes."));

        assertThat(applications.own(me.id(), app.id())).isEqualTo(submitted);
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(applications.timeline(app.id())).extracting(ApplicationEvent::kind).containsExactly("STARTED", "SUBMITTED");
        assertThat(page(get("/applicant/applications/" + app.id()))).contains("Application submitted").contains("What comes next");
    }

    @Test
    void anotherApplicantFindsNoPageOfMyApplicationNorAGuessedOne() throws Exception {
        fill();
        Person other = fx.person(Role.APPLICANT);
        for (String id : List.of(app.id(), "00000000-0000-0000-0000-000000000000")) {
            String base = "/applicant/applications/" + id;
            for (String path : List.of("", "/summary", "/organisation", "/project", "/budget")) {
                mvc.perform(get(base + path).with(as(other))).andExpect(status().isNotFound());
            }
            for (String path : List.of("/organisation", "/project", "/budget", "/submission", "/withdrawal")) {
                mvc.perform(post(base + path).with(csrf()).with(as(other)).param("version", "1")).andExpect(status().isNotFound());
            }
        }
        assertThat(mvc.perform(get("/applicant/applications").with(as(other))).andReturn().getResponse().getContentAsString())
                .doesNotContain("Triage models");
        assertThat(applications.own(me.id(), app.id()).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void adminReadsAnyApplicationWithoutChangingIt() throws Exception {
        fill();
        Person admin = fx.person(Role.ADMIN);

        String list = mvc.perform(get("/admin/applications").with(as(admin))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String show = mvc.perform(get("/admin/applications/" + app.id()).with(as(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(list).contains("Triage models").contains("Nairobi Health Lab");
        assertThat(show).contains("Triage models").contains("12,000.00 USD").doesNotContain("/withdrawal");
        mvc.perform(get("/admin/applications/unknown-id").with(as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void theProjectPageNamesTheSdgGoalsAndTargetsInFrench() throws Exception {
        String target = Codelist.load("UNSDG-Targets").label("3.8", Locale.FRENCH).orElseThrow();

        String french = page(get("/applicant/applications/" + app.id() + "/project").param("lang", "fr"));

        assertThat(french).contains("Objectif 3. Permettre à tous de vivre en bonne santé").contains(target.substring(0, 40))
                .contains("Enregistrer et continuer").contains("Objectifs de développement durable");
    }

    private void fill() {
        applications.saveOrganisation(me.id(), app.id(), "Nairobi Health Lab", "80", "KE", ApplicationFixtures.SIGNATORY);
        applications.saveProject(me.id(), app.id(), "Triage models", "For rural clinics.", List.of("3"), List.of("3.8"));
        applications.saveBudget(me.id(), app.id(), List.of(new ApplicationRules.BudgetRow("PERSONNEL", "12000.00")));
        fx.indicator(me.id(), app.id(), "3.8");
    }
}
