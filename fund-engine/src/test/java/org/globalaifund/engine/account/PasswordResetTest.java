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
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.outbox.OutboxSender;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FundEngineTest
class PasswordResetTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static final String OLD = "the-old-password-1";
    static final String NEW = "the-new-password-2";

    @Autowired MockMvc mvc;
    @Autowired PeopleService peopleService;
    @Autowired PersonRepository people;
    @Autowired OutboxSender outbox;
    @Autowired AuditTrail audit;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private Person activePerson() {
        String email = "reset." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        return peopleService.createActive(null, email, "Kwame Mensah", OLD, PeopleService.roles(Role.APPLICANT));
    }

    private ResultActions forgot(String email) throws Exception {
        return mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
    }

    private String resetToken(String email) {
        var mails = new Mailbox(smtp, outbox).to(email);
        assertThat(mails).isNotEmpty();
        return Mailbox.token(mails.get(mails.size() - 1), "/password/reset/");
    }

    private ResultActions reset(String token, String password, String confirmation) throws Exception {
        return mvc.perform(post("/password/reset/" + token).with(csrf()).param("password", password).param("confirmation", confirmation));
    }

    @Test
    void aForgottenPasswordIsReplacedThroughTheEmailedLinkOnce() throws Exception {
        Person person = activePerson();

        forgot(person.email()).andExpect(redirectedUrl("/password/forgot?sent"));
        String token = resetToken(person.email());
        mvc.perform(get("/password/reset/" + token)).andExpect(status().isOk());
        reset(token, NEW, NEW).andExpect(redirectedUrl("/login?welcome"));

        mvc.perform(formLogin().user(person.email()).password(OLD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user(person.email()).password(NEW)).andExpect(redirectedUrl("/applicant"));
        assertThat(audit.forSubject("PERSON", person.id())).extracting(r -> r.getEventType()).contains("PASSWORD_RESET");
        reset(token, "yet-another-password-3", "yet-another-password-3").andExpect(status().isNotFound());
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNoEmail() throws Exception {
        String unknown = "nobody." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";

        forgot(unknown).andExpect(redirectedUrl("/password/forgot?sent"));

        assertThat(new Mailbox(smtp, outbox).to(unknown)).isEmpty();
    }

    @Test
    void aDeactivatedPersonGetsNoResetAndTheirOpenLinkStopsWorking() throws Exception {
        Person person = activePerson();
        forgot(person.email());
        String earlier = resetToken(person.email());
        smtp.purgeEmailFromAllMailboxes();
        String admin = people.findByEmail("first.admin@test.example").orElseThrow().id();
        peopleService.deactivate(admin, person.id());

        forgot(person.email()).andExpect(redirectedUrl("/password/forgot?sent"));

        assertThat(new Mailbox(smtp, outbox).to(person.email())).isEmpty();
        reset(earlier, NEW, NEW).andExpect(status().isNotFound());
    }

    @Test
    void aNewRequestClosesTheOlderLink() throws Exception {
        Person person = activePerson();
        forgot(person.email());
        String older = resetToken(person.email());
        smtp.purgeEmailFromAllMailboxes();

        forgot(person.email());
        String newer = resetToken(person.email());

        mvc.perform(get("/password/reset/" + older)).andExpect(status().isNotFound());
        mvc.perform(get("/password/reset/" + newer)).andExpect(status().isOk());
    }

    @Test
    void aResetLinkExpiresAfterOneHour() throws Exception {
        Person person = activePerson();
        forgot(person.email());
        String token = resetToken(person.email());

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(61))));

        reset(token, NEW, NEW).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("/password/forgot")));
    }

    @Test
    void aShortPasswordIsRefusedNextToTheFieldAndTheLinkStaysOpen() throws Exception {
        Person person = activePerson();
        forgot(person.email());
        String token = resetToken(person.email());

        reset(token, "short", "short").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"password-error\"")));

        reset(token, NEW, NEW).andExpect(redirectedUrl("/login?welcome"));
    }

    @Test
    void anInvalidAddressIsShownNextToTheField() throws Exception {
        forgot("not-an-address").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"email-error\"")));
    }
}
