package org.globalaifund.engine.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.TestSmtp;
import org.globalaifund.engine.outbox.OutboxSender;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.PersonStatus;
import org.globalaifund.engine.people.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FundEngineTest
class AccountRegistrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static final String PASSWORD = "a-long-password-1";

    @Autowired MockMvc mvc;
    @Autowired PersonRepository people;
    @Autowired PeopleService peopleService;
    @Autowired OutboxSender outbox;

    Mailbox mailbox() {
        return new Mailbox(smtp, outbox);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    private ResultActions register(String email, String language) throws Exception {
        return mvc.perform(post("/register").with(csrf()).param("displayName", "Amina Diallo").param("email", email)
                .param("password", PASSWORD).param("confirmation", PASSWORD).param("language", language));
    }

    private String confirmationToken(String email) {
        var mails = mailbox().to(email);
        assertThat(mails).hasSize(1);
        return Mailbox.token(mails.get(0), "/register/confirm/");
    }

    @Test
    void aNewApplicantConfirmsTheEmailedLinkAndLogsIntoTheApplicantArea() throws Exception {
        String email = unique("applicant");

        register(email, "en").andExpect(redirectedUrl("/register?sent"));
        Person registered = people.findByEmail(email).orElseThrow();
        assertThat(registered.status()).isEqualTo(PersonStatus.INVITED);
        assertThat(registered.roles()).containsExactly(Role.APPLICANT);
        mvc.perform(formLogin().user(email).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));

        String token = confirmationToken(email);
        mvc.perform(get("/register/confirm/" + token)).andExpect(status().isOk());
        mvc.perform(post("/register/confirm/" + token).with(csrf())).andExpect(redirectedUrl("/login?confirmed"));

        assertThat(people.findByEmail(email).orElseThrow().status()).isEqualTo(PersonStatus.ACTIVE);
        mvc.perform(formLogin().user(email).password(PASSWORD)).andExpect(redirectedUrl("/applicant"));
    }

    @Test
    void aConfirmationLinkWorksOnce() throws Exception {
        String email = unique("once");
        register(email, "en");
        String token = confirmationToken(email);
        mvc.perform(post("/register/confirm/" + token).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(post("/register/confirm/" + token).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/register/confirm/" + token)).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This link no longer works")));
    }

    @Test
    void aConfirmationLinkExpiresAfter48Hours() throws Exception {
        String email = unique("late");
        register(email, "en");
        String token = confirmationToken(email);

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(49))));

        mvc.perform(post("/register/confirm/" + token).with(csrf())).andExpect(status().isNotFound());
        assertThat(people.findByEmail(email).orElseThrow().status()).isEqualTo(PersonStatus.INVITED);
    }

    @Test
    void registeringAKnownEmailAnswersTheSameAndOnlyTellsItsOwner() throws Exception {
        String email = unique("known");
        peopleService.createActive(null, email, "Known Person", PASSWORD, PeopleService.roles(Role.REVIEWER));
        int before = people.findAll().size();

        register(email.toUpperCase(), "en").andExpect(redirectedUrl("/register?sent"));

        assertThat(people.findAll()).hasSize(before);
        assertThat(people.findByEmail(email).orElseThrow().roles()).containsExactly(Role.REVIEWER);
        var mails = mailbox().to(email);
        assertThat(mails).hasSize(1);
        assertThat(Mailbox.body(mails.get(0))).contains("already have an account", "/password/forgot").doesNotContain("/register/confirm/");
    }

    @Test
    void registeringAgainBeforeConfirmingSendsAFreshLinkAndClosesTheOldOne() throws Exception {
        String email = unique("again");
        register(email, "en");
        String first = confirmationToken(email);
        smtp.purgeEmailFromAllMailboxes();

        register(email, "en").andExpect(redirectedUrl("/register?sent"));
        String second = confirmationToken(email);

        mvc.perform(get("/register/confirm/" + first)).andExpect(status().isNotFound());
        mvc.perform(post("/register/confirm/" + second).with(csrf())).andExpect(redirectedUrl("/login?confirmed"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "email,        not-an-email,        a-long-password-1, a-long-password-1, en",
        "password,     short@test.example,  short,             short,             en",
        "confirmation, differ@test.example, a-long-password-1, a-long-password-2, en",
        "language,     lang@test.example,   a-long-password-1, a-long-password-1, xx",
    })
    void badInputIsShownNextToItsFieldAndWritesNothing(String field, String email, String password, String confirmation,
            String language) throws Exception {
        String address = email.replace("@", "." + UUID.randomUUID().toString().substring(0, 8) + "@");

        mvc.perform(post("/register").with(csrf()).param("displayName", "Bad Input").param("email", address)
                        .param("password", password).param("confirmation", confirmation).param("language", language))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("id=\"" + field + "-error\""),
                        org.hamcrest.Matchers.containsString("aria-describedby=\"" + field + "-error\""),
                        org.hamcrest.Matchers.containsString("href=\"#" + field + "\""),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(password + "\"")))));

        assertThat(people.findByEmail(address)).isEmpty();
        assertThat(mailbox().to(address)).isEmpty();
    }

    @Test
    void theRegistrationPageSpeaksFrenchWithLangFr() throws Exception {
        mvc.perform(get("/register").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("lang=\"fr\""),
                        org.hamcrest.Matchers.containsString("Créer un compte"),
                        org.hamcrest.Matchers.containsString("<option value=\"fr\" lang=\"fr\" selected=\"selected\">Français</option>"))));
    }

    @Test
    void theConfirmationEmailIsInTheLanguageChosenAtRegistration() throws Exception {
        String email = unique("francophone");

        register(email, "fr");

        assertThat(people.findByEmail(email).orElseThrow().preferredLanguage()).isEqualTo("fr");
        var mails = mailbox().to(email);
        assertThat(Mailbox.subject(mails.get(0))).startsWith("Confirmez votre adresse");
        assertThat(Mailbox.body(mails.get(0))).contains("valable 48 heures");

        // opened in a browser that never saw the fund (no cookie, English browser): the page speaks French all the same
        String token = Mailbox.token(mails.get(0), "/register/confirm/");
        assertThat(Mailbox.body(mails.get(0))).contains("/register/confirm/" + token + "?lang=fr");
        mvc.perform(get("/register/confirm/" + token).param("lang", "fr").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Confirmez votre adresse")));
    }
}
