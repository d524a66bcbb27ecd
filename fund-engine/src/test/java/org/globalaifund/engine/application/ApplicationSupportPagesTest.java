package org.globalaifund.engine.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.engine.db.Tables.APPLICATION_COMPUTE_LINE;
import static org.globalaifund.engine.db.Tables.APPLICATION_DATA_LINE;
import static org.globalaifund.engine.db.Tables.APPLICATION_PEOPLE_REQUEST;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.gpu.GpuClassService;
import org.globalaifund.engine.gpu.GpuClassService.GpuClassForm;
import org.globalaifund.engine.node.NetworkNode;
import org.globalaifund.engine.node.NetworkNodeService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.reference.UnRegion;
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
 * The applicant's in-kind steps (compute, data sets and models, training and expert time): each refused input comes
 * back with its message next to the field and nothing saved, each part is saved and shown on the summary and to ADMIN,
 * a retired GPU class stays readable but is not chosen again, and someone else's application is not found.
 */
@FundEngineTest
class ApplicationSupportPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixtures fx;
    @Autowired ApplicationService applications;
    @Autowired InKindRequests requests;
    @Autowired GpuClassService gpuClasses;
    @Autowired NetworkNodeService nodes;
    @Autowired DSLContext dsl;

    Person me;
    FundingCall call;
    Application app;
    NetworkNode node;
    String retiredClass;

    @BeforeEach
    void aDraftOnACallOffering1000GpuHours5SeatsAnd40ExpertHours() {
        me = fx.person(Role.APPLICANT);
        call = fx.openCall("50000.00");
        app = applications.start(me.id(), call.id());
        String code = "N-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        node = nodes.register(null, new NetworkNodeService.NewNode(code, "Nairobi node " + code, "Strathmore University", "Nairobi", "KE",
                UnRegion.SUB_SAHARAN_AFRICA, null));
        retiredClass = newGpuClass();
        gpuClasses.retire(null, retiredClass);
    }

    String newGpuClass() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        gpuClasses.add(null, new GpuClassForm(code, "Test GPU " + code, "Testing Inc", "48"));
        return code;
    }

    RequestPostProcessor as(Person person) {
        return httpBasic(person.email(), ApplicationFixtures.PASSWORD);
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(me))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    MockHttpServletRequestBuilder step(String step, String... params) {
        MockHttpServletRequestBuilder request = post("/applicant/applications/" + app.id() + "/" + step).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1].replace("@RETIRED", retiredClass).replace("@NODE", node.id()));
        }
        return request;
    }

    static String[] line(String gpuClass, String hours, String place, String from, String until) {
        return new String[] {"gpuClass_0", gpuClass, "gpuHours_0", hours, "place_0", place, "startsOn_0", from, "endsOn_0", until};
    }

    static Stream<Arguments> refusedInputs() {
        return Stream.of(
                Arguments.of("compute", "gpuClass_0", line("X999", "10", "", "2027-03-01", "2027-06-30")),
                Arguments.of("compute", "gpuClass_0", line("@RETIRED", "10", "", "2027-03-01", "2027-06-30")),
                Arguments.of("compute", "gpuHours_0", line("H100-80GB", "0", "", "2027-03-01", "2027-06-30")),
                Arguments.of("compute", "gpuHours_0", line("H100-80GB", "-5", "", "2027-03-01", "2027-06-30")),
                Arguments.of("compute", "gpuHours_0", line("H100-80GB", "1.5", "", "2027-03-01", "2027-06-30")),
                Arguments.of("compute", "endsOn_0", line("H100-80GB", "10", "", "2027-03-01", "2027-02-28")),
                Arguments.of("compute", "endsOn_0", line("H100-80GB", "10", "", "2027-03-01", "2027-03-01")),
                Arguments.of("compute", "startsOn_0", line("H100-80GB", "10", "", "next spring", "2027-03-01")),
                Arguments.of("compute", "place_0", line("H100-80GB", "10", "region:999", "2027-03-01", "2027-06-30")),
                Arguments.of("compute", "place_0", line("H100-80GB", "10", "node:no-such-node", "2027-03-01", "2027-06-30")),
                Arguments.of("compute", "compute", new String[] {"gpuClass_0", "H100-80GB", "gpuHours_0", "600", "startsOn_0", "2027-03-01",
                        "endsOn_0", "2027-06-30", "gpuClass_1", "A100-80GB", "gpuHours_1", "401", "place_1", "node:@NODE",
                        "startsOn_1", "2027-03-01", "endsOn_1", "2027-06-30"}),
                Arguments.of("data", "jurisdictions_0", new String[] {"kind_0", "DATASET", "description_0", "Clinic records", "licence_0", "OPEN",
                        "jurisdictions_0", "XX"}),
                Arguments.of("data", "jurisdictions_0", new String[] {"kind_0", "DATASET", "description_0", "Clinic records", "licence_0", "OPEN"}),
                Arguments.of("data", "kind_0", new String[] {"kind_0", "VIDEO", "description_0", "Clinic records", "licence_0", "OPEN",
                        "jurisdictions_0", "KE"}),
                Arguments.of("data", "licence_0", new String[] {"kind_0", "MODEL", "description_0", "A Swahili model", "licence_0", "FREE",
                        "jurisdictions_0", "KE"}),
                Arguments.of("data", "description_0", new String[] {"kind_0", "MODEL", "description_0", " ", "licence_0", "OPEN",
                        "jurisdictions_0", "KE"}),
                Arguments.of("people", "trainingSeats", new String[] {"trainingSeats", "6", "trainingTopic", "Fine-tuning"}),
                Arguments.of("people", "trainingSeats", new String[] {"trainingSeats", "2.5", "trainingTopic", "Fine-tuning"}),
                Arguments.of("people", "trainingSeats", new String[] {"trainingSeats", "-1", "trainingTopic", "Fine-tuning"}),
                Arguments.of("people", "trainingTopic", new String[] {"trainingSeats", "2", "trainingTopic", ""}),
                Arguments.of("people", "expertHours", new String[] {"expertHours", "41", "expertise", "Clinical NLP"}),
                Arguments.of("people", "expertHours", new String[] {"expertHours", "0", "expertise", "Clinical NLP"}),
                Arguments.of("people", "expertise", new String[] {"expertHours", "10", "expertise", ""}));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusedInputs")
    void aRefusedInputComesBackWithTheMessageNextToTheFieldAndNothingSaved(String stepName, String field, String[] params)
            throws Exception {
        String html = page(step(stepName, params));

        assertThat(html).contains("id=\"" + field + "-error\"").contains("class=\"error-summary\"").contains("href=\"#" + field + "\"")
                .containsAnyOf("aria-describedby=\"" + field + "-error\"", "aria-describedby=\"" + field + "-hint " + field + "-error\"");
        assertNothingSaved();
    }

    @Test
    void kindsOfSupportTheCallDoesNotOfferAreRefusedNextToTheirFields() throws Exception {
        call = fx.openCall("50000.00", 0, 0, 0);
        app = applications.start(me.id(), call.id());

        String compute = page(step("compute", line("H100-80GB", "10", "", "2027-03-01", "2027-06-30")));
        String people = page(step("people", "trainingSeats", "1", "trainingTopic", "Fine-tuning", "expertHours", "1", "expertise", "NLP"));

        assertThat(compute).contains("id=\"compute-error\"").contains("This call offers no compute");
        assertThat(people).contains("id=\"trainingSeats-error\"").contains("This call offers no training seats")
                .contains("id=\"expertHours-error\"").contains("This call offers no expert time");
        assertNothingSaved();
    }

    @Test
    void eachPartIsSavedAndShownOnTheSummaryAndToAdmin() throws Exception {
        mvc.perform(step("compute", "gpuClass_0", "H100-80GB", "gpuHours_0", "600", "place_0", "region:202", "startsOn_0", "2027-03-01",
                "endsOn_0", "2027-06-30", "gpuClass_1", "MI300X", "gpuHours_1", "400", "place_1", "node:@NODE", "startsOn_1", "2027-04-01",
                "endsOn_1", "2027-04-30", "gpuClass_2", "", "gpuHours_2", "", "place_2", "", "startsOn_2", "", "endsOn_2", "",
                "action", "continue").with(as(me)))
                .andExpect(redirectedUrl("/applicant/applications/" + app.id() + "/data"));
        mvc.perform(step("data", "kind_0", "DATASET", "description_0", "Anonymised clinic records", "licence_0", "RESTRICTED_AGREEMENT",
                "licenceNote_0", "Ministry of Health agreement", "jurisdictions_0", "KE", "jurisdictions_0", "SN", "kind_1", "",
                "description_1", "", "licence_1", "", "licenceNote_1", "", "action", "continue").with(as(me)))
                .andExpect(redirectedUrl("/applicant/applications/" + app.id() + "/people"));
        mvc.perform(step("people", "trainingSeats", "5", "trainingTopic", "Fine-tuning small models", "expertHours", "40",
                "expertise", "Clinical NLP", "action", "continue").with(as(me)))
                .andExpect(redirectedUrl("/applicant/applications/" + app.id() + "/results"));

        InKindRequest saved = requests.of(app.id());
        assertThat(saved.gpuHours()).isEqualTo(1000);
        assertThat(saved.compute()).extracting(l -> l.gpuClass().code(), ComputeLine::region, l -> l.node() == null ? null : l.node().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("H100-80GB", UnRegion.SUB_SAHARAN_AFRICA, null),
                        org.assertj.core.groups.Tuple.tuple("MI300X", null, node.id()));
        assertThat(saved.data()).containsExactly(new DataLine(DataKind.DATASET, "Anonymised clinic records", DataLicence.RESTRICTED_AGREEMENT,
                "Ministry of Health agreement", List.of("KE", "SN")));
        assertThat(saved.people()).isEqualTo(new PeopleRequest(5, "Fine-tuning small models", 40, "Clinical NLP"));
        assertThat(applications.own(me.id(), app.id()).version()).isEqualTo(app.version() + 3);

        String summary = page(get("/applicant/applications/" + app.id() + "/summary"));
        assertThat(summary).contains("H100-80GB — NVIDIA H100 80 GB", "Sub-Saharan Africa", node.name() + " (Nairobi)", "2027-03-01 to 2027-06-30",
                "1,000", "Anonymised clinic records", "Restricted, with a data agreement", "(Ministry of Health agreement)", "Kenya",
                "5 seats: Fine-tuning small models", "40 hours: Clinical NLP")
                .contains("/applicant/applications/" + app.id() + "/compute", "/applicant/applications/" + app.id() + "/data",
                        "/applicant/applications/" + app.id() + "/people");
        assertThat(page(get("/applicant/applications/" + app.id() + "/compute"))).contains("value=\"600\"")
                .contains("<option value=\"region:202\" selected=\"selected\">").contains("<option value=\"node:" + node.id() + "\" selected=\"selected\">");
        assertThat(page(get("/applicant/applications/" + app.id() + "/data"))).contains("<option value=\"SN\" selected=\"selected\">");
        assertThat(page(get("/applicant/applications/" + app.id() + "/people"))).contains("value=\"5\"").contains("Clinical NLP");
        assertThat(page(get("/applicant/applications/" + app.id() + "/summary").param("lang", "fr")))
                .contains("Afrique subsaharienne", "Jeu de données", "5 places : Fine-tuning small models");

        Person admin = fx.person(Role.ADMIN);
        String show = mvc.perform(get("/admin/applications/" + app.id()).with(as(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(show).contains("H100-80GB", "Anonymised clinic records", "40 hours: Clinical NLP").doesNotContain("/compute\"");
    }

    @Test
    void aRetiredGpuClassStaysReadableOnTheDraftButIsNotChosenAgain() throws Exception {
        String code = newGpuClass();
        mvc.perform(step("compute", line(code, "100", "", "2027-03-01", "2027-06-30")).with(as(me))).andExpect(status().is3xxRedirection());
        gpuClasses.retire(null, code);
        int version = applications.own(me.id(), app.id()).version();

        assertThat(page(get("/applicant/applications/" + app.id() + "/summary"))).contains(code + " — Test GPU " + code + " (retired)");
        assertThat(page(get("/applicant/applications/" + app.id() + "/compute")))
                .contains("<option value=\"" + code + "\" selected=\"selected\">" + code + " — Test GPU " + code + " (retired)</option>");
        assertThat(page(step("compute", line(code, "200", "", "2027-03-01", "2027-06-30")))).contains("id=\"gpuClass_0-error\"")
                .contains(code + " is retired");
        assertThat(requests.of(app.id()).compute()).extracting(ComputeLine::gpuHours).containsExactly(100);
        assertThat(applications.own(me.id(), app.id()).version()).isEqualTo(version);
    }

    @Test
    void anotherApplicantFindsNoSupportPageOfMyApplicationNorAGuessedOne() throws Exception {
        Person other = fx.person(Role.APPLICANT);
        for (String id : List.of(app.id(), "00000000-0000-0000-0000-000000000000")) {
            String base = "/applicant/applications/" + id;
            for (String path : List.of("/compute", "/data", "/people", "/support")) {
                mvc.perform(get(base + path).with(as(other))).andExpect(status().isNotFound());
            }
            mvc.perform(post(base + "/compute").with(csrf()).with(as(other)).param("gpuClass_0", "H100-80GB").param("gpuHours_0", "10")
                    .param("startsOn_0", "2027-03-01").param("endsOn_0", "2027-06-30")).andExpect(status().isNotFound());
            mvc.perform(post(base + "/data").with(csrf()).with(as(other)).param("kind_0", "MODEL").param("description_0", "M")
                    .param("licence_0", "OPEN").param("jurisdictions_0", "KE")).andExpect(status().isNotFound());
            mvc.perform(post(base + "/people").with(csrf()).with(as(other)).param("trainingSeats", "1").param("trainingTopic", "T"))
                    .andExpect(status().isNotFound());
        }
        assertNothingSaved();
    }

    @Test
    void aSubmittedApplicationKeepsItsSupportAsItWas() throws Exception {
        applications.saveOrganisation(me.id(), app.id(), "Nairobi Health Lab", "80", "KE", ApplicationFixtures.SIGNATORY);
        applications.saveProject(me.id(), app.id(), "Triage models", "For rural clinics.", List.of("3"), List.of("3.8"));
        mvc.perform(step("people", "trainingSeats", "2", "trainingTopic", "Evaluation").with(as(me))).andExpect(status().is3xxRedirection());
        Application complete = fx.indicator(me.id(), app.id(), "3.8");
        applications.submit(me.id(), app.id(), complete.version());

        String html = page(step("people", "trainingSeats", "3", "trainingTopic", "More evaluation"));

        assertThat(html).contains("id=\"form-error\"").contains("already been submitted");
        assertThat(requests.of(app.id()).people()).isEqualTo(new PeopleRequest(2, "Evaluation", 0, null));
    }

    @Test
    void theSummaryNamesMissingSupportAndLinksToTheFirstKindTheCallOffers() throws Exception {
        String summary = page(get("/applicant/applications/" + app.id() + "/summary"));

        assertThat(summary).contains("requested support (cash, compute, data or models, training seats or expert time)")
                .contains("/applicant/applications/" + app.id() + "/support");
        mvc.perform(get("/applicant/applications/" + app.id() + "/support").with(as(me)))
                .andExpect(redirectedUrl("/applicant/applications/" + app.id() + "/budget"));
        Application noCash = applications.start(me.id(), fx.openCall("0", 0, 5, 0).id());
        mvc.perform(get("/applicant/applications/" + noCash.id() + "/support").with(as(me)))
                .andExpect(redirectedUrl("/applicant/applications/" + noCash.id() + "/data"));
    }

    private void assertNothingSaved() {
        assertThat(applications.own(me.id(), app.id()).version()).isEqualTo(app.version());
        assertThat(dsl.fetchCount(APPLICATION_COMPUTE_LINE, APPLICATION_COMPUTE_LINE.APPLICATION_ID.eq(app.id()))).isZero();
        assertThat(dsl.fetchCount(APPLICATION_DATA_LINE, APPLICATION_DATA_LINE.APPLICATION_ID.eq(app.id()))).isZero();
        assertThat(dsl.fetchCount(APPLICATION_PEOPLE_REQUEST, APPLICATION_PEOPLE_REQUEST.APPLICATION_ID.eq(app.id()))).isZero();
    }
}
