package org.globalaifund.engine.board;

import java.util.Locale;
import org.globalaifund.engine.account.Languages;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.config.FundProperties;
import org.globalaifund.engine.outbox.Outbox;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.problem.FundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The board's email to the applicant, in their language, queued once under {@code application:<id>:board-rejected}. */
@Component
class BoardNotices {

    private final Outbox outbox;
    private final MessageSource messages;
    private final Languages languages;
    private final PersonRepository people;
    private final FundProperties properties;

    BoardNotices(Outbox outbox, MessageSource messages, Languages languages, PersonRepository people, FundProperties properties) {
        this.outbox = outbox;
        this.messages = messages;
        this.languages = languages;
        this.people = people;
        this.properties = properties;
    }

    /** The board decided not to fund the application. */
    void rejected(Application app) {
        Person applicant = people.findById(app.applicantId()).orElseThrow(() -> FundException.notFound("Person"));
        Locale locale = languages.localeOf(applicant.preferredLanguage());
        String title = app.projectTitle() != null ? app.projectTitle() : messages.getMessage("application.untitled", null, locale);
        outbox.email("application:" + app.id() + ":board-rejected", applicant.email(),
                messages.getMessage("board.mail.rejected.subject", null, locale),
                messages.getMessage("board.mail.rejected.body", new Object[] {applicant.displayName(), title,
                        properties.publicUrl() + "/applicant/applications/" + app.id()}, locale));
    }
}
