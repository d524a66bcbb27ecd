package org.globalaifund.engine.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.engine.db.Tables.FUNDING_CALL;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.people.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The calls API: public reads, ADMIN-only writes, bad input as problem+json with nothing written. */
@FundEngineTest
class CallApiTest {

    @Autowired MockMvc mvc;
    @Autowired CallFixtures fx;
    @Autowired CallService calls;
    @Autowired DSLContext dsl;

    String json(String ref, String budget, String closesOn, String goals, String countries) {
        return """
                {"ref":"%s","title":"API call","description":"Data sets for climate models.","currency":"USD","budget":"%s",
                 "opensOn":"%s","closesOn":"%s","priorityAreas":["DATA_AND_MODEL_RESEARCH"],"sdgGoals":%s,"countries":%s,
                 "fundCodes":["UNRESTRICTED"],"limits":{"maxCash":"100000.00","maxGpuHours":500},
                 "weights":{"SDG_IMPACT":2,"FEASIBILITY":1.5}}
                """.formatted(ref, budget, fx.today().plusDays(5), closesOn == null ? fx.today().plusDays(60) : closesOn, goals, countries);
    }

    @Test
    void adminCreatesACallAndAnyoneReadsIt() throws Exception {
        String ref = CallFixtures.ref();
        String body = mvc.perform(post("/api/v1/calls").with(httpBasic(fx.person(Role.ADMIN), CallFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json(ref, "500000", null, "[13]", "[\"KE\",\"BD\"]")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.budget.amount").value("500000.00"))
                .andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andExpect(jsonPath("$.limits.maxGpuHours").value(500))
                .andExpect(jsonPath("$.limits.maxTrainingSeats").value(0))
                .andExpect(jsonPath("$.weights.SDG_IMPACT.share").value(0.307692))
                .andExpect(jsonPath("$.weights.VALUE_FOR_MONEY.weight").value(1))
                .andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/calls/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.countries[0]").value("BD"));
        mvc.perform(get("/api/v1/calls").param("limit", "200")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.ref == '" + ref + "')]").exists());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "budget   | 12.345 | | [13] | [\"KE\"]",
        "budget   | -1     | | [13] | [\"KE\"]",
        "closesOn | 100    | 2020-01-01 | [13] | [\"KE\"]",
        "sdgGoals | 100    | | [13, 18] | [\"KE\"]",
        "countries | 100   | | [13] | [\"KE\", \"ZZ\"]",
        "countries | 100   | | [13] | []"
    })
    void badInputIsAProblemNamingTheFieldAndNothingIsWritten(String field, String budget, String closesOn, String goals, String countries)
            throws Exception {
        int before = dsl.fetchCount(FUNDING_CALL);

        mvc.perform(post("/api/v1/calls").with(httpBasic(fx.person(Role.ADMIN), CallFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json(CallFixtures.ref(), budget, closesOn, goals, countries)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://globalaifund.example/problems/invalid-input"))
                .andExpect(jsonPath("$.errors." + field).isString());
        assertThat(dsl.fetchCount(FUNDING_CALL)).isEqualTo(before);
    }

    @Test
    void anUnknownPriorityAreaIsUnreadableAndNothingIsWritten() throws Exception {
        int before = dsl.fetchCount(FUNDING_CALL);

        mvc.perform(post("/api/v1/calls").with(httpBasic(fx.person(Role.ADMIN), CallFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(CallFixtures.ref(), "100", null, "[13]", "[\"KE\"]").replace("DATA_AND_MODEL_RESEARCH", "SPACE")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(dsl.fetchCount(FUNDING_CALL)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAdminWritesCalls(Role role) throws Exception {
        FundingCall call = calls.publish(null, fx.terms(CallFixtures.ref()));
        String who = fx.person(role);
        int before = dsl.fetchCount(FUNDING_CALL);

        mvc.perform(post("/api/v1/calls").with(httpBasic(who, CallFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json(CallFixtures.ref(), "100", null, "[13]", "[\"KE\"]"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/calls/" + call.id()).with(httpBasic(who, CallFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json(call.ref(), "100", null, "[13]", "[\"KE\"]"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/calls/" + call.id() + "/closure").with(httpBasic(who, CallFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"no\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/calls").contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isUnauthorized());

        assertThat(dsl.fetchCount(FUNDING_CALL)).isEqualTo(before);
        assertThat(calls.get(call.id()).budget().amount()).isEqualTo("1000000.00");
        assertThat(calls.get(call.id()).closedOn()).isNull();
    }

    @Test
    void adminClosesACallEarlyAndADraftIsNotFoundInPublic() throws Exception {
        FundingCall call = calls.publish(null, fx.terms(CallFixtures.ref()));
        FundingCall draft = calls.create(null, fx.terms(CallFixtures.ref()), false);

        mvc.perform(post("/api/v1/calls/" + call.id() + "/closure").with(httpBasic(fx.person(Role.ADMIN), CallFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Merged into a later call.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(get("/api/v1/calls/" + draft.id())).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
