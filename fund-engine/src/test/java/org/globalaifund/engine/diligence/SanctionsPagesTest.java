package org.globalaifund.engine.diligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** ADMIN's sanctions pages: the imports and the upload (CSRF, messages next to the file field), and checking typed names. */
@FundEngineTest
class SanctionsPagesTest {

    static final String PASSWORD = "a-long-password-1";

    @Autowired MockMvc mvc;
    @Autowired PeopleService people;
    @Autowired SanctionsListRepository lists;

    Person admin;

    @BeforeEach
    void anAdmin() {
        admin = person(Role.ADMIN);
    }

    Person person(Role role) {
        String email = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@sanctions.test";
        return people.createActive(null, email, "Tester " + role, PASSWORD, EnumSet.of(role));
    }

    RequestPostProcessor as(Person person) {
        return httpBasic(person.email(), PASSWORD);
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/xml", content);
    }

    @Test
    void adminUploadsTheListAndSeesItAsTheCurrentImportWithItsCounts() throws Exception {
        byte[] xml = SanctionsFixtures.freshCopy();

        mvc.perform(multipart("/admin/sanctions").file(file("consolidated.xml", xml)).with(csrf()).with(as(admin)))
                .andExpect(redirectedUrl("/admin/sanctions")).andExpect(flash().attributeExists("imported"));

        SanctionsListVersion current = lists.current().orElseThrow();
        String html = page(get("/admin/sanctions"));
        assertThat(html).contains("id=\"import-" + current.importNo() + "\"", current.sha256(), "2026-03-02T09:15:00.123Z", "Current",
                "enctype=\"multipart/form-data\"", "name=\"_csrf\"");
        assertThat(page(get("/admin"))).contains("href=\"/admin/sanctions\"").as("a list is current: no warning").doesNotContain("no-sanctions-list");
    }

    @Test
    void theSameFileAgainIsNotStoredAndTheFlashSaysSo() throws Exception {
        byte[] xml = SanctionsFixtures.freshCopy();
        mvc.perform(multipart("/admin/sanctions").file(file("consolidated.xml", xml)).with(csrf()).with(as(admin)));
        int versions = lists.versions().size();

        String html = mvc.perform(multipart("/admin/sanctions").file(file("consolidated.xml", xml)).with(csrf()).with(as(admin)))
                .andExpect(redirectedUrl("/admin/sanctions")).andReturn().getFlashMap().get("imported").toString();

        assertThat(html).contains("fresh=false");
        assertThat(lists.versions()).hasSize(versions);
    }

    @Test
    void aRefusedFileComesBackWithTheMessageNextToTheFileField() throws Exception {
        int versions = lists.versions().size();

        String html = page(multipart("/admin/sanctions").file(file("list.xml", SanctionsFixtures.bytes("not-a-list.xml"))).with(csrf()));

        assertThat(html).contains("id=\"file-error\"", "its root element is sdnList, not CONSOLIDATED_LIST", "href=\"#file\"",
                "aria-describedby=\"file-hint file-error\"");
        assertThat(page(multipart("/admin/sanctions").with(csrf()))).contains("id=\"file-error\"", "Choose the Consolidated List XML file");
        assertThat(lists.versions()).hasSize(versions);
    }

    @Test
    void anUploadWithoutCsrfIsRefused() throws Exception {
        int versions = lists.versions().size();

        mvc.perform(multipart("/admin/sanctions").file(file("consolidated.xml", SanctionsFixtures.freshCopy())).with(as(admin)))
                .andExpect(status().isForbidden());

        assertThat(lists.versions()).hasSize(versions);
    }

    @Test
    void adminChecksTypedNamesAndSeesWhichEntryAndNameMatched() throws Exception {
        mvc.perform(multipart("/admin/sanctions").file(file("consolidated.xml", SanctionsFixtures.freshCopy())).with(csrf()).with(as(admin)));

        String html = page(post("/admin/sanctions/check").with(csrf()).param("names", "Abu Zafran\r\n\r\nKisumu Health Data Trust\n"));

        assertThat(html).contains("Possible match", "TSi.003", "KARIM ABDEL HAMID AL-ZAFRANI", "(alias)", "Kisumu Health Data Trust",
                "No match", "Checked against import " + lists.current().orElseThrow().importNo());
        assertThat(page(post("/admin/sanctions/check").with(csrf()).param("names", "Ivan Petrov"))).contains("No name matches the list.");
    }

    @Test
    void checkingNoNameSaysSoNextToTheField() throws Exception {
        String html = page(post("/admin/sanctions/check").with(csrf()).param("names", "  \n \n"));

        assertThat(html).contains("id=\"names-error\"", "Type at least one name to check.", "aria-describedby=\"names-hint names-error\"");
        assertThat(page(get("/admin/sanctions/check"))).contains("name=\"names\"");
    }

    @Test
    void onlyAdminReachesTheSanctionsPages() throws Exception {
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.ADMIN))) {
            Person someone = person(role);
            mvc.perform(get("/admin/sanctions").with(as(someone))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/sanctions/check").with(csrf()).with(as(someone)).param("names", "Abu Zafran"))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/admin/sanctions").file(file("x.xml", SanctionsFixtures.freshCopy())).with(csrf()).with(as(someone)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/sanctions/check")).andExpect(status().isUnauthorized());
    }
}
