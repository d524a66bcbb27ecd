package org.globalaifund.engine.application;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.globalaifund.engine.account.Languages;
import org.globalaifund.engine.config.FundProperties;
import org.globalaifund.engine.outbox.Outbox;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.problem.FundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The emails the Application process sends to an applicant, in the applicant's language, queued in the outbox under
 * a key derived from the application, the step and the round, so a retried step queues each email once.
 */
@Component
public class ApplicationNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

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
        Person applicant = applicant(app);
        Locale locale = languages.localeOf(applicant.preferredLanguage());
        String why = messages.getMessage("application.reason." + reason, null, reason, locale);
        send("application:" + app.id() + ":ineligible", applicant, locale, "application.mail.ineligible",
                applicant.displayName(), title(app, locale), why, link(app));
    }

    /** The screener's question and its deadline. */
    void moreInformation(Application app, InformationRequest request) {
        Person applicant = applicant(app);
        Locale locale = languages.localeOf(applicant.preferredLanguage());
        send("application:" + app.id() + ":more-information:" + request.round(), applicant, locale, "application.mail.moreInformation",
                applicant.displayName(), title(app, locale), request.question(), DAY.format(request.dueAt().atZone(ZoneOffset.UTC)), link(app));
    }

    /**
     * An email to the application's applicant in their language, queued once under {@code dedupKey}: the texts
     * {@code messageKey}.subject and .body, with {0} the applicant's name, {1} the project title, {2} the link to the
     * application's page, then {@code more}.
     */
    public void toApplicant(Application app, String dedupKey, String messageKey, Object... more) {
        Person applicant = applicant(app);
        Locale locale = languages.localeOf(applicant.preferredLanguage());
        Object[] args = new Object[3 + more.length];
        args[0] = applicant.displayName();
        args[1] = title(app, locale);
        args[2] = link(app);
        System.arraycopy(more, 0, args, 3, more.length);
        send(dedupKey, applicant, locale, messageKey, args);
    }

    private void send(String dedupKey, Person applicant, Locale locale, String key, Object... args) {
        outbox.email(dedupKey, applicant.email(), messages.getMessage(key + ".subject", null, locale),
                messages.getMessage(key + ".body", args, locale));
    }

    private Person applicant(Application app) {
        return people.findById(app.applicantId()).orElseThrow(() -> FundException.notFound("Person"));
    }

    private String title(Application app, Locale locale) {
        return app.projectTitle() != null ? app.projectTitle() : messages.getMessage("application.untitled", null, locale);
    }

    private String link(Application app) {
        return properties.publicUrl() + "/applicant/applications/" + app.id();
    }
}
