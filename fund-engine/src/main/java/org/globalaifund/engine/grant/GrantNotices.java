package org.globalaifund.engine.grant;

import java.util.Locale;
import org.globalaifund.engine.account.Languages;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.config.FundProperties;
import org.globalaifund.engine.outbox.Outbox;
import org.globalaifund.engine.people.Person;
import org.springframework.stereotype.Component;

/**
 * The applicant's emails about their grant, in their language, queued in the outbox under
 * {@code application:<id>:<step>}, so a step that runs again queues each email once.
 */
@Component
class GrantNotices {

    private final Outbox outbox;
    private final GrantTexts texts;
    private final Languages languages;
    private final FundProperties properties;

    GrantNotices(Outbox outbox, GrantTexts texts, Languages languages, FundProperties properties) {
        this.outbox = outbox;
        this.texts = texts;
        this.languages = languages;
        this.properties = properties;
    }

    /** The offer: the grant's reference and amount, the last day to accept, where to read the agreement and accept. */
    void offered(Grant grant, Application app, Person applicant) {
        Locale locale = languages.localeOf(applicant.preferredLanguage());
        send("application:" + app.id() + ":offered", applicant, locale, "grant.mail.offered", applicant.displayName(), title(app, locale),
                grant.reference(), grant.total().display(locale), day(grant, locale), link(grant));
    }

    /** The offer lapsed unanswered at its deadline. */
    void lapsed(Grant grant, Application app, Person applicant) {
        Locale locale = languages.localeOf(applicant.preferredLanguage());
        send("application:" + app.id() + ":offer-lapsed", applicant, locale, "grant.mail.lapsed", applicant.displayName(),
                title(app, locale), grant.reference(), day(grant, locale));
    }

    private void send(String key, Person to, Locale locale, String message, Object... args) {
        outbox.email(key, to.email(), texts.text(locale, message + ".subject", args), texts.text(locale, message + ".body", args));
    }

    private String link(Grant grant) {
        return properties.publicUrl() + "/applicant/grants/" + grant.id();
    }

    private String title(Application app, Locale locale) {
        return app.projectTitle() != null ? app.projectTitle() : texts.text(locale, "application.untitled");
    }

    /** The last day as ISO 8601 (2026-04-30), as the review emails write dates: unambiguous in every language. */
    private static String day(Grant grant, Locale locale) {
        return grant.lastDayToAccept().toString();
    }
}
