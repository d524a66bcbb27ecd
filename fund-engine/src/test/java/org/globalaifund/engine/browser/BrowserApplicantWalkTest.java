package org.globalaifund.engine.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.globalaifund.engine.TestSmtp;
import org.globalaifund.engine.board.BoardRules;
import org.globalaifund.engine.board.VoteChoice;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.CallTerms;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.call.PriorityArea;
import org.globalaifund.engine.camunda.DueJobs;
import org.globalaifund.engine.contribution.Donor;
import org.globalaifund.engine.contribution.DonorService;
import org.globalaifund.engine.contribution.Fund;
import org.globalaifund.engine.contribution.PledgeService;
import org.globalaifund.engine.outbox.OutboxSender;
import org.globalaifund.engine.people.Constituency;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A new applicant in a real browser (headless Debian chromium), in English and in French: registers, opens the
 * confirmation link from the email, confirms, logs in, starts an application on an open call, fills every step the
 * steps navigation lists, checks the summary, submits, and reads the submitted status and its timeline. axe-core runs
 * on every page the walk shows (error summaries included) and the walk fails on any serious or critical violation.
 *
 * <p>Each step of the form is one small method in {@link #fillers}, keyed by the step's path segment
 * ({@code /applicant/applications/{id}/<step>}); a step the navigation lists without a filler is visited and checked,
 * and the summary names it if submission needs it.
 *
 * <p>The review walk continues from the English applicant's submission (in English): the first ADMIN invites three
 * reviewers on the people pages, each sets a password through the link in their email; ADMIN screens the application
 * and assigns two reviewers; the first declares a conflict and ADMIN assigns the third in that slot; the other two
 * declare no conflict and score; the applicant then reads "reviewed" and ADMIN the result. One browser serves everybody:
 * each person logs in on the login page and out through the header's form. The job executor is off in tests, so the
 * walk runs the application's due jobs itself where the process must move on.
 *
 * <p>The board walk continues from the reviewed application (READY_FOR_BOARD after due diligence): ADMIN seats four
 * board members from three constituencies on the people pages and makes one the chair; ADMIN puts the application on
 * a meeting's docket with a draft schedule of two tranches; the chair records attendance (one absent), opens "approve
 * as drafted", the present members vote (one abstains), the absent member's vote is refused, and the chair's close
 * finds quorum by the real rule and the motion carried. The applicant reads the offer, enters bank details, accepts;
 * the grant is committed and its first tranche due; FINANCE confirms the bank details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:fund-browser;DB_CLOSE_DELAY=-1", "camunda.bpm.process-engine-name=browser",
        "spring.thymeleaf.cache=true"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserApplicantWalkTest {

    /** One SMTP server for the class, on the tests' free port ({@link TestSmtp}). */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    static final String PASSWORD = "a-long-password-1";
    static final Duration WAIT = Duration.ofSeconds(15);

    static Chromium chromium;

    /** The English walk's submitted application, where the review walk continues (run alone, the review walk makes it). */
    static Submitted submittedInEnglish;

    /** The same application once reviewed and through due diligence (READY_FOR_BOARD), where the board walk continues. */
    static Submitted readyForBoard;

    record Submitted(String applicantEmail, String applicationId, String title) {}

    /** A reviewer or board member as ADMIN invites them; {@code id} from their page's address. */
    record Invitee(String name, String email, String id) {}

    @LocalServerPort int port;
    @Autowired CallService calls;
    @Autowired OutboxSender outbox;
    @Autowired DueJobs jobs;
    @Autowired MessageSource messages;
    @Autowired Clock clock;
    @Autowired PeopleService people;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired DonorService donors;
    @Autowired PledgeService pledges;

    WebDriver browser;
    Locale locale;
    String base;
    FundingCall call;
    final List<Axe.Violation> violations = new ArrayList<>();
    final List<String> pagesChecked = new ArrayList<>();
    long axeNanos;

    /** What the walk types into each step of the application form, keyed by the step's path segment. */
    final Map<String, Runnable> fillers = new LinkedHashMap<>();

    @BeforeAll
    static void startBrowser() throws Exception {
        Chromium.requireInstalled();
        chromium = Chromium.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void setUp() {
        browser = chromium.driver;
        browser.manage().deleteAllCookies();
        base = "http://localhost:" + port;
        call = openCall();
        fillers.put("organisation", this::fillOrganisation);
        fillers.put("project", this::fillProject);
        fillers.put("budget", this::fillBudget);
        fillers.put("results", this::fillResults);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    @Order(1)
    void aNewApplicantRegistersConfirmsAppliesAndSubmits(String language) {
        Submitted submitted = applicantWalk(language);
        if (language.equals("en")) {
            submittedInEnglish = submitted;
        }

        System.err.printf("[browser walk] %s: %d pages checked by axe-core in %d ms%n", language, pagesChecked.size(), axeNanos / 1_000_000);
        assertThat(violations).as("axe-core serious or critical violations on %s", pagesChecked).isEmpty();
    }

    /**
     * After the English submission: reviewers invited on the people pages, screening, assignment, a conflict and a
     * replacement, two independent reviews, and the result for the applicant and for ADMIN.
     */
    @Test
    @Order(2)
    void theSubmittedApplicationIsScreenedAndReviewedByReviewersInvitedOnThePeoplePages() {
        Submitted app = submittedInEnglish != null ? submittedInEnglish : applicantWalk("en");
        long start = System.nanoTime();
        readyForBoard = reviewWalk(app);

        System.err.printf("[browser walk] review: %d pages checked by axe-core (%d ms) in %d ms%n", pagesChecked.size(),
                axeNanos / 1_000_000, (System.nanoTime() - start) / 1_000_000);
        assertThat(violations).as("axe-core serious or critical violations on %s", pagesChecked).isEmpty();
    }

    /** The review walk of {@link #theSubmittedApplicationIsScreenedAndReviewedByReviewersInvitedOnThePeoplePages}: the application ends READY_FOR_BOARD. */
    private Submitted reviewWalk(Submitted app) {
        locale = Locale.ENGLISH;
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Person admin = people.createActive(null, "admin." + tag + "@browser.test", "Grace Admin", PASSWORD, PeopleService.roles(Role.ADMIN));
        runJobs(app);

        logInAs(admin.email(), "/admin");
        List<Invitee> invited = List.of(invite("Reviewer One", tag), invite("Reviewer Two", tag), invite("Reviewer Three", tag));
        screen(app);
        logOut();
        runJobs(app);
        for (Invitee invitee : invited) {
            acceptTheInvitationFromTheEmail(invitee, invitee == invited.get(0));
        }
        Invitee first = invited.get(0);
        Invitee second = invited.get(1);
        Invitee third = invited.get(2);

        logInAs(admin.email(), "/admin");
        assignTheFirstReviewers(app, List.of(first, second), List.of(first, third));
        logOut();
        runJobs(app);

        String reason = "I advised this university's data team last year.";
        logInAs(first.email(), "/reviewer");
        declareAConflict(app, reason);
        logOut();
        runJobs(app);

        logInAs(admin.email(), "/admin");
        assignAnotherReviewer(app, first, reason, third);
        logOut();
        runJobs(app);

        logInAs(second.email(), "/reviewer");
        declareNoConflictAndScore(app, new int[] {4, 4, 4, 4, 4}, "Two", null);
        logOut();
        runJobs(app);

        logInAs(third.email(), "/reviewer");
        declareNoConflictAndScore(app, new int[] {5, 4, 4, 5, 4}, "Three", "Two");
        logOut();
        runJobs(app);

        logInAs(second.email(), "/reviewer");
        readTheOtherReview(app, "Three");
        logOut();

        logInAs(app.applicantEmail(), "/applicant");
        readTheReviewedStatus(app);
        logOut();

        logInAs(admin.email(), "/admin");
        readTheResult(app, List.of(first, second, third), "4.20", "FUND");
        logOut();
        return app;
    }

    /**
     * After the review and due diligence (READY_FOR_BOARD): ADMIN seats a board of four on the people pages (three
     * constituencies, one chair), each member sets a password from the emailed link; ADMIN puts the application on a
     * meeting's docket with a two-tranche draft schedule; the chair records attendance (one absent), opens "approve as
     * drafted", the present members vote (one abstains), the absent one is refused, and the chair closes the vote:
     * carried with quorum under the real rule. The applicant then reads the offer, enters bank details and accepts;
     * the grant is committed, the first tranche due; FINANCE confirms the bank details.
     */
    @Test
    @Order(3)
    void theBoardSeatedOnThePeoplePagesApprovesWithQuorumAndTheApplicantAccepts() {
        Submitted app = readyForBoard != null ? readyForBoard
                : reviewWalk(submittedInEnglish != null ? submittedInEnglish : applicantWalk("en"));
        long start = System.nanoTime();
        int pagesBefore = pagesChecked.size();
        long axeBefore = axeNanos;
        locale = Locale.ENGLISH;
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Person admin = people.createActive(null, "board.admin." + tag + "@browser.test", "Ada Admin", PASSWORD, PeopleService.roles(Role.ADMIN));
        // FINANCE records pledges on its own pages (tested with the contribution pages); here the money is there already:
        // an unconditional pledge to the unrestricted fund the walk's call draws on, so the acceptance can commit the grant.
        unrestrictedUsdPledged("50000.00");

        logInAs(admin.email(), "/admin");
        Invitee chair = invite("Board Chair", tag, Role.BOARD_MEMBER, Constituency.GOVERNMENTS);
        Invitee civil = invite("Board Civil", tag, Role.BOARD_MEMBER, Constituency.CIVIL_SOCIETY);
        Invitee philanthropy = invite("Board Philanthropy", tag, Role.BOARD_MEMBER, Constituency.PHILANTHROPY);
        Invitee absent = invite("Board Absent", tag, Role.BOARD_MEMBER, Constituency.CIVIL_SOCIETY);
        logOut();
        List<Invitee> board = List.of(chair, civil, philanthropy, absent);
        board.forEach(member -> acceptTheInvitationFromTheEmail(member, false));

        logInAs(admin.email(), "/admin");
        // Only an active member can chair: the chair's seat is completed once they set their password.
        fromTheAdminArea("/admin/people");
        click(By.xpath("//main//table//a[normalize-space()='" + chair.name() + "']"));
        assertThat(mainText()).contains(text("people.status.ACTIVE"), text("role.BOARD_MEMBER"));
        setTheBoardSeat(Constituency.GOVERNMENTS, true);
        String meetingId = createAMeeting();
        putOnTheDocket(app, meetingId);
        logOut();

        logInAs(chair.email(), "/board");
        openTheBoardMeeting(meetingId);
        recordAttendance(board, absent);
        openTheItem(app);
        openTheMotionApproveAsDrafted();
        vote(VoteChoice.FOR);
        logOut();

        logInAs(civil.email(), "/board");
        openTheBoardMeeting(meetingId);
        openTheItem(app);
        vote(VoteChoice.FOR);
        logOut();

        logInAs(philanthropy.email(), "/board");
        openTheBoardMeeting(meetingId);
        openTheItem(app);
        vote(VoteChoice.ABSTAIN);
        logOut();

        logInAs(absent.email(), "/board");
        openTheBoardMeeting(meetingId);
        openTheItem(app);
        voteWhileAbsent();
        logOut();

        logInAs(chair.email(), "/board");
        openTheBoardMeeting(meetingId);
        openTheItem(app);
        closeTheVote(board, absent);
        logOut();
        runJobs(app);

        logInAs(app.applicantEmail(), "/applicant");
        readTheOffer(app);
        enterBankDetails();
        acceptTheGrant();
        runJobs(app);
        readTheCommittedStatus(app);
        logOut();

        Person finance = people.createActive(null, "finance." + tag + "@browser.test", "Femi Finance", PASSWORD, PeopleService.roles(Role.FINANCE));
        logInAs(finance.email(), "/finance");
        confirmTheBankDetails();
        logOut();

        System.err.printf("[browser walk] board and grant: %d pages checked by axe-core (%d ms) in %d ms%n", pagesChecked.size() - pagesBefore,
                (axeNanos - axeBefore) / 1_000_000, (System.nanoTime() - start) / 1_000_000);
        assertThat(violations).as("axe-core serious or critical violations on %s", pagesChecked).isEmpty();
    }

    /** The check itself: a page with an unlabelled field and an image without text fails it, naming rule and element. */
    @Test
    @Order(0)
    void theAccessibilityCheckReportsSeriousAndCriticalViolations() {
        browser.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang='en'><head><title>t</title></head><body><main>"
                + "<h1>t</h1><img src='x.png' id='pic'><input type='text' id='nameless'></main></body></html>");

        List<Axe.Violation> found = Axe.check(browser, "sample");

        assertThat(found).extracting(Axe.Violation::id).contains("image-alt", "label");
        assertThat(found).filteredOn(v -> v.id().equals("image-alt")).singleElement()
                .satisfies(v -> assertThat(v.impact()).isEqualTo("critical"))
                .satisfies(v -> assertThat(v.targets()).containsExactly("[\"#pic\"]"));
    }

    // --- the applicant's walk ---

    /** Registers, confirms, applies and submits in {@code language}; the submitted application, logged out. */
    private Submitted applicantWalk(String language) {
        locale = Locale.forLanguageTag(language);
        String email = "walker." + language + "." + UUID.randomUUID().toString().substring(0, 8) + "@browser.test";

        register(email, language);
        confirmFromTheEmail(email);
        logIn(email);
        startAnApplication();
        fillEveryStep();
        submitFromTheSummary();
        readTheStatusAndTimeline();
        Submitted submitted = new Submitted(email, path().substring(path().lastIndexOf('/') + 1), h1());
        logOut();
        return submitted;
    }

    private void register(String email, String language) {
        // The reader picks their language with the language choice in the header.
        open("/register");
        click(By.cssSelector("header a[hreflang='" + language + "']"));
        expectLanguage();
        assertThat(h1()).isEqualTo(text("account.register.title"));
        check("register");
        keyboardStartsWithTheSkipLink();

        // A mistake first, so the error summary and the field message are checked too.
        type("displayName", "Amina Diallo");
        type("email", email);
        type("password", PASSWORD);
        type("confirmation", PASSWORD + "-typo");
        submit(By.cssSelector("main form button[type=submit]"));
        WebElement summary = browser.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(summary.findElement(By.cssSelector("a[href='#confirmation']")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("confirmation")).getAttribute("aria-describedby")).isEqualTo("confirmation-error");
        expectErrorSummaryLinksToFields();
        check("register (refused)");

        type("password", PASSWORD);
        type("confirmation", PASSWORD);
        assertThat(new Select(browser.findElement(By.id("language"))).getFirstSelectedOption().getAttribute("value"))
                .as("the language chosen in the header is preselected").isEqualTo(language);
        new Select(browser.findElement(By.id("language"))).selectByValue(language);
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(h1()).isEqualTo(text("account.checkEmail.title"));
        check("register (sent)");
    }

    private void confirmFromTheEmail(String email) {
        String link = confirmationLink(email);
        open(URI.create(link).getPath());
        expectLanguage();
        assertThat(h1()).isEqualTo(text("account.confirm.title"));
        check("confirm");
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).isEqualTo(text("login.confirmed"));
        check("login (confirmed)");
    }

    private void logIn(String email) {
        // From here on the language is the one chosen at registration, not the header's: the cookie goes.
        browser.manage().deleteCookieNamed("fund-lang");
        type("username", email);
        type("password", PASSWORD);
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(path()).isEqualTo("/applicant");
        expectLanguage();
        assertThat(h1()).isEqualTo(text("area.applicant.title"));
        check("applicant area");
    }

    private void startAnApplication() {
        click(By.cssSelector("main a[href$='/applicant/applications']"));
        assertThat(h1()).isEqualTo(text("application.mine"));
        check("my applications");
        WebElement form = browser.findElements(By.cssSelector("main form")).stream()
                .filter(f -> f.getText().contains(call.ref())).findFirst()
                .orElseThrow(() -> new AssertionError("no start form for " + call.ref() + " on " + browser.getCurrentUrl()));
        assertThat(form.findElement(By.tagName("button")).getText()).isEqualTo(text("application.start"));
        submit(form.findElement(By.tagName("button")));
        assertThat(path()).endsWith("/organisation");
    }

    /** Every step the steps navigation lists, in its order, up to the summary. */
    private void fillEveryStep() {
        List<String[]> steps = browser.findElements(By.cssSelector("nav.steps a")).stream()
                .map(a -> new String[] {stepOf(a.getAttribute("href")), a.getAttribute("href"), a.getText()}).toList();
        assertThat(steps).as("steps navigation").isNotEmpty();
        for (String[] step : steps) {
            String name = step[0];
            assertThat(step[2]).as("the step %s is named in the reader's language", name).isNotBlank();
            if (name.equals("summary")) {
                break;
            }
            if (!path().equals(URI.create(step[1]).getPath())) {
                open(URI.create(step[1]).getPath());
            }
            check("step " + name);
            Runnable filler = fillers.get(name);
            if (filler == null) {
                System.err.println("[browser walk] no filler for the step '" + name + "': visited and checked, left as it is");
                continue;
            }
            filler.run();
            submit(By.cssSelector("main form button[name=action][value=continue]"));
            List<WebElement> errors = browser.findElements(By.cssSelector("main .error-summary, main .field-error"));
            if (!errors.isEmpty()) {
                fail("the step " + name + " was refused: " + errors.stream().map(WebElement::getText).toList());
            }
        }
    }

    private void submitFromTheSummary() {
        open(URI.create(browser.getCurrentUrl()).getPath().replaceAll("/[^/]+$", "/summary"));
        assertThat(h1()).isEqualTo(text("application.nav.summary"));
        check("summary");
        List<WebElement> missing = browser.findElements(By.cssSelector("main .notice.warning li"));
        if (!missing.isEmpty()) {
            fail("the summary says steps are missing: " + missing.stream().map(WebElement::getText).toList()
                    + "; steps with a filler: " + fillers.keySet());
        }
        WebElement button = browser.findElement(By.cssSelector("main form[action$='/submission'] button[type=submit]"));
        assertThat(button.getText()).isEqualTo(text("application.submit"));
        submit(button);
    }

    private void readTheStatusAndTimeline() {
        assertThat(path()).matches("/applicant/applications/[^/]+");
        expectLanguage();
        assertThat(browser.findElement(By.cssSelector("main p.status")).getText()).isEqualTo(text("application.status.SUBMITTED"));
        assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).isEqualTo(text("form.saved"));
        List<String> timeline = browser.findElements(By.cssSelector("main table tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
        assertThat(timeline).contains(text("application.event.STARTED"), text("application.event.SUBMITTED"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Walk " + locale.getLanguage());
        check("status");
    }

    private void logOut() {
        submit(By.cssSelector("header form[action$='/logout'] button"));
    }

    // --- the review walk, one method per step ---

    /** Logs in on the login page and lands in the person's area (one role each). */
    private void logInAs(String email, String area) {
        open("/login");
        assertThat(h1()).isEqualTo(text("login.title"));
        type("username", email);
        type("password", PASSWORD);
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(path()).as("where %s lands after logging in", email).isEqualTo(area);
        expectLanguage();
        checkOnce("area " + area);
    }

    /** ADMIN invites a reviewer on the people pages; the person's page says the invitation went out. */
    private Invitee invite(String name, String tag) {
        return invite(name, tag, Role.REVIEWER, null);
    }

    /**
     * ADMIN invites a person with {@code role} on the people pages; the person's page says the invitation went out. A
     * board member's seat ({@code seat}, not null for BOARD_MEMBER) is set on the same page before going back.
     */
    private Invitee invite(String name, String tag, Role role, Constituency seat) {
        String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + tag + (role == Role.REVIEWER ? "@reviewers.test" : "@board.test");
        if (!path().equals("/admin/people")) {
            fromTheAdminArea("/admin/people");
        }
        assertThat(h1()).isEqualTo(text("people.title"));
        checkOnce("people");
        type("email", email);
        type("displayName", name);
        checkBox(By.id("role-" + role.name()));
        submit(By.cssSelector("main form[action$='/admin/people'] button[type=submit]"));
        assertThat(path()).startsWith("/admin/people/");
        Invitee invitee = new Invitee(name, email, path().substring("/admin/people/".length()));
        assertThat(h1()).isEqualTo(name);
        assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).contains(text("people.invitationSent"));
        assertThat(mainText()).contains(invitee.email(), text("role." + role.name()), text("people.status.INVITED"));
        checkOnce("person invited (" + role + ")");
        if (seat != null) {
            setTheBoardSeat(seat, false);
        }
        click(By.cssSelector("main a[href$='/admin/people']"));
        return invitee;
    }

    /** On a board member's page, ADMIN sets their constituency and whether they chair the board. */
    private void setTheBoardSeat(Constituency seat, boolean chair) {
        new Select(browser.findElement(By.id("constituency"))).selectByValue(seat.name());
        WebElement box = browser.findElement(By.id("chair"));
        if (box.isSelected() != chair) {
            box.click();
        }
        submit(By.cssSelector("main form[action$='/board-seat'] button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).isEqualTo(text("people.flash.seatSet"));
        assertThat(new Select(browser.findElement(By.id("constituency"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(seat.name());
        assertThat(browser.findElement(By.id("chair")).isSelected()).isEqualTo(chair);
        checkOnce("person (board seat saved)");
    }

    /** ADMIN finds the application on the screening list and hands it over to review. */
    private void screen(Submitted app) {
        fromTheAdminArea("/admin/screening");
        assertThat(h1()).isEqualTo(text("screening.title"));
        check("screening");
        click(By.xpath("//main//table//a[normalize-space()='" + app.title() + "']"));
        assertThat(h1()).isEqualTo(app.title());
        check("screening task");
        submit(By.xpath("//main//form[input[@name='outcome' and @value='SCREENED']]//button[@type='submit']"));
        assertThat(path()).isEqualTo("/admin/screening");
        assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).isEqualTo(text("form.saved"));
        assertThat(browser.findElements(By.xpath("//main//table//a[normalize-space()='" + app.title() + "']"))).isEmpty();
    }

    /** The invitee opens the link from their email and chooses a password (once with a typo first, for the error page). */
    private void acceptTheInvitationFromTheEmail(Invitee invitee, boolean withATypoFirst) {
        open(URI.create(linkInTheEmail(invitee.email(), "/invitation/")).getPath());
        assertThat(h1()).isEqualTo(text("invitation.title"));
        assertThat(mainText()).contains(text("invitation.welcome", invitee.name()));
        checkOnce("invitation");
        if (withATypoFirst) {
            type("password", PASSWORD);
            type("confirmation", PASSWORD + "-typo");
            submit(By.cssSelector("main form button[type=submit]"));
            assertThat(browser.findElement(By.cssSelector("main .error-summary[role=alert] a[href='#password']")).getText()).isNotBlank();
            check("invitation (refused)");
        }
        type("password", PASSWORD);
        type("confirmation", PASSWORD);
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(path()).isEqualTo("/login");
        assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).isEqualTo(text("login.welcome"));
        checkOnce("login (password set)");
    }

    /**
     * ADMIN opens the "Assign reviewers" task: the suggestions (fewest open reviews, then by name) are checked; ADMIN
     * chooses two others instead, sets the deadline and assigns.
     */
    private void assignTheFirstReviewers(Submitted app, List<Invitee> chosen, List<Invitee> suggested) {
        openTask(app, "FIRST");
        assertThat(browser.findElement(By.cssSelector("main dl.facts")).getText()).contains("Université Cheikh Anta Diop", "Senegal");
        Map<String, WebElement> boxes = candidates();
        assertThat(boxes).as("the reviewers offered").containsOnlyKeys(List.of(chosen.get(0).name(), chosen.get(1).name(),
                suggested.get(1).name()));
        assertThat(boxes.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey))
                .as("the suggested reviewers are checked").containsExactlyInAnyOrderElementsOf(suggested.stream().map(Invitee::name).toList());
        boxes.forEach((name, box) -> {
            if (box.isSelected() != chosen.stream().anyMatch(i -> i.name().equals(name))) {
                box.click();
            }
        });
        LocalDate due = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(14);
        typeDate("dueOn", due);
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(path()).isEqualTo("/admin/reviews");
        assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).isEqualTo(text("form.saved"));
        check("reviews (assigned)");
    }

    /** The reviewer sees title, organisation and country only, and declares a conflict with its reason. */
    private void declareAConflict(Submitted app, String reason) {
        openMyReview(app);
        assertThat(browser.findElement(By.cssSelector("main p.status")).getText()).contains(text("review.status.ASSIGNED"));
        assertThat(browser.findElement(By.cssSelector("main dl.facts")).getText()).contains("Université Cheikh Anta Diop", "Senegal");
        expectNothingBeyondTitleOrganisationAndCountry();
        check("review (declaration)");

        // The conflict without its reason first: the message sits next to the field.
        browser.findElement(By.id("choice-conflict")).click();
        submit(By.cssSelector("main form button[type=submit]"));
        expectErrorSummaryLinksToFields();
        assertThat(browser.findElement(By.id("reason-error")).getText()).isEqualTo(text("review.error.reason"));
        expectNothingBeyondTitleOrganisationAndCountry();
        check("review (declaration refused)");

        assertThat(browser.findElement(By.id("choice-conflict")).isSelected()).as("the choice is kept").isTrue();
        type("reason", reason);
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(path()).isEqualTo("/reviewer/reviews");
        assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).isEqualTo(text("form.saved"));
        assertThat(mainText()).contains(text("review.noneMine")).doesNotContain(app.title());
        check("my reviews (after a conflict)");
    }

    /** ADMIN opens "Assign another reviewer": it names the previous reviewer and the reason; ADMIN picks the third. */
    private void assignAnotherReviewer(Submitted app, Invitee conflicted, String reason, Invitee next) {
        openTask(app, "ANOTHER");
        assertThat(browser.findElement(By.cssSelector("main dl.facts")).getText())
                .contains(conflicted.name(), text("review.admin.conflicted", reason));
        Map<String, WebElement> radios = candidates();
        assertThat(radios).as("the only reviewer left").containsOnlyKeys(next.name());
        assertThat(radios.get(next.name()).getAttribute("type")).isEqualTo("radio");
        if (!radios.get(next.name()).isSelected()) {
            radios.get(next.name()).click();
        }
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(path()).isEqualTo("/admin/reviews");
        assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).isEqualTo(text("form.saved"));
    }

    /**
     * The reviewer declares no conflict, reads the whole application, scores each criterion (a comment missing first)
     * and submits. Before submitting they see no other reviewer's scores, even one already submitted; after, they see
     * the other submitted review ({@code peer}'s comments) or that none is in yet.
     */
    private void declareNoConflictAndScore(Submitted app, int[] scores, String me, String peer) {
        openMyReview(app);
        expectNothingBeyondTitleOrganisationAndCountry();
        browser.findElement(By.id("choice-none")).click();
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).isEqualTo(text("form.saved"));
        assertThat(mainText()).as("the whole application").contains("Shared compute for health data teams", "Health data teams trained");
        assertThat(browser.findElement(By.cssSelector("main p.status")).getText()).contains(text("review.status.DECLARED"));
        assertThat(mainText()).doesNotContain(text("review.peersTitle"), "Reviewer Two on", "Reviewer Three on");
        assertThat(browser.findElements(By.cssSelector("main form[action$='/scores'] fieldset"))).hasSize(5);
        checkOnce("review (scores)");

        List<WebElement> scoreFields = browser.findElements(By.cssSelector("main form[action$='/scores'] select"));
        List<WebElement> commentFields = browser.findElements(By.cssSelector("main form[action$='/scores'] textarea"));
        assertThat(scoreFields).hasSize(scores.length);
        String missing = commentFields.get(0).getAttribute("id");
        for (int i = 0; i < scores.length; i++) {
            new Select(scoreFields.get(i)).selectByValue(String.valueOf(scores[i]));
            if (i > 0 || peer != null) {
                type(commentFields.get(i).getAttribute("id"), "Reviewer " + me + " on criterion " + (i + 1) + ".");
            }
        }
        submit(By.cssSelector("main form[action$='/scores'] button[type=submit]"));
        if (peer == null) {
            // The first comment was left out: refused, the message next to it, every score kept.
            assertThat(browser.findElement(By.id(missing + "-error")).getText()).isEqualTo(text("review.error.comment"));
            expectErrorSummaryLinksToFields();
            check("review (scores refused)");
            type(missing, "Reviewer " + me + " on criterion 1.");
            submit(By.cssSelector("main form[action$='/scores'] button[type=submit]"));
        }

        assertThat(browser.findElement(By.cssSelector("main p.status")).getText()).contains(text("review.status.SUBMITTED"));
        assertThat(mainText()).contains("Reviewer " + me + " on criterion 5.", text("review.peersTitle"));
        if (peer == null) {
            assertThat(mainText()).contains(text("review.noPeers"));
            check("review (submitted, alone)");
        } else {
            assertThat(mainText()).doesNotContain(text("review.noPeers")).contains("Reviewer " + peer + " on criterion 1.");
            check("review (submitted, with the other)");
        }
    }

    /** Once both are in, the first to submit sees the other's review too. */
    private void readTheOtherReview(Submitted app, String peer) {
        openMyReview(app);
        assertThat(mainText()).doesNotContain(text("review.noPeers")).contains("Reviewer " + peer + " on criterion 5.");
    }

    private void readTheReviewedStatus(Submitted app) {
        open("/applicant/applications/" + app.applicationId());
        // Due diligence ran after the review (nothing matched): the application waits for the board.
        assertThat(browser.findElement(By.cssSelector("main p.status")).getText()).isEqualTo(text("application.status.READY_FOR_BOARD"));
        assertThat(mainText()).contains(text("application.next.READY_FOR_BOARD")).contains(text("application.event.REVIEWED"))
                .contains(text("application.event.DUE_DILIGENCE_PASSED"));
        check("status (ready for the board)");
    }

    /** ADMIN's page of the application's reviews: the result and every review, the conflicted one included. */
    private void readTheResult(Submitted app, List<Invitee> reviewers, String mean, String recommendation) {
        // The reviews list shows applications in review only: once due diligence has passed (READY_FOR_BOARD) it no
        // longer names this one, and no page links to its reviews any more, so the walk opens the page by its address.
        open("/admin/reviews");
        assertThat(browser.findElements(By.xpath("//main//table//a[normalize-space()='" + app.title() + "']"))).isEmpty();
        open("/admin/reviews/applications/" + app.applicationId());
        assertThat(browser.findElement(By.cssSelector("main p.status")).getText()).isEqualTo(text("application.status.READY_FOR_BOARD"));
        Map<String, String> facts = new LinkedHashMap<>();
        List<WebElement> terms = browser.findElements(By.cssSelector("main dl.facts dt"));
        List<WebElement> values = browser.findElements(By.cssSelector("main dl.facts dd"));
        for (int i = 0; i < terms.size(); i++) {
            facts.put(terms.get(i).getText(), values.get(i).getText());
        }
        assertThat(facts).containsEntry(text("review.admin.mean"), mean).containsEntry(text("review.admin.count"), "2")
                .containsEntry(text("review.admin.recommendation"), text("review.recommendation." + recommendation));
        String table = browser.findElement(By.cssSelector("main table")).getText();
        reviewers.forEach(r -> assertThat(table).contains(r.name()));
        assertThat(table).contains(text("review.status.CONFLICTED"), text("review.status.SUBMITTED"));
        check("reviews of the application");
    }

    private void openTask(Submitted app, String kind) {
        fromTheAdminArea("/admin/reviews");
        assertThat(h1()).isEqualTo(text("review.admin.title"));
        checkOnce("reviews");
        click(By.xpath("//main//table//tr[td[2][normalize-space()='" + text("review.admin.kind." + kind) + "']]//a[normalize-space()='"
                + app.title() + "']"));
        assertThat(h1()).isEqualTo(text("review.admin.kind." + kind));
        check("task " + kind);
    }

    /** Follows the ADMIN area's link to {@code page} (from the area itself, or from wherever ADMIN is). */
    private void fromTheAdminArea(String page) {
        if (!path().equals("/admin")) {
            open("/admin");
        }
        click(By.cssSelector("main a[href$='" + page + "']"));
    }

    /** The reviewers a task offers, by name, with their checkbox or radio button. */
    private Map<String, WebElement> candidates() {
        Map<String, WebElement> found = new LinkedHashMap<>();
        for (WebElement input : browser.findElements(By.cssSelector("main input[name=reviewers]"))) {
            String label = browser.findElement(By.cssSelector("main label[for='" + input.getAttribute("id") + "']")).getText();
            found.put(label.replaceFirst(" \\(.*\\)$", ""), input);
        }
        return found;
    }

    /** From the reviewer's area to their one review of the application: the list shows title, organisation and country. */
    private void openMyReview(Submitted app) {
        click(By.cssSelector("main a[href$='/reviewer/reviews']"));
        assertThat(h1()).isEqualTo(text("review.mine"));
        List<WebElement> rows = browser.findElements(By.cssSelector("main table tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains(app.title(), "Université Cheikh Anta Diop", "Senegal");
        checkOnce("my reviews");
        click(By.xpath("//main//table//a[normalize-space()='" + app.title() + "']"));
        assertThat(h1()).isEqualTo(app.title());
    }

    /** Before declaring: nothing of the project, the budget or the results. */
    private void expectNothingBeyondTitleOrganisationAndCountry() {
        assertThat(mainText()).doesNotContain("Shared compute for health data teams", "Health data teams trained", "30,000.00");
    }

    /**
     * Types a date into a date field as a reader does, digit by digit in the order the browser shows the field's parts
     * (its own locale's date order: headless chromium shows month, day, year even with {@code --lang=en-GB}), and
     * checks the value the form sends.
     */
    private void typeDate(String id, LocalDate day) {
        String order = (String) ((JavascriptExecutor) browser).executeScript("return new Intl.DateTimeFormat()"
                + ".formatToParts(new Date(2000, 10, 22)).filter(p => p.type !== 'literal').map(p => p.type).join(',');");
        Map<String, String> parts = Map.of("day", String.format("%02d", day.getDayOfMonth()), "month",
                String.format("%02d", day.getMonthValue()), "year", String.format("%04d", day.getYear()));
        StringBuilder keys = new StringBuilder();
        for (String part : order.split(",")) {
            keys.append(parts.getOrDefault(part, ""));
        }
        WebElement field = browser.findElement(By.id(id));
        field.sendKeys(keys);
        assertThat(field.getAttribute("value")).as("the date typed into #%s (parts in the order %s)", id, order).isEqualTo(day.toString());
    }

    /** Runs the application's due jobs (every process with its business key) until none is left, then sends the mail. */
    private void runJobs(Submitted app) {
        jobs.runDue(app.applicationId());
        outbox.sendDue();
    }

    // --- the board walk and the grant, one method per step ---

    /** An unconditional pledge of {@code amount} USD to the unrestricted fund, recognised today (so available for commitment). */
    private void unrestrictedUsdPledged(String amount) {
        String ref = "B-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Donor donor = donors.register(null, new DonorService.NewDonor(ref, "Donor " + ref, Donor.DonorKind.ORGANISATION, "10", "NO", null, null));
        pledges.record(null, UUID.randomUUID().toString(), new PledgeService.NewPledge(donor.id(), Fund.UNRESTRICTED, "USD", amount, today(),
                null, false, null, null));
    }

    /** ADMIN opens the board page from the admin area and creates a meeting today (the chair acts on its day); its id. */
    private String createAMeeting() {
        fromTheAdminArea("/admin/board");
        assertThat(h1()).isEqualTo(text("board.admin.title"));
        check("board (admin)");
        LocalDateTime when = today().atTime(14, 30);
        typeDateTime("startsAt", when);
        type("place", "Room 2, Nairobi, and online");
        submit(By.id("create-meeting"));
        assertThat(path()).matches("/admin/board/meetings/[^/]+");
        assertThat(h1()).startsWith(text("board.meeting", "BM-" + DateTimeFormatter.BASIC_ISO_DATE.format(when) + "-"));
        assertThat(browser.findElement(By.cssSelector("main dl.facts")).getText())
                .contains(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(when) + " UTC", "Room 2, Nairobi, and online");
        return path().substring(path().lastIndexOf('/') + 1);
    }

    /**
     * ADMIN puts the application on the meeting's docket with two tranches (the second's condition left out first:
     * refused, the message next to it, nothing written), then sees the docket and the packet, which downloads.
     */
    private void putOnTheDocket(Submitted app, String meetingId) {
        assertThat(mainText()).contains(text("board.emptyDocket"));
        assertThat(browser.findElements(By.id("packet"))).isEmpty();
        check("board meeting (admin, empty docket)");
        click(By.id("add-" + app.applicationId()));
        assertThat(h1()).isEqualTo(text("board.admin.add"));
        assertThat(browser.findElement(By.cssSelector("main dl.facts")).getText()).contains(app.title(), "Université Cheikh Anta Diop");
        check("docket item (admin)");

        type("amount-1", "30000.00");
        type("condition-1", "Signed grant agreement");
        type("month-1", "0");
        type("amount-2", "12500.50");
        type("month-2", "6");
        submit(By.id("add-item"));
        assertThat(browser.findElement(By.id("condition-2-error")).getText()).isEqualTo(text("board.error.condition", BoardRules.MAX_CONDITION));
        expectErrorSummaryLinksToFields();
        assertThat(browser.findElement(By.id("amount-2")).getAttribute("value")).as("the typed rows are kept").isEqualTo("12500.50");
        check("docket item (admin, refused)");

        type("condition-2", "First progress report verified");
        submit(By.id("add-item"));
        assertThat(path()).isEqualTo("/admin/board/meetings/" + meetingId);
        assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).isEqualTo(text("form.saved"));
        List<WebElement> docket = browser.findElements(By.cssSelector("main table tbody tr"));
        assertThat(docket).as("the docket").hasSize(1);
        assertThat(docket.get(0).getText()).contains(app.title(), "42,500.50", text("board.item.OPEN"));
        assertThat(browser.findElements(By.id("add-" + app.applicationId()))).as("no longer waiting for a docket").isEmpty();
        WebElement packet = browser.findElement(By.id("packet"));
        assertThat(packet.getText()).isEqualTo(text("board.packet"));
        assertThat(URI.create(packet.getAttribute("href")).getPath()).isEqualTo("/admin/board/meetings/" + meetingId + "/packet");
        expectPdf(packet.getAttribute("href"));
        check("board meeting (admin, docket)");
    }

    /** From the board area (where a member lands) to the meeting. */
    private void openTheBoardMeeting(String meetingId) {
        assertThat(h1()).isEqualTo(text("area.board.title"));
        click(By.cssSelector("main a[href$='/board/meetings/" + meetingId + "']"));
        assertThat(path()).isEqualTo("/board/meetings/" + meetingId);
        checkOnce("board meeting");
    }

    /** The chair records every member present but {@code absent}. */
    private void recordAttendance(List<Invitee> board, Invitee absent) {
        assertThat(mainText()).contains(board.get(0).name() + " (" + text("board.chair") + ")", text("constituency.GOVERNMENTS"),
                text("constituency.CIVIL_SOCIETY"), text("constituency.PHILANTHROPY"));
        for (Invitee member : board) {
            assertThat(browser.findElement(By.id("presence-" + member.id())).getText()).isEqualTo(text("board.notRecorded"));
            click(By.id((member == absent ? "absent-" : "present-") + member.id()));
            assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).isEqualTo(text("form.saved"));
            assertThat(browser.findElement(By.id("presence-" + member.id())).getText())
                    .isEqualTo(text(member == absent ? "board.absent" : "board.present"));
        }
        check("board meeting (attendance recorded)");
    }

    private void openTheItem(Submitted app) {
        click(By.id("item-" + app.applicationId()));
        assertThat(h1()).isEqualTo(app.title());
    }

    /** The chair reads the item (the draft schedule, nobody recused) and opens the motion "approve as drafted". */
    private void openTheMotionApproveAsDrafted() {
        assertThat(browser.findElement(By.id("item-status")).getText()).isEqualTo(text("board.item.OPEN"));
        assertThat(browser.findElement(By.id("proposed-total")).getText()).contains("42,500.50");
        assertThat(mainText()).contains("Signed grant agreement", "First progress report verified", text("board.noMotions"));
        assertThat(browser.findElements(By.cssSelector("#recusals li"))).isEmpty();
        check("board item (chair, no motion)");
        browser.findElement(By.id("kind-APPROVE_AS_DRAFTED")).click();
        submit(By.id("open-motion"));
        assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).isEqualTo(text("form.saved"));
        assertThat(browser.findElement(By.cssSelector("#motion-1 h3")).getText()).contains(text("board.kind.APPROVE_AS_DRAFTED"));
        assertThat(browser.findElement(By.id("motion-status-1")).getText()).isEqualTo(text("board.motion.OPEN"));
        assertThat(browser.findElements(By.id("open-motion"))).as("one open motion at a time").isEmpty();
    }

    /** A present member votes on the open motion; the page shows their vote. */
    private void vote(VoteChoice choice) {
        assertThat(browser.findElement(By.id("motion-status-1")).getText()).isEqualTo(text("board.motion.OPEN"));
        checkOnce("board item (motion open)");
        browser.findElement(By.id("choice-" + choice.name())).click();
        submit(By.id("cast-vote"));
        assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).isEqualTo(text("form.saved"));
        assertThat(browser.findElement(By.id("my-vote")).getText()).isEqualTo(text("board.choice." + choice.name()));
        checkOnce("board item (voted)");
    }

    /** The member recorded absent cannot vote: refused, the count of votes unchanged. */
    private void voteWhileAbsent() {
        assertThat(browser.findElement(By.id("votes-1")).getText()).isEqualTo("3");
        browser.findElement(By.id("choice-FOR")).click();
        submit(By.id("cast-vote"));
        assertThat(browser.findElement(By.cssSelector("main .error-summary[role=alert]")).getText()).isEqualTo(text("board.error.notPresent"));
        assertThat(browser.findElement(By.id("votes-1")).getText()).isEqualTo("3");
        assertThat(browser.findElements(By.id("my-vote"))).isEmpty();
        check("board item (vote refused)");
    }

    /**
     * The chair closes the vote: three of the four members present from three constituencies (quorum: more than half,
     * at least three constituencies), two for, one abstention: carried, and the item approved. The roll names everyone.
     */
    private void closeTheVote(List<Invitee> board, Invitee absent) {
        assertThat(browser.findElement(By.id("votes-1")).getText()).isEqualTo("3");
        submit(By.id("close-vote"));
        assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).isEqualTo(text("form.saved"));
        assertThat(browser.findElement(By.id("motion-status-1")).getText()).isEqualTo(text("board.motion.CARRIED"));
        assertThat(browser.findElement(By.id("tally-1")).getText()).isEqualTo(text("board.tallyText", 3, 4, 3, 2, 0, 1));
        assertThat(browser.findElement(By.id("item-status")).getText()).isEqualTo(text("board.outcome.APPROVED"));
        List<String> roll = browser.findElements(By.cssSelector("#roll-1 tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(roll).hasSize(board.size());
        for (Invitee member : board) {
            assertThat(roll).filteredOn(row -> row.startsWith(member.name())).singleElement().satisfies(row -> assertThat(row)
                    .contains(text(member == absent ? "board.absent" : "board.present")));
        }
        assertThat(browser.findElements(By.id("close-vote"))).isEmpty();
        assertThat(browser.findElements(By.id("cast-vote"))).isEmpty();
        check("board item (carried)");
    }

    /** The applicant's status page says OFFERED and links to My grants; the grant shows agreement, schedule and deadline. */
    private void readTheOffer(Submitted app) {
        open("/applicant/applications/" + app.applicationId());
        assertThat(browser.findElement(By.cssSelector("main p.status")).getText()).isEqualTo(text("application.status.OFFERED"));
        assertThat(mainText()).contains(text("application.next.OFFERED"), text("application.event.BOARD_APPROVED"),
                text("application.event.OFFERED"));
        check("status (offered)");
        click(By.id("grant-link"));
        assertThat(h1()).isEqualTo(text("grant.mine"));
        List<WebElement> grants = browser.findElements(By.cssSelector("main table#grants tbody tr"));
        assertThat(grants).hasSize(1);
        assertThat(grants.get(0).getText()).contains("42,500.50", text("grant.status.OFFERED"));
        check("my grants");
        click(By.cssSelector("main table#grants tbody a"));

        assertThat(path()).matches("/applicant/grants/[^/]+");
        assertThat(browser.findElement(By.cssSelector("main p.lead")).getText()).isEqualTo(app.title());
        assertThat(browser.findElement(By.id("grant-status")).getText()).isEqualTo(text("grant.status.OFFERED"));
        assertThat(browser.findElement(By.id("grant-total")).getText()).contains("42,500.50");
        assertThat(browser.findElement(By.id("grant-deadline")).getText()).matches("\\d{4}-\\d{2}-\\d{2}.*");
        WebElement agreement = browser.findElement(By.id("agreement-download"));
        assertThat(agreement.getText()).isEqualTo(text("grant.agreementDownload"));
        assertThat(URI.create(agreement.getAttribute("href")).getPath()).isEqualTo(path() + "/agreement");
        expectPdf(agreement.getAttribute("href"));
        List<String> tranches = browser.findElements(By.cssSelector("main table#tranches tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(tranches).hasSize(2);
        assertThat(tranches.get(0)).contains("30,000.00", "Signed grant agreement", text("grant.tranche.onAcceptance"));
        assertThat(tranches.get(1)).contains("12,500.50", "First progress report verified", text("grant.tranche.month", 6));
        assertThat(browser.findElement(By.id("bank-none")).getText()).isEqualTo(text("grant.bank.none"));
        check("grant (offered)");
    }

    /** Bank details with a wrong IBAN check digit first (refused next to the field, nothing stored), then right. */
    private void enterBankDetails() {
        type("holder", "Université Cheikh Anta Diop");
        type("bankName", "Commerzbank");
        new Select(browser.findElement(By.id("bankCountry"))).selectByValue("DE");
        type("iban", "DE88 3704 0044 0532 0130 00");
        type("bic", "COBADEFFXXX");
        submit(By.id("save-bank-details"));
        assertThat(browser.findElement(By.id("iban-error")).getText()).isEqualTo(text("grant.bank.error.iban"));
        expectErrorSummaryLinksToFields();
        assertThat(browser.findElement(By.id("holder")).getAttribute("value")).as("the typed details are kept").isEqualTo("Université Cheikh Anta Diop");
        assertThat(browser.findElements(By.id("bank-none"))).as("nothing stored").hasSize(1);
        check("grant (bank details refused)");

        type("iban", "DE89 3704 0044 0532 0130 00");
        submit(By.id("save-bank-details"));
        assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).isEqualTo(text("form.saved"));
        assertThat(browser.findElement(By.id("bank-current")).getText()).contains("Université Cheikh Anta Diop", "Commerzbank")
                .doesNotContain("DE89370400440532013000");
        assertThat(browser.findElement(By.id("bank-state")).getText()).isEqualTo(text("grant.bank.waiting"));
        check("grant (bank details entered)");
    }

    /** The applicant accepts on behalf of the organisation: the whole grant is committed at once. */
    private void acceptTheGrant() {
        checkBox(By.id("onBehalf"));
        submit(By.id("accept"));
        assertThat(browser.findElement(By.id("accepted-notice")).getText()).isEqualTo(text("grant.acceptedNotice"));
        assertThat(browser.findElement(By.id("grant-status")).getText()).isEqualTo(text("grant.status.COMMITTED"));
        assertThat(browser.findElements(By.id("accept"))).isEmpty();
        check("grant (accepted)");
    }

    private void readTheCommittedStatus(Submitted app) {
        open("/applicant/applications/" + app.applicationId());
        assertThat(browser.findElement(By.cssSelector("main p.status")).getText()).isEqualTo(text("application.status.COMMITTED"));
        assertThat(mainText()).contains(text("application.next.COMMITTED"));
        List<String> timeline = browser.findElements(By.cssSelector("main table tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
        assertThat(timeline).contains(text("application.event.BOARD_APPROVED"), text("application.event.OFFERED"),
                text("application.event.ACCEPTED"), text("application.event.TRANCHE_DUE"));
        check("status (committed)");
    }

    /** FINANCE checks the account in full and confirms it: it becomes the one the grant is paid into. */
    private void confirmTheBankDetails() {
        click(By.cssSelector("main a[href$='/finance/bank-details']"));
        assertThat(h1()).isEqualTo(text("grant.finance.title"));
        assertThat(browser.findElements(By.cssSelector("main table#waiting tbody tr"))).hasSize(1);
        check("bank details (finance)");
        click(By.cssSelector("main table#waiting tbody a"));
        assertThat(browser.findElement(By.id("bank-iban")).getText()).isEqualTo("DE89370400440532013000");
        assertThat(browser.findElement(By.id("bank-bic")).getText()).isEqualTo("COBADEFFXXX");
        assertThat(browser.findElement(By.id("bank-confirmations")).getText()).isEqualTo("0 / 1");
        check("bank account (finance)");
        submit(By.id("confirm-bank-details"));
        assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).isEqualTo(text("form.saved"));
        assertThat(browser.findElement(By.id("bank-confirmations")).getText()).isEqualTo("1 / 1");
        assertThat(browser.findElements(By.id("confirm-bank-details"))).isEmpty();
        assertThat(browser.findElement(By.id("bank-payable")).getText()).isNotEqualTo(text("grant.finance.noPayable"));
        check("bank account (confirmed)");
    }

    /** Downloads {@code href} with the browser's session cookie: a PDF, as an attachment. */
    private void expectPdf(String href) {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("GET %s", href).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/pdf"));
            assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
            assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Types a date and time into a datetime-local field as a reader does: the parts in the order the browser shows
     * them (its locale's), the year followed by a move to the next part, the hour on the browser's clock (12 or 24
     * hours) and, on a 12-hour clock, AM or PM; then checks the value the form sends.
     */
    private void typeDateTime(String id, LocalDateTime when) {
        String order = (String) ((JavascriptExecutor) browser).executeScript("return new Intl.DateTimeFormat(undefined, {year: 'numeric', "
                + "month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'}).formatToParts(new Date(2000, 10, 22, 13, 45))"
                + ".filter(p => p.type !== 'literal').map(p => p.type).join(',');");
        boolean twelveHours = order.contains("dayPeriod");
        int hour = twelveHours ? (when.getHour() % 12 == 0 ? 12 : when.getHour() % 12) : when.getHour();
        WebElement field = browser.findElement(By.id(id));
        field.click();
        for (String part : order.split(",")) {
            switch (part) {
                case "day" -> field.sendKeys(String.format("%02d", when.getDayOfMonth()));
                case "month" -> field.sendKeys(String.format("%02d", when.getMonthValue()));
                case "year" -> field.sendKeys(String.format("%04d", when.getYear()), Keys.ARROW_RIGHT);
                case "hour" -> field.sendKeys(String.format("%02d", hour));
                case "minute" -> field.sendKeys(String.format("%02d", when.getMinute()));
                case "dayPeriod" -> field.sendKeys(when.getHour() < 12 ? "A" : "P");
                default -> { }
            }
        }
        assertThat(field.getAttribute("value")).as("the date and time typed into #%s (parts in the order %s)", id, order)
                .isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(when));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    // --- one method per step of the application form ---

    private void fillOrganisation() {
        // Saved empty first: the error summary and the messages next to the fields are checked too.
        submit(By.cssSelector("main form button[name=action][value=save]"));
        assertThat(browser.findElements(By.cssSelector("main .error-summary a[href='#orgName']"))).hasSize(1);
        expectErrorSummaryLinksToFields();
        check("step organisation (refused)");

        type("orgName", "Université Cheikh Anta Diop — " + locale.getLanguage());
        new Select(browser.findElement(By.id("orgType"))).selectByValue("80");
        new Select(browser.findElement(By.id("orgCountry"))).selectByValue("SN");
        type("signatoryName1", "Çağrı Nguyễn Thị Minh");
        type("signatoryTitle1", "Rectrice");
    }

    private void fillProject() {
        type("projectTitle", "Walk " + locale.getLanguage());
        type("projectSummary", "Shared compute for health data teams in Dakar and Nairobi.");
        checkBox(By.id("goal-3"));
        // The targets of a goal sit in a closed disclosure until the goal is saved: open it as a reader would.
        WebElement goal3 = browser.findElements(By.cssSelector("#sdgTargets details")).stream()
                .filter(d -> !d.findElements(By.id("target-3.8")).isEmpty()).findFirst().orElseThrow();
        if (goal3.getAttribute("open") == null) {
            goal3.findElement(By.tagName("summary")).click();
        }
        checkBox(By.id("target-3.8"));
    }

    private void fillBudget() {
        new Select(browser.findElement(By.id("category_0"))).selectByValue("PERSONNEL");
        type("amount_0", "30000.00");
        new Select(browser.findElement(By.id("category_1"))).selectByValue("EQUIPMENT");
        type("amount_1", "12500.50");
    }

    /** One indicator, counted in units, under the target the project step chose. */
    private void fillResults() {
        type("name_0", "Health data teams trained");
        new Select(browser.findElement(By.id("measure_0"))).selectByValue("1");
        type("unit_0", "teams");
        type("baselineYear_0", String.valueOf(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear()));
        type("baseline_0", "0");
        type("target_0", "12");
        new Select(browser.findElement(By.id("sdgTarget_0"))).selectByValue("3.8");
    }

    // --- the browser, the mail, the texts ---

    private FundingCall openCall() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String ref = "W-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return calls.publish(null, new CallTerms(ref, "Call " + ref, "Health data for SDG teams.", "USD", "1000000.00", today,
                today.plusDays(30), EnumSet.of(PriorityArea.SHARED_COMPUTE), List.of(3, 13), Set.of("KE", "SN"),
                List.of(Fund.UNRESTRICTED), new CallTerms.Limits("50000.00", 1000, 5, 40), null));
    }

    /** The confirmation link in the one email sent to this address (the outbox sends it after the registration). */
    private String confirmationLink(String email) {
        return linkInTheEmail(email, "/register/confirm/");
    }

    /** The one-time link ({@code path} and a 43-character token) in the one email sent to this address. */
    private String linkInTheEmail(String email, String path) {
        outbox.sendDue();
        List<MimeMessage> mails = List.of(smtp.getReceivedMessages()).stream().filter(m -> recipient(m).equals(email)).toList();
        assertThat(mails).as("emails to %s", email).hasSize(1);
        String body = body(mails.get(0));
        Matcher link = Pattern.compile("https?://[^\\s\"<>]+" + Pattern.quote(path) + "[A-Za-z0-9_-]{43}(?:\\?lang=[a-z]{2,3})?")
                .matcher(body);
        assertThat(link.find()).as("a link to %s in: %s", path, body).isTrue();
        return link.group();
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs axe-core on the page shown now and keeps its serious and critical violations. */
    private void check(String page) {
        String name = locale.getLanguage() + " " + page;
        pagesChecked.add(name);
        long start = System.nanoTime();
        violations.addAll(Axe.check(browser, name));
        axeNanos += System.nanoTime() - start;
    }

    /** Runs axe-core on a page the walk shows several times (the same template in the same state) the first time only. */
    private void checkOnce(String page) {
        if (!pagesChecked.contains(locale.getLanguage() + " " + page)) {
            check(page);
        }
    }

    private String mainText() {
        return browser.findElement(By.tagName("main")).getText();
    }

    /** The first Tab reaches the skip link, and following it puts the focus on the main content. */
    private void keyboardStartsWithTheSkipLink() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement first = browser.switchTo().activeElement();
        assertThat(first.getAttribute("class")).as("first element in the focus order").isEqualTo("skip");
        assertThat(first.getText()).isEqualTo(text("layout.skip"));
        first.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, WAIT).until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
    }

    /** Every message in the error summary links to a field (or group of fields) on the page, and that field names it. */
    private void expectErrorSummaryLinksToFields() {
        List<WebElement> links = browser.findElements(By.cssSelector("main .error-summary a"));
        assertThat(links).as("links in the error summary").isNotEmpty();
        for (WebElement link : links) {
            String id = URI.create(link.getAttribute("href")).getFragment();
            List<WebElement> fields = browser.findElements(By.id(id));
            assertThat(fields).as("the field #%s the error summary links to", id).hasSize(1);
            String describedBy = fields.get(0).getAttribute("aria-describedby");
            assertThat(describedBy == null ? List.of() : List.of(describedBy.split(" ")))
                    .as("aria-describedby of #%s", id).contains(id + "-error");
        }
    }

    private void expectLanguage() {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("lang of %s", browser.getCurrentUrl())
                .isEqualTo(locale.getLanguage());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private void open(String path) {
        browser.get(base + path);
    }

    /** The step of a link in the steps navigation: the last segment of its path. */
    private static String stepOf(String href) {
        String path = URI.create(href).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    private String h1() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void checkBox(By by) {
        WebElement box = browser.findElement(by);
        if (!box.isSelected()) {
            box.click();
        }
    }

    private void click(By by) {
        submit(browser.findElement(by));
    }

    private void submit(By by) {
        submit(browser.findElement(by));
    }

    /**
     * Clicks something that loads a new page, and waits until the new page has replaced the old one: the old page
     * carries a mark that the new one lacks.
     */
    private void submit(WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.fundWalkOldPage = true;");
        element.click();
        new WebDriverWait(browser, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.fundWalkOldPage === undefined && document.readyState === 'complete';")));
    }
}
