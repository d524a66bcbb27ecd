package org.globalaifund.engine.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@FundEngineTest
class AccountSettingsTest {

    static final String PASSWORD = "a-long-password-1";

    @Autowired MockMvc mvc;
    @Autowired PeopleService peopleService;
    @Autowired PersonRepository people;

    private Person person() {
        String email = "settings." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        return peopleService.createActive(null, email, "Sipho Ndlovu", PASSWORD, PeopleService.roles(Role.APPLICANT));
    }

    private MockHttpSession login(Person person) throws Exception {
        var result = mvc.perform(formLogin().user(person.email()).password(PASSWORD)).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    @Test
    void theLanguageAPersonChoosesAppliesToEveryPageAfterLogin() throws Exception {
        Person person = person();
        MockHttpSession session = login(person);

        mvc.perform(post("/account").with(csrf()).session(session).param("displayName", "Sipho N.").param("language", "fr"))
                .andExpect(redirectedUrl("/account"));

        assertThat(people.findById(person.id()).orElseThrow().preferredLanguage()).isEqualTo("fr");
        MockHttpSession later = login(person);
        mvc.perform(get("/home").session(later)).andExpect(content().string(Matchers.containsString("Mes espaces")));
    }

    @Test
    void langInTheAddressOverridesThePersonsLanguageForTheSession() throws Exception {
        Person person = person();
        MockHttpSession session = login(person);
        mvc.perform(post("/account").with(csrf()).session(session).param("displayName", "Sipho").param("language", "fr"));

        mvc.perform(get("/account").param("lang", "en").session(session)).andExpect(content().string(Matchers.containsString("My account")));
        mvc.perform(get("/account").session(session)).andExpect(content().string(Matchers.containsString("My account")));
    }

    @Test
    void anUnknownLanguageIsRefusedNextToTheField() throws Exception {
        Person person = person();

        mvc.perform(post("/account").with(csrf()).session(login(person)).param("displayName", "Sipho").param("language", "xx"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"language-error\"")));

        assertThat(people.findById(person.id()).orElseThrow().preferredLanguage()).isNull();
    }

    @Test
    void theAccountPageIsForLoggedInPeopleOnly() throws Exception {
        mvc.perform(get("/account").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/login"));
    }
}
