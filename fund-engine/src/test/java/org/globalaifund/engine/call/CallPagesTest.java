package org.globalaifund.engine.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.engine.db.Tables.FUNDING_CALL;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.globalaifund.engine.call.PriorityListService.Placement;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.FundEngineTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public call and priority pages in English and French, and ADMIN's forms: errors next to the field, no JavaScript needed. */
@FundEngineTest
class CallPagesTest {

    @Autowired MockMvc mvc;
    @Autowired CallFixtures fx;
    @Autowired CallService calls;
    @Autowired PriorityListService priorities;
    @Autowired DSLContext dsl;

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anyoneReadsACallWithItsSdgNamesCountriesAndLimitsInFrench() throws Exception {
        FundingCall call = calls.publish(null, fx.terms(CallFixtures.ref()));

        String french = page(get("/calls/" + call.id()).param("lang", "fr"));
        String english = page(get("/calls/" + call.id()).param("lang", "en"));

        assertThat(french).contains("Objectif 3. Permettre à tous de vivre en bonne santé").contains("Objectif 13.")
                .contains("Kenya").contains("Senegal").contains("Pays éligibles").contains("heures-GPU").contains("Faisabilité : 20.0 %");
        assertThat(english).contains("Goal 3. Ensure healthy lives").contains("Senegal").contains("at most 1,000 GPU-hours")
                .contains("Feasibility: 20.0 %");
    }

    @Test
    void aDraftIsNotFoundOnThePublicPages() throws Exception {
        FundingCall draft = calls.create(null, fx.terms(CallFixtures.ref()), false);

        mvc.perform(get("/calls/" + draft.id())).andExpect(status().isNotFound());
        assertThat(page(get("/calls"))).doesNotContain(draft.ref());
    }

    @Test
    void anyoneReadsThePublishedPriorityListsButNotADraftList() throws Exception {
        priorities.save(null, 2031, "Compute first.", List.of(new Placement(PriorityArea.SHARED_COMPUTE, 1, "GPU time at the nodes."),
                new Placement(PriorityArea.SANDBOXES_AND_TESTING, 2, "Test before deploying.")), true);
        priorities.save(null, 2032, null, List.of(new Placement(PriorityArea.DATA_AND_MODEL_RESEARCH, 1, "Not yet public.")), false);

        String french = page(get("/priorities").param("lang", "fr"));

        assertThat(french).contains("Priorités pour 2031").contains("GPU time at the nodes.").contains("Calcul partagé")
                .doesNotContain("Priorités pour 2032").doesNotContain("Not yet public.");
        assertThat(french.indexOf("GPU time at the nodes.")).isLessThan(french.indexOf("Test before deploying."));
    }

    @Test
    void aPriorityListWithTwoAreasOnOneRankIsRefusedNextToTheField() throws Exception {
        String html = page(post("/admin/priorities").with(admin()).with(csrf()).param("year", "2033")
                .param("rank_SHARED_COMPUTE", "1").param("summary_SHARED_COMPUTE", "a")
                .param("rank_SANDBOXES_AND_TESTING", "1").param("summary_SANDBOXES_AND_TESTING", "b").param("published", "true"));

        assertThat(html).contains("class=\"error-summary\"").contains("id=\"rank_SANDBOXES_AND_TESTING-error\"")
                .contains("aria-describedby=\"rank_SANDBOXES_AND_TESTING-error\"");
        assertThat(priorities.find(2033)).isEmpty();
    }

    @Test
    void aNewCallWithBadDatesComesBackAsTypedWithTheMessageNextToTheFieldInFrench() throws Exception {
        int before = dsl.fetchCount(FUNDING_CALL);

        String html = page(post("/admin/calls").with(admin()).with(csrf()).param("lang", "fr").param("ref", "cfp-x-1")
                .param("title", "Appel de test").param("description", "d").param("currency", "USD").param("budget", "1000")
                .param("opensOn", "2040-05-01").param("closesOn", "2040-04-01").param("priorityAreas", "SHARED_COMPUTE")
                .param("sdgGoals", "4").param("countryCodes", "KE, rw").param("fundCodes", "UNRESTRICTED").param("maxGpuHours", "100")
                .param("action", "publish"));

        assertThat(html).contains("id=\"closesOn-error\"").contains("aria-describedby=\"closesOn-error\"")
                .contains("L&#39;appel doit se clore après son ouverture.").contains("value=\"Appel de test\"")
                .contains("<option value=\"RW\" selected=\"selected\"");
        assertThat(dsl.fetchCount(FUNDING_CALL)).isEqualTo(before);
    }

    @Test
    void aNewCallFromTheFormIsPublishedWithPastedCountriesAndWarnsThatItsFundsAreShort() throws Exception {
        String ref = CallFixtures.ref();

        String location = mvc.perform(post("/admin/calls").with(admin()).with(csrf()).param("ref", ref).param("title", "Form call")
                        .param("description", "d").param("currency", "XOF").param("budget", "5000000").param("opensOn", fx.today().plusDays(3).toString())
                        .param("closesOn", fx.today().plusDays(30).toString()).param("priorityAreas", "SHARED_COMPUTE").param("sdgGoals", "4")
                        .param("countries", "SN").param("countryCodes", "ml BF").param("fundCodes", "UNRESTRICTED").param("maxCash", "10000")
                        .param("weight_SDG_IMPACT", "2").param("action", "publish"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        FundingCall call = calls.findByRef(ref).orElseThrow();

        assertThat(location).isEqualTo("/admin/calls/" + call.id());
        assertThat(call.countries()).containsExactly("BF", "ML", "SN");
        assertThat(call.weights().share(ReviewCriterion.SDG_IMPACT)).isEqualByComparingTo("0.333333");
        assertThat(page(get(location).with(admin()))).contains("id=\"funding-warning\"");
    }

    @Test
    void otherRolesCannotReachTheCallForms() throws Exception {
        for (Role role : List.of(Role.FINANCE, Role.APPLICANT)) {
            mvc.perform(get("/admin/calls/new").with(httpBasic(fx.person(role), CallFixtures.PASSWORD))).andExpect(status().isForbidden());
        }
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic(fx.person(Role.ADMIN), CallFixtures.PASSWORD);
    }
}
