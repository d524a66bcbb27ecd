package org.globalaifund.engine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.engine.db.Tables.DONOR;
import static org.globalaifund.engine.web.ApiPages.items;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.contribution.Donor;
import org.globalaifund.engine.contribution.DonorService;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What paging refuses and what it keeps: a bad {@code limit} or {@code cursor} is a 400 naming it on every list, access
 * rules are unchanged with a cursor, the default and largest page, and the OpenAPI description of the convention.
 */
@FundEngineTest
class ApiPagingRefusalsTest {

    static final String STAFF = "paging.staff@test.example";
    static final String PASSWORD = "a-long-password-1";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DSLContext dsl;
    @Autowired PeopleService people;
    @Autowired PersonRepository repository;
    @Autowired DonorService donors;

    ApiPages pages;

    @BeforeEach
    void staffWhoMaySeeEveryList() {
        if (repository.findByEmail(STAFF).isEmpty()) {
            people.createActive(null, STAFF, "Paging Staff", PASSWORD, EnumSet.of(Role.ADMIN, Role.FINANCE));
        }
        pages = new ApiPages(mvc, json);
    }

    @Test
    void aPersonWithoutTheRoleStillMayNotListWithOrWithoutACursor() throws Exception {
        donor();
        donor();
        String cursor = pages.page("/api/v1/donors?limit=1", null, staff()).get("next").asText();
        String applicant = "paging." + UUID.randomUUID() + "@test.example";
        people.createActive(null, applicant, "Paging Applicant", PASSWORD, EnumSet.of(Role.APPLICANT));

        mvc.perform(get("/api/v1/donors").param("limit", "1").param("cursor", cursor).with(httpBasic(applicant, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people").param("limit", "1").with(httpBasic(applicant, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    static final String LISTS = "/api/v1/donors,/api/v1/funds,/api/v1/pledges,/api/v1/receipts,/api/v1/unapplied-receipts,"
            + "/api/v1/calls,/api/v1/people,/api/v1/fx-conversions,/api/v1/exchange-rates,/api/v1/books";

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = {"0", "201", "-1", "abc", "1.5", ""})
    void aLimitThatIsNotAWholeNumberFrom1To200IsRefusedOnEveryList(String limit) throws Exception {
        for (String list : LISTS.split(",")) {
            if (limit.isEmpty()) {
                mvc.perform(get(list).param("limit", " ").with(staff())).andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.errors.limit").exists());
                continue;
            }
            mvc.perform(get(list).param("limit", limit).with(staff()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://globalaifund.example/problems/invalid-input"))
                    .andExpect(jsonPath("$.errors.limit").exists());
        }
    }

    @Test
    void withoutALimitAPageHoldsFiftyRowsAndTwoHundredIsAllowed() throws Exception {
        while (dsl.fetchCount(DONOR) < 51) {
            donor();
        }

        assertThat(items(pages.page("/api/v1/donors", null, staff()))).hasSize(50);
        assertThat(items(pages.page("/api/v1/donors?limit=200", null, staff()))).hasSize(Math.min(200, dsl.fetchCount(DONOR)));
    }

    @Test
    void aCursorThatIsGarbageTamperedOrOfAnotherListIsRefusedNamingTheCursor() throws Exception {
        donor();
        donor();
        String donorsCursor = pages.page("/api/v1/donors?limit=1", null, staff()).get("next").asText();
        char flipped = donorsCursor.charAt(3) == 'A' ? 'B' : 'A';
        String tampered = donorsCursor.substring(0, 3) + flipped + donorsCursor.substring(4);

        for (String list : LISTS.split(",")) {
            for (String cursor : List.of("not-a-cursor", "%%%", "abc.def", tampered, donorsCursor)) {
                if (list.equals("/api/v1/donors") && cursor.equals(donorsCursor)) {
                    continue;
                }
                mvc.perform(get(list).param("cursor", cursor).with(staff()))
                        .andExpect(status().isBadRequest())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.errors.cursor").exists());
            }
        }
        mvc.perform(get("/api/v1/donors").param("cursor", donorsCursor).with(staff())).andExpect(status().isOk());
    }

    @Test
    void theOpenApiDocumentGivesEveryListItsLimitAndCursorAndSaysNextIsNullOnTheLastPage() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());

        for (String list : (LISTS + ",/api/v1/books/{book}/accounts/{accountId}/statement").split(",")) {
            List<String> parameters = new ArrayList<>();
            api.at("/paths/" + list.replace("/", "~1") + "/get/parameters").forEach(p -> parameters.add(p.get("name").asText()));
            assertThat(parameters).as(list).contains("limit", "cursor");
            JsonNode limit = api.at("/paths/" + list.replace("/", "~1") + "/get/parameters/" + parameters.indexOf("limit") + "/schema");
            assertThat(limit.get("type").asText()).as(list).isEqualTo("integer");
            assertThat(limit.get("maximum").asInt()).as(list).isEqualTo(Paging.MAX_LIMIT);
            assertThat(limit.get("default").asInt()).as(list).isEqualTo(Paging.DEFAULT_LIMIT);
        }
        assertThat(api.at("/components/schemas").toString()).contains("null on the last page");
    }

    // --- helpers ---

    private RequestPostProcessor staff() {
        return httpBasic(STAFF, PASSWORD);
    }

    private Donor donor() {
        String ref = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return donors.register(null, new DonorService.NewDonor(ref, "Donor " + ref, Donor.DonorKind.ORGANISATION, "10", "NO", null, null));
    }
}
