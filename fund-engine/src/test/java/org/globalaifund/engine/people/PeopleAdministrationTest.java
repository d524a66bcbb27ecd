package org.globalaifund.engine.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.engine.db.Tables.INVITATION;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.TestSmtp;
import org.globalaifund.engine.account.Languages;
import org.globalaifund.engine.account.Mailbox;
import org.globalaifund.engine.config.FundProperties;
import org.globalaifund.engine.outbox.EmailTime;
import org.globalaifund.engine.outbox.OutboxSender;
import org.globalaifund.engine.problem.FundException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@FundEngineTest
class PeopleAdministrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static final String ADMIN = "first.admin@test.example";
    static final String ADMIN_PASSWORD = "first-admin-password";
    static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");

    @Autowired MockMvc mvc;
    @Autowired PeopleService people;
    @Autowired PersonRepository repository;
    @Autowired OutboxSender outbox;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired MessageSource messages;
    @Autowired FundProperties properties;
    @Autowired DSLContext dsl;
    @Autowired java.time.Clock clock;
    Mailbox mailbox;

    @BeforeEach
    void mailbox() {
        mailbox = new Mailbox(smtp, outbox);
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    private String adminId() {
        return repository.findByEmail(ADMIN).orElseThrow().id();
    }

    /** Invites through the API, sends the outbox to the SMTP server, follows the link in the email. */
    private Person inviteAndAccept(String email, String rolesJson) throws Exception {
        mvc.perform(post("/api/v1/people").with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"displayName\":\"Nguyễn Thị Minh\",\"roles\":" + rolesJson + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("INVITED"));
        outbox.sendDue();
        MimeMessage mail = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).findFirst().orElseThrow();
        Matcher link = LINK.matcher(mail.getContent().toString());
        assertThat(link.find()).as("the invitation email holds the link").isTrue();
        mvc.perform(post("/invitation/" + link.group(1)).with(csrf())
                        .param("password", "a-long-password-1").param("confirmation", "a-long-password-1"))
                .andExpect(status().is3xxRedirection());
        return repository.findByEmail(email).orElseThrow();
    }

    @Test
    void anInvitedPersonChoosesAPasswordThroughTheEmailedLinkAndLogsIn() throws Exception {
        String email = unique("reviewer");

        Person person = inviteAndAccept(email, "[\"REVIEWER\"]");

        assertThat(person.status()).isEqualTo(PersonStatus.ACTIVE);
        mvc.perform(formLogin().user(email).password("a-long-password-1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/reviewer"));
    }

    @Test
    void aFrenchInviteeGetsTheInvitationInFrenchWithTheLanguageOnTheLinkAndReadsTheFundInFrench() throws Exception {
        String email = unique("membre");
        mvc.perform(post("/admin/people").with(httpBasic(ADMIN, ADMIN_PASSWORD)).with(csrf())
                        .param("email", email).param("displayName", "Aminata Diallo").param("roles", "BOARD_MEMBER")
                        .param("language", "fr"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("invitationLink", org.hamcrest.Matchers.endsWith("?lang=fr")));
        Person invited = repository.findByEmail(email).orElseThrow();
        assertThat(invited.preferredLanguage()).isEqualTo("fr");

        MimeMessage mail = mailbox.to(email).get(0);
        String body = Mailbox.body(mail).replace("\r\n", "\n");
        String link = linkIn(body);
        Instant expiresAt = openInvitationExpiry(invited.id());
        assertThat(Mailbox.subject(mail)).isEqualTo(messages.getMessage("people.mail.invitation.subject", null, Locale.FRENCH));
        assertThat(body.strip()).isEqualTo(messages.getMessage("people.mail.invitation.body",
                new Object[] {"Aminata Diallo", link, EmailTime.of(expiresAt)}, Locale.FRENCH).strip());
        assertThat(link).startsWith(properties.publicUrl() + "/invitation/").endsWith("?lang=fr");

        String path = link.substring(properties.publicUrl().length());
        String page = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html lang=\"fr\"")
                .contains(messages.getMessage("invitation.title", null, Locale.FRENCH)).contains("?lang=fr\" method=\"post\"");

        String token = Mailbox.token(mail, "/invitation/");
        mvc.perform(post("/invitation/" + token).param("lang", "fr").with(csrf())
                        .param("password", "a-long-password-1").param("confirmation", "a-long-password-1"))
                .andExpect(redirectedUrl("/login?welcome&lang=fr"));
        MockHttpSession session = login(email);
        mvc.perform(get("/account").session(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("<html lang=\"fr\""));
    }

    @Test
    void theInvitationPageRefusesAShortPasswordInTheInviteesLanguage() throws Exception {
        PeopleService.Invitation invitation = people.invite(adminId(), unique("court"), "Court", PeopleService.roles(Role.REVIEWER), "fr");

        String page = mvc.perform(post(invitation.path()).with(csrf()).param("password", "court").param("confirmation", "court"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"fr\"").contains("id=\"password-error\"")
                .contains(messages.getMessage("account.error.password", new Object[] {PeopleService.MIN_PASSWORD_LENGTH}, Locale.FRENCH));
        assertThat(people.get(invitation.personId()).status()).isEqualTo(PersonStatus.INVITED);
    }

    @Test
    void anInvitationWithoutALanguageIsInTheFundsDefaultLanguage() throws Exception {
        String email = unique("default");

        mvc.perform(post("/api/v1/people").with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"displayName\":\"Default\",\"roles\":[\"FINANCE\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.language").value(Languages.DEFAULT));

        MimeMessage mail = mailbox.to(email).get(0);
        assertThat(Mailbox.subject(mail)).isEqualTo(messages.getMessage("people.mail.invitation.subject", null, Locale.ENGLISH));
        assertThat(linkIn(Mailbox.body(mail))).endsWith("?lang=" + Languages.DEFAULT);
    }

    @Test
    void aLanguageTheFundDoesNotSpeakIsRefusedNextToTheFieldAndNothingIsWritten() throws Exception {
        String email = unique("nope");
        int before = people.all().size();

        String page = mvc.perform(post("/admin/people").with(httpBasic(ADMIN, ADMIN_PASSWORD)).with(csrf())
                        .param("email", email).param("displayName", "Nope").param("roles", "REVIEWER").param("language", "xx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"language-error\"").contains("aria-describedby=\"language-error\"")
                .contains(messages.getMessage("people.error.language", null, Locale.ENGLISH)).contains("value=\"" + email + "\"");

        mvc.perform(post("/api/v1/people").with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"displayName\":\"Nope\",\"roles\":[\"REVIEWER\"],\"language\":\"de\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://globalaifund.example/problems/invalid-input"))
                .andExpect(jsonPath("$.errors.language").exists());

        assertThat(people.all()).hasSize(before);
        assertThat(repository.findByEmail(email)).isEmpty();
        assertThat(mailbox.to(email)).isEmpty();
    }

    @Test
    void aRefusedInvitationOnTheFrenchPageShowsTheFrenchErrorNextToTheFieldAndWritesNothing() throws Exception {
        int before = people.all().size();

        String page = mvc.perform(post("/admin/people").param("lang", "fr").with(httpBasic(ADMIN, ADMIN_PASSWORD)).with(csrf())
                        .param("email", "pas-une-adresse").param("displayName", "Awa Ndiaye").param("roles", "REVIEWER")
                        .param("language", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"fr\"").contains("id=\"email-error\"").contains("aria-describedby=\"email-error\"")
                .contains(messages.getMessage("people.error.email", null, Locale.FRENCH))
                .doesNotContain(messages.getMessage("people.error.email", null, Locale.ENGLISH));
        assertThat(people.all()).hasSize(before);
    }

    @Test
    void anAdminWhoReadsFrenchGetsTheApiRefusalsInFrench() throws Exception {
        Person other = people.createActive(adminId(), unique("admin-fr"), "Admin FR", "a-long-password-1", PeopleService.roles(Role.ADMIN));
        repository.updateProfile(other.id(), "Admin FR", "fr", clock.instant());
        int before = people.all().size();

        mvc.perform(post("/api/v1/people").with(httpBasic(other.email(), "a-long-password-1")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + unique("sans-role") + "\",\"displayName\":\"Sans rôle\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(messages.getMessage("people.error.roles", null, Locale.FRENCH)))
                .andExpect(jsonPath("$.errors.roles").value(messages.getMessage("people.error.roles", null, Locale.FRENCH)));

        assertThat(people.all()).hasSize(before);
    }

    @Test
    void aNewInvitationKeepsTheLanguageChosenAtFirst() throws Exception {
        PeopleService.Invitation first = people.invite(adminId(), unique("encore"), "Encore", PeopleService.roles(Role.NODE_OPERATOR), "fr");
        String email = people.get(first.personId()).email();

        mvc.perform(post("/admin/people/" + first.personId() + "/reinvite").with(httpBasic(ADMIN, ADMIN_PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("invitationLink", org.hamcrest.Matchers.endsWith("?lang=fr")));

        var mails = mailbox.to(email);
        assertThat(mails).hasSize(2);
        MimeMessage second = mails.get(1);
        assertThat(Mailbox.subject(second)).isEqualTo(messages.getMessage("people.mail.invitation.subject", null, Locale.FRENCH));
        assertThat(linkIn(Mailbox.body(second))).endsWith("?lang=fr");
        assertThat(Mailbox.token(second, "/invitation/")).isNotEqualTo(first.token());
        mvc.perform(get(first.path())).andExpect(status().isNotFound());
        assertThat(people.get(first.personId()).preferredLanguage()).isEqualTo("fr");
    }

    @Test
    void anInvitationLinkWorksOnce() throws Exception {
        PeopleService.Invitation invitation = people.invite(adminId(), unique("once"), "Once", PeopleService.roles(Role.MONITOR));
        people.acceptInvitation(invitation.token(), "a-long-password-1");

        assertThatThrownBy(() -> people.acceptInvitation(invitation.token(), "another-password-2"))
                .isInstanceOf(FundException.class);
        mvc.perform(get("/invitation/" + invitation.token())).andExpect(status().isNotFound());
    }

    @Test
    void aShortPasswordIsRefusedNextToTheFieldAndTheInvitationStaysOpen() throws Exception {
        PeopleService.Invitation invitation = people.invite(adminId(), unique("short"), "Short", PeopleService.roles(Role.DONOR));

        mvc.perform(post("/invitation/" + invitation.token()).with(csrf()).param("password", "short").param("confirmation", "short"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("id=\"password-error\""));

        assertThat(people.get(invitation.personId()).status()).isEqualTo(PersonStatus.INVITED);
    }

    @Test
    void invitingAnExistingEmailIsRefusedAndWritesNothing() throws Exception {
        int before = people.all().size();

        mvc.perform(post("/api/v1/people").with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + ADMIN.toUpperCase() + "\",\"displayName\":\"Copy\",\"roles\":[\"ADMIN\"]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://globalaifund.example/problems/already-exists"));

        assertThat(people.all()).hasSize(before);
    }

    @Test
    void anInvalidInvitationAnswersProblemJsonWithTheFieldsAtFault() throws Exception {
        mvc.perform(post("/api/v1/people").with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"not-an-email\",\"displayName\":\"X\",\"roles\":[\"ADMIN\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.email").exists());
        mvc.perform(post("/api/v1/people").with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"x@y.org\",\"displayName\":\"X\",\"roles\":[\"EMPEROR\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://globalaifund.example/problems/invalid-input"));
    }

    @Test
    void aGrantedRoleOpensItsAreaAndARevokedRoleClosesItAtOnce() throws Exception {
        Person person = people.createActive(adminId(), unique("multi"), "Multi", "a-long-password-1", PeopleService.roles(Role.MONITOR));
        MockHttpSession session = login(person.email());
        mvc.perform(get("/donor").session(session)).andExpect(status().isForbidden());

        mvc.perform(put("/api/v1/people/" + person.id() + "/roles/DONOR").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.roles").isArray());
        mvc.perform(get("/donor").session(session)).andExpect(status().isOk());

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/people/" + person.id() + "/roles/DONOR").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/donor").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void theBoardHasOneChairAndOnlyBoardMembersHaveSeats() {
        Person first = people.createActive(adminId(), unique("b1"), "B1", "a-long-password-1", PeopleService.roles(Role.BOARD_MEMBER));
        Person second = people.createActive(adminId(), unique("b2"), "B2", "a-long-password-1", PeopleService.roles(Role.BOARD_MEMBER));
        Person notOnBoard = people.createActive(adminId(), unique("nb"), "NB", "a-long-password-1", PeopleService.roles(Role.REVIEWER));

        people.setBoardSeat(adminId(), first.id(), Constituency.CIVIL_SOCIETY, true);
        people.setBoardSeat(adminId(), second.id(), Constituency.UN_AGENCIES, true);

        assertThat(people.get(first.id()).chair()).isFalse();
        assertThat(people.get(first.id()).constituency()).isEqualTo(Constituency.CIVIL_SOCIETY);
        assertThat(people.get(second.id()).chair()).isTrue();
        assertThat(people.withRole(Role.BOARD_MEMBER).stream().filter(Person::chair)).hasSize(1);
        assertThatThrownBy(() -> people.setBoardSeat(adminId(), notOnBoard.id(), Constituency.GOVERNMENTS, false))
                .isInstanceOf(FundException.class).hasMessageContaining("BOARD_MEMBER");
    }

    @Test
    void aDeactivatedPersonCanNoLongerLogInNorActAndTheirTasksReturnToThePool() throws Exception {
        Person person = people.createActive(adminId(), unique("leaver"), "Leaver", "a-long-password-1", PeopleService.roles(Role.ADMIN));
        MockHttpSession session = login(person.email());
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
        String taskId = startTaskAssignedTo(person.id());

        mvc.perform(post("/admin/people/" + person.id() + "/deactivate").with(httpBasic(ADMIN, ADMIN_PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(people.get(person.id()).status()).isEqualTo(PersonStatus.DEACTIVATED);
        mvc.perform(get("/admin").session(session).accept(MediaType.TEXT_HTML))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        mvc.perform(get("/api/v1/people").with(httpBasic(person.email(), "a-long-password-1"))).andExpect(status().isUnauthorized());
        mvc.perform(formLogin().user(person.email()).password("a-long-password-1"))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/login?error"));
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task.getAssignee()).isNull();
    }

    @Test
    void theLastActiveAdminCanNeitherBeDeactivatedNorLoseTheRole() {
        people.withRole(Role.ADMIN).stream().filter(Person::isActive).filter(p -> !p.id().equals(adminId()))
                .forEach(p -> people.deactivate(adminId(), p.id()));

        assertThatThrownBy(() -> people.revokeRole(null, adminId(), Role.ADMIN)).isInstanceOf(FundException.class);
        assertThatThrownBy(() -> people.deactivate(null, adminId())).isInstanceOf(FundException.class);
    }

    @Test
    void theLastAdminRuleCountsOnlyActiveAdmins() {
        Person other = people.createActive(adminId(), unique("admin2"), "Second admin", "a-long-password-1", PeopleService.roles(Role.ADMIN));
        people.deactivate(adminId(), other.id());

        assertThatThrownBy(() -> people.deactivate(other.id(), adminId()))
                .isInstanceOf(FundException.class).hasMessageContaining("last active ADMIN");
    }

    @Test
    void nobodyButAnAdminAdministersPeople() throws Exception {
        Person finance = people.createActive(adminId(), unique("fin"), "Fin", "a-long-password-1", PeopleService.roles(Role.FINANCE));

        mvc.perform(get("/api/v1/people").with(httpBasic(finance.email(), "a-long-password-1")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://globalaifund.example/problems/forbidden"));
    }

    /** The invitation link in an email body, with its query. */
    private static String linkIn(String body) {
        Matcher link = Pattern.compile("\\S+/invitation/[A-Za-z0-9_-]+\\S*").matcher(body);
        assertThat(link.find()).as("the invitation email holds the link").isTrue();
        return link.group();
    }

    private Instant openInvitationExpiry(String personId) {
        return dsl.select(INVITATION.EXPIRES_AT).from(INVITATION).where(INVITATION.PERSON_ID.eq(personId))
                .and(INVITATION.ACCEPTED_AT.isNull()).fetchSingle(INVITATION.EXPIRES_AT);
    }

    private MockHttpSession login(String email) throws Exception {
        MvcResult result = mvc.perform(formLogin().user(email).password("a-long-password-1")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String startTaskAssignedTo(String personId) {
        String key = "PeopleTestTask" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        repositoryService.createDeployment().addModelInstance(key + ".bpmn",
                Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().userTask("Task_Work")
                        .camundaAssignee(personId).endEvent().done()).deploy();
        runtimeService.startProcessInstanceByKey(key);
        return taskService.createTaskQuery().processDefinitionKey(key).singleResult().getId();
    }
}
