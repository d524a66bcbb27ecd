package org.globalaifund.engine.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.engine.db.Tables.SANCTIONS_ENTRY;
import static org.globalaifund.engine.db.Tables.SANCTIONS_LIST;
import static org.globalaifund.engine.db.Tables.SANCTIONS_NAME;
import static org.globalaifund.engine.db.Tables.SANCTIONS_SCREENED_NAME;
import static org.globalaifund.engine.db.Tables.SANCTIONS_SCREENING;
import static org.globalaifund.engine.db.Tables.SANCTIONS_SCREENING_MATCH;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.diligence.SanctionsListRepository;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.transaction.TestTransaction;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN's area warns while no sanctions list is current, since due diligence cannot screen anyone before one is
 * imported. Every test context imports the fixture list at start-up, so the test without one removes every list (and
 * what refers to them) inside its own transaction, which is rolled back: the other tests of the shared context keep it.
 */
@FundEngineTest
class AdminAreaTest {

    static final String PASSWORD = "a-long-password-1";

    @Autowired MockMvc mvc;
    @Autowired PeopleService people;
    @Autowired SanctionsListRepository lists;
    @Autowired DSLContext dsl;

    @Test
    @Transactional
    void withoutACurrentSanctionsListTheAreaWarnsAndLinksToTheImport() throws Exception {
        Person admin = admin();
        withoutAnySanctionsList();
        assertThat(lists.current()).isEmpty();

        String html = area(admin);

        assertThat(html).contains("id=\"no-sanctions-list\"", "No sanctions list has been imported", "href=\"/admin/sanctions\"");
        TestTransaction.end();
        assertThat(lists.current()).as("rolled back: the shared context keeps its list").isPresent();
    }

    @Test
    void withACurrentSanctionsListTheAreaDoesNotWarn() throws Exception {
        assertThat(lists.current()).as("the fixture list every test context imports").isPresent();

        assertThat(area(admin())).contains("href=\"/admin/sanctions\"").doesNotContain("no-sanctions-list", "No sanctions list has been imported");
    }

    private String area(Person admin) throws Exception {
        return mvc.perform(get("/admin").with(httpBasic(admin.email(), PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private Person admin() {
        String email = "admin." + UUID.randomUUID().toString().substring(0, 8) + "@area.test";
        return people.createActive(null, email, "Tester ADMIN", PASSWORD, EnumSet.of(Role.ADMIN));
    }

    /** Every import and what refers to it, children first; only ever inside a test transaction that is rolled back. */
    private void withoutAnySanctionsList() {
        dsl.deleteFrom(SANCTIONS_SCREENING_MATCH).execute();
        dsl.deleteFrom(SANCTIONS_SCREENED_NAME).execute();
        dsl.deleteFrom(SANCTIONS_SCREENING).execute();
        dsl.deleteFrom(SANCTIONS_NAME).execute();
        dsl.deleteFrom(SANCTIONS_ENTRY).execute();
        dsl.deleteFrom(SANCTIONS_LIST).execute();
    }
}
