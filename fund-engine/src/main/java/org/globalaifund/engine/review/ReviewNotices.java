package org.globalaifund.engine.review;

import java.time.Instant;
import java.util.Locale;
import org.globalaifund.engine.account.Languages;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationNotices;
import org.globalaifund.engine.config.FundProperties;
import org.globalaifund.engine.outbox.EmailTime;
import org.globalaifund.engine.outbox.Outbox;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.problem.FundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The emails of the review, each to the person who must act, in their language, queued in the outbox under a key
 * derived from the review (or the request round), so a step that runs again queues each email once. The applicant's
 * go through {@link ApplicationNotices#toApplicant}.
 */
@Component
class ReviewNotices {

    private final Outbox outbox;
    private final MessageSource messages;
    private final Languages languages;
    private final PersonRepository people;
    private final FundProperties properties;
    private final ApplicationNotices applicantNotices;

    ReviewNotices(Outbox outbox, MessageSource messages, Languages languages, PersonRepository people, FundProperties properties,
            ApplicationNotices applicantNotices) {
        this.outbox = outbox;
        this.applicantNotices = applicantNotices;
        this.messages = messages;
        this.languages = languages;
        this.people = people;
        this.properties = properties;
    }

    /** A reviewer is asked to review: what (title, organisation, country only), by when, where. */
    void assigned(Review review, Application app) {
        Person reviewer = person(review.reviewerId());
        Locale locale = languages.localeOf(reviewer.preferredLanguage());
        send("review:" + review.id() + ":assigned", reviewer, locale, "review.mail.assigned", reviewer.displayName(),
                applicantNotices.title(app, locale), app.orgName(), EmailTime.of(review.dueAt()), reviewLink(review));
    }

    /** Three days before the deadline, to a reviewer who has not submitted. */
    void reminder(Review review, Application app) {
        Person reviewer = person(review.reviewerId());
        Locale locale = languages.localeOf(reviewer.preferredLanguage());
        send("review:" + review.id() + ":reminder", reviewer, locale, "review.mail.reminder", reviewer.displayName(),
                applicantNotices.title(app, locale), EmailTime.of(review.dueAt()), reviewLink(review));
    }

    /** The fund's question to the applicant during review, with its deadline. */
    void informationRequested(Application app, int round, String question, Instant dueAt) {
        applicantNotices.toApplicant(app, "review-information:" + app.id() + ":" + round, "review.mail.moreInformation", question, EmailTime.of(dueAt));
    }

    private void send(String dedupKey, Person to, Locale locale, String key, Object... args) {
        outbox.email(dedupKey, to.email(), messages.getMessage(key + ".subject", null, locale), messages.getMessage(key + ".body", args, locale));
    }

    private Person person(String id) {
        return people.findById(id).orElseThrow(() -> FundException.notFound("Person"));
    }

    private String reviewLink(Review review) {
        return properties.publicUrl() + "/reviewer/reviews/" + review.id();
    }

}
