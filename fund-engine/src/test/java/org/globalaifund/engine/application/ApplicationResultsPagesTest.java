package org.globalaifund.engine.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.engine.db.Tables.APPLICATION_INDICATOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.application.ApplicationRules.BudgetRow;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
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
 * The draft results framework: each refused indicator comes back with its message next to the field and nothing
 * saved; saved indicators show on the summary; no submission without one; someone else's draft is not found.
 */
@FundEngineTest
class ApplicationResultsPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixtures fx;
    @Autowired ApplicationService applications;
    @Autowired DSLContext dsl;

    Person me;
    FundingCall call;
    Application app;

    /** A draft whose project chose goals 3 and 13 (targets 3.8 and 13.1 are theirs; 4.1 is not). */
    @BeforeEach
    void aDraftWithItsProject() {
        me = fx.person(Role.APPLICANT);
        call = fx.openCall("50000.00");
        app = applications.start(me.id(), call.id());
        applications.saveOrganisation(me.id(), app.id(), "Nairobi Health Lab", "80", "KE", ApplicationFixtures.SIGNATORY);
        app = applications.saveProject(me.id(), app.id(), "Triage models", "For rural clinics.", List.of("3", "13"), List.of("3.8"));
    }

    RequestPostProcessor as(Person person) {
        return httpBasic(person.email(), ApplicationFixtures.PASSWORD);
    }

    String thisYear() {
        return String.valueOf(fx.today().getYear());
    }

    /** One valid indicator in row 0, with {@code changes} applied. */
    Map<String, String> row(String... changes) {
        Map<String, String> params = new LinkedHashMap<>(Map.of("name_0", "Clinics using triage", "measure_0", "1", "unit_0", "clinics",
                "baselineYear_0", thisYear(), "baseline_0", "0", "target_0", "40", "sdgTarget_0", "3.8"));
        for (int i = 0; i < changes.length; i += 2) {
            params.put(changes[i], changes[i + 1]);
        }
        return params;
    }

    MockHttpServletRequestBuilder save(Map<String, String> params) {
        MockHttpServletRequestBuilder request = post("/applicant/applications/" + app.id() + "/results").with(csrf()).with(as(me));
        params.forEach(request::param);
        return request;
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("empty name", "name_0", new String[] {"name_0", "  "}),
                Arguments.of("name too long", "name_0", new String[] {"name_0", "n".repeat(301)}),
                Arguments.of("unknown measure", "measure_0", new String[] {"measure_0", "9"}),
                Arguments.of("units without a unit", "unit_0", new String[] {"unit_0", ""}),
                Arguments.of("unit too long", "unit_0", new String[] {"unit_0", "u".repeat(101)}),
                Arguments.of("baseline year not a year", "baselineYear_0", new String[] {"baselineYear_0", "20x4"}),
                Arguments.of("baseline year in the future", "baselineYear_0", new String[] {"baselineYear_0", "2999"}),
                Arguments.of("non-numeric baseline", "baseline_0", new String[] {"baseline_0", "none"}),
                Arguments.of("non-numeric target", "target_0", new String[] {"target_0", "forty"}),
                Arguments.of("too many decimals", "target_0", new String[] {"target_0", "40.12345"}),
                Arguments.of("absurdly long number", "target_0", new String[] {"target_0", "9".repeat(16)}),
                Arguments.of("percentage above 100", "target_0", new String[] {"measure_0", "2", "target_0", "120"}),
                Arguments.of("qualitative without a baseline", "baseline_0", new String[] {"measure_0", "5", "baseline_0", ""}),
                Arguments.of("qualitative description too long", "target_0", new String[] {"measure_0", "5", "baseline_0", "Paper forms",
                        "target_0", "t".repeat(1001)}),
                Arguments.of("no SDG target", "sdgTarget_0", new String[] {"sdgTarget_0", ""}),
                Arguments.of("unknown SDG target", "sdgTarget_0", new String[] {"sdgTarget_0", "3.99"}),
                Arguments.of("SDG target outside the project's goals", "sdgTarget_0", new String[] {"sdgTarget_0", "4.1"}),
                Arguments.of("a second row at fault", "name_1", new String[] {"name_1", "", "measure_1", "1", "target_1", "3"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aRefusedIndicatorComesBackWithTheMessageNextToItsFieldAndNothingSaved(String what, String field, String[] changes)
            throws Exception {
        String html = mvc.perform(save(row(changes))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"" + field + "-error\"").contains("class=\"error-summary\"").contains("href=\"#" + field + "\"")
                .contains("aria-describedby=\"" + describedBy(field) + "\"");
        assertThat(dsl.fetchCount(APPLICATION_INDICATOR, APPLICATION_INDICATOR.APPLICATION_ID.eq(app.id()))).isZero();
        assertThat(applications.own(me.id(), app.id()).version()).isEqualTo(app.version());
    }

    /** The hint (if the field has one) and the error, as the field's aria-describedby names them. */
    static String describedBy(String field) {
        String row = field.substring(field.indexOf('_'));
        if (field.startsWith("unit_")) {
            return field + "-hint " + field + "-error";
        }
        if (field.startsWith("baseline_") || field.startsWith("target_")) {
            return "baseline" + row + "-hint " + field + "-error";
        }
        return field + "-error";
    }

    @Test
    void aRefusedRowComesBackAsTyped() throws Exception {
        String html = mvc.perform(save(row("target_0", "forty", "name_0", "Clinics <b>using</b> triage")))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("value=\"forty\"").contains("value=\"Clinics &lt;b&gt;using&lt;/b&gt; triage\"")
                .contains("<option value=\"3.8\" selected=\"selected\">");
    }

    @Test
    void anIndicatorNeedsTheProjectsGoalsFirst() throws Exception {
        Application bare = applications.start(me.id(), call.id());

        String html = mvc.perform(post("/applicant/applications/" + bare.id() + "/results").with(csrf()).with(as(me))
                        .param("name_0", "Clinics").param("measure_0", "1").param("unit_0", "clinics").param("baselineYear_0", thisYear())
                        .param("baseline_0", "0").param("target_0", "4").param("sdgTarget_0", "3.8"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"sdgTarget_0-error\"").contains("Choose the project&#39;s Sustainable Development Goals first");
    }

    @Test
    void tooManyIndicatorsAreRefused() throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i <= ResultsRules.MAX_INDICATORS; i++) {
            params.putAll(Map.of("name_" + i, "Indicator " + i, "measure_" + i, "3", "baselineYear_" + i, thisYear(),
                    "baseline_" + i, "1", "target_" + i, "2", "sdgTarget_" + i, "13.1"));
        }

        String html = mvc.perform(save(params)).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"results-error\"").contains("at most 20 indicators");
        assertThat(dsl.fetchCount(APPLICATION_INDICATOR, APPLICATION_INDICATOR.APPLICATION_ID.eq(app.id()))).isZero();
    }

    @Test
    void savedIndicatorsAreShownAgainAndOnTheSummary() throws Exception {
        Map<String, String> params = row("target_0", "40.50");
        params.putAll(Map.of("name_1", "Nurses' confidence in triage", "measure_1", "5", "baselineYear_1", thisYear(),
                "baseline_1", "Paper forms, long waits", "target_1", "Triage in minutes", "sdgTarget_1", "13.1"));
        params.putAll(Map.of("name_2", "", "measure_2", "", "unit_2", "", "baselineYear_2", "", "baseline_2", "", "target_2", "",
                "sdgTarget_2", ""));

        mvc.perform(save(params).param("action", "continue"))
                .andExpect(redirectedUrl("/applicant/applications/" + app.id() + "/attachments"))
                .andExpect(flash().attribute("success", true));

        Application saved = applications.own(me.id(), app.id());
        assertThat(saved.version()).isGreaterThan(app.version());
        assertThat(saved.indicators()).hasSize(2);
        Indicator clinics = saved.indicators().get(0);
        assertThat(clinics.targetValue()).isEqualByComparingTo(new BigDecimal("40.5"));
        assertThat(clinics.baselineYear()).isEqualTo(fx.today().getYear());
        assertThat(clinics.id()).isNotBlank();
        Indicator qualitative = saved.indicators().get(1);
        assertThat(qualitative.qualitative()).isTrue();
        assertThat(qualitative.targetValue()).isNull();
        assertThat(qualitative.targetComment()).isEqualTo("Triage in minutes");

        String page = mvc.perform(get("/applicant/applications/" + app.id() + "/results").with(as(me))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"40.5\"").contains("value=\"Triage in minutes\"").contains("id=\"name_4\"")
                .doesNotContain("id=\"name_5\"").contains("aria-current=\"step\"");

        String summary = mvc.perform(get("/applicant/applications/" + app.id() + "/summary").with(as(me))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(summary).contains("id=\"indicators\"").contains("Clinics using triage").contains("Unit (clinics)").contains("40.5")
                .contains("Nurses&#39; confidence in triage").contains("Qualitative").contains("13.1 ")
                .contains("/applicant/applications/" + app.id() + "/results").contains("/applicant/applications/" + app.id() + "/attachments");
    }

    @Test
    void theResultsPageAndSummaryReadInFrench() throws Exception {
        fx.indicator(me.id(), app.id(), "3.8");

        String page = mvc.perform(get("/applicant/applications/" + app.id() + "/results").param("lang", "fr").with(as(me)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Cadre de résultats").contains("Année de référence").contains("Unité").contains("Qualitatif");
    }

    @Test
    void noSubmissionWithoutAnIndicator() throws Exception {
        applications.saveBudget(me.id(), app.id(), List.of(new BudgetRow("PERSONNEL", "12000.00")));
        Application noResults = applications.own(me.id(), app.id());
        assertThat(noResults.missingSteps(false)).containsExactly(Application.Step.RESULTS);

        String summary = mvc.perform(get("/applicant/applications/" + app.id() + "/summary").with(as(me)))
                .andReturn().getResponse().getContentAsString();
        assertThat(summary).contains("results framework (at least one indicator").doesNotContain("name=\"version\"");
        mvc.perform(post("/applicant/applications/" + app.id() + "/submission").with(csrf()).with(as(me))
                        .param("version", "" + noResults.version()))
                .andExpect(redirectedUrl("/applicant/applications/" + app.id() + "/summary"));
        assertThat(applications.own(me.id(), app.id()).status()).isEqualTo(ApplicationStatus.DRAFT);

        Application ready = fx.indicator(me.id(), app.id(), "3.8");
        assertThat(applications.submit(me.id(), app.id(), ready.version()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void anIndicatorWhoseGoalTheProjectDroppedMustBeRedone() {
        applications.saveBudget(me.id(), app.id(), List.of(new BudgetRow("PERSONNEL", "12000.00")));
        fx.indicator(me.id(), app.id(), "13.1");
        Application dropped = applications.saveProject(me.id(), app.id(), "Triage models", "For rural clinics.", List.of("3"), List.of());

        assertThat(dropped.missingSteps(false)).containsExactly(Application.Step.RESULTS);
        assertThatThrownBy(() -> applications.submit(me.id(), app.id(), dropped.version())).hasMessageContaining("results framework");
    }

    @Test
    void indicatorsChangeOnlyWhileADraftAndOnlyForTheirApplicant() throws Exception {
        Person other = fx.person(Role.APPLICANT);
        for (String id : List.of(app.id(), "00000000-0000-0000-0000-000000000000")) {
            mvc.perform(get("/applicant/applications/" + id + "/results").with(as(other))).andExpect(status().isNotFound());
            MockHttpServletRequestBuilder request = post("/applicant/applications/" + id + "/results").with(csrf()).with(as(other));
            row().forEach(request::param);
            mvc.perform(request).andExpect(status().isNotFound());
        }
        assertThat(dsl.fetchCount(APPLICATION_INDICATOR, APPLICATION_INDICATOR.APPLICATION_ID.eq(app.id()))).isZero();

        applications.saveBudget(me.id(), app.id(), List.of(new BudgetRow("PERSONNEL", "12000.00")));
        Application ready = fx.indicator(me.id(), app.id(), "3.8");
        applications.submit(me.id(), app.id(), ready.version());
        String html = mvc.perform(save(row("name_0", "Changed after submission"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"form-error\"").contains("already been submitted");
        assertThat(applications.own(me.id(), app.id()).indicators()).extracting(Indicator::name).containsExactly("Clinics using triage");
    }
}
