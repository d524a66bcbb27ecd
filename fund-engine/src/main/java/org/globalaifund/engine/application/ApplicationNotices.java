package org.globalaifund.engine.application;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.globalaifund.engine.account.Languages;
import org.globalaifund.engine.config.FundProperties;
import org.globalaifund.engine.outbox.EmailTime;
import org.globalaifund.engine.outbox.Outbox;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.problem.FundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one way to email an applicant about their application, in the applicant's language, queued in the outbox under a
 * key derived from the application, the step and the round, so a retried step queues each email once: the Application
 * process's own emails, and through {@link #toApplicant} those of the later steps (review, due diligence, board, grant).
 */
@Component
public class ApplicationNotices {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private final Outbox outbox;
    private final MessageSource messages;
    private final Languages languages;
    private final PersonRepository people;
    private final FundProperties properties;

    ApplicationNotices(Outbox outbox, MessageSource messages, Languages languages, PersonRepository people, FundProperties properties) {
        this.outbox = outbox;
        this.messages = messages;
        this.languages = languages;
        this.people = people;
        this.properties = properties;
    }

    /** The application is not eligible, with the Eligibility decision's reason in words. */
    void ineligible(Application app, String reason) {
        toApplicant(app, "application:" + app.id() + ":ineligible", "application.mail.ineligible",
                locale -> new Object[] {messages.getMessage("application.reason." + reason, null, reason, locale)});
    }

    /** The screener's question and its deadline. */
    void moreInformation(Application app, InformationRequest request) {
        toApplicant(app, "application:" + app.id() + ":more-information:" + request.round(), "application.mail.moreInformation",
                request.question(), EmailTime.of(request.dueAt()));
    }

    /**
     * An email to the application's applicant in their language, queued once under {@code dedupKey}: the texts
     * {@code messageKey}.subject and .body, with {0} the applicant's name, {1} the project title, {2} the link to the
     * application's page, then {@code more}.
     */
    public void toApplicant(Application app, String dedupKey, String messageKey, Object... more) {
        toApplicant(app, dedupKey, messageKey, locale -> more);
    }

    /**
     * The same, for arguments written in the applicant's language (an amount, a reason in words): {@code more} is given
     * the applicant's locale and returns the arguments from {3} on.
     */
    public void toApplicant(Application app, String dedupKey, String messageKey, Function<Locale, Object[]> more) {
        Person applicant = applicant(app);
        Locale locale = languages.localeOf(applicant.preferredLanguage());
        Object[] extra = more.apply(locale);
        Object[] args = new Object[3 + extra.length];
        args[0] = applicant.displayName();
        args[1] = title(app, locale);
        args[2] = link(app);
        System.arraycopy(extra, 0, args, 3, extra.length);
        outbox.email(dedupKey, applicant.email(), text(messageKey + ".subject", args, locale), text(messageKey + ".body", args, locale));
    }

    /**
     * A text with placeholders goes through MessageFormat; one without is printed as written, so its apostrophes stay
     * single (the convention {@code MessagesTest} checks). Subjects are of both kinds.
     */
    private String text(String key, Object[] args, Locale locale) {
        String text = messages.getMessage(key, null, locale);
        return PLACEHOLDER.matcher(text).find() ? messages.getMessage(key, args, locale) : text;
    }

    private Person applicant(Application app) {
        return people.findById(app.applicantId()).orElseThrow(() -> FundException.notFound("Person"));
    }

    /** The project's title, or the words for an untitled one in {@code locale}: as every email names an application. */
    public String title(Application app, Locale locale) {
        return app.projectTitle() != null ? app.projectTitle() : messages.getMessage("application.untitled", null, locale);
    }

    private String link(Application app) {
        return properties.publicUrl() + "/applicant/applications/" + app.id();
    }
}
