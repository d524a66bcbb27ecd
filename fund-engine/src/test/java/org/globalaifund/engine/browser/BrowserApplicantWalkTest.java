package org.globalaifund.engine.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.CallTerms;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.call.PriorityArea;
import org.globalaifund.engine.contribution.Fund;
import org.globalaifund.engine.outbox.OutboxSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A new applicant in a real browser (headless Debian chromium), in English and in French: registers, opens the
 * confirmation link from the email, confirms, logs in, starts an application on an open call, fills every step the
 * steps navigation lists, checks the summary, submits, and reads the submitted status and its timeline. axe-core runs
 * on every page the walk shows (error summaries included) and the walk fails on any serious or critical violation.
 *
 * <p>Each step of the form is one small method in {@link #fillers}, keyed by the step's path segment
 * ({@code /applicant/applications/{id}/<step>}); a step the navigation lists without a filler is visited and checked,
 * and the summary names it if submission needs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:fund-browser;DB_CLOSE_DELAY=-1", "camunda.bpm.process-engine-name=browser",
        "spring.thymeleaf.cache=true"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BrowserApplicantWalkTest {

    /** One SMTP server for the class, on a free port (not the shared 3025), so a run beside other tests finds it free. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    static final String PASSWORD = "a-long-password-1";
    static final Duration WAIT = Duration.ofSeconds(15);

    static Chromium chromium;

    @LocalServerPort int port;
    @Autowired CallService calls;
    @Autowired OutboxSender outbox;
    @Autowired MessageSource messages;
    @Autowired Clock clock;

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
    void aNewApplicantRegistersConfirmsAppliesAndSubmits(String language) {
        locale = Locale.forLanguageTag(language);
        String email = "walker." + language + "." + UUID.randomUUID().toString().substring(0, 8) + "@browser.test";

        register(email, language);
        confirmFromTheEmail(email);
        logIn(email);
        startAnApplication();
        fillEveryStep();
        submitFromTheSummary();
        readTheStatusAndTimeline();
        logOut();

        System.err.printf("[browser walk] %s: %d pages checked by axe-core in %d ms%n", language, pagesChecked.size(), axeNanos / 1_000_000);
        assertThat(violations).as("axe-core serious or critical violations on %s", pagesChecked).isEmpty();
    }

    /** The check itself: a page with an unlabelled field and an image without text fails it, naming rule and element. */
    @Test
    void theAccessibilityCheckReportsSeriousAndCriticalViolations() {
        browser.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang='en'><head><title>t</title></head><body><main>"
                + "<h1>t</h1><img src='x.png' id='pic'><input type='text' id='nameless'></main></body></html>");

        List<Axe.Violation> found = Axe.check(browser, "sample");

        assertThat(found).extracting(Axe.Violation::id).contains("image-alt", "label");
        assertThat(found).filteredOn(v -> v.id().equals("image-alt")).singleElement()
                .satisfies(v -> assertThat(v.impact()).isEqualTo("critical"))
                .satisfies(v -> assertThat(v.targets()).containsExactly("[\"#pic\"]"));
    }

    // --- the walk ---

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
        outbox.sendDue();
        List<MimeMessage> mails = List.of(smtp.getReceivedMessages()).stream().filter(m -> recipient(m).equals(email)).toList();
        assertThat(mails).as("emails to %s", email).hasSize(1);
        String body = body(mails.get(0));
        Matcher link = Pattern.compile("https?://[^\\s\"<>]+/register/confirm/[A-Za-z0-9_-]{43}").matcher(body);
        assertThat(link.find()).as("a confirmation link in: %s", body).isTrue();
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
