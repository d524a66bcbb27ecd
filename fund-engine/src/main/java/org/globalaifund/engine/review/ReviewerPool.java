package org.globalaifund.engine.review;

import static org.globalaifund.engine.db.Tables.APPLICATION;
import static org.globalaifund.engine.db.Tables.REVIEW;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Who may review an application, and whom to suggest. A person can never review an application they applied for,
 * one from an organisation they applied for themselves (they belong to it), one from an organisation they once
 * declared a conflict with, or one they were already asked to review (a replaced reviewer does not come back).
 * Suggestions are the active reviewers left, lowest open load first.
 */
@Component
public class ReviewerPool {

    /** A reviewer the pages may offer, with how many reviews they have open. */
    public record Candidate(Person person, int openLoad) {}

    private final DSLContext dsl;
    private final PersonRepository people;
    private final ReviewRepository reviews;

    ReviewerPool(DSLContext dsl, PersonRepository people, ReviewRepository reviews) {
        this.dsl = dsl;
        this.people = people;
        this.reviews = reviews;
    }

    /** Every active reviewer who may review the application, lowest open load first, then by name. */
    public List<Candidate> candidates(Application app) {
        Map<String, Integer> load = reviews.openLoad();
        return people.findWithRole(Role.REVIEWER).stream().filter(Person::isActive).filter(p -> !barred(p.id(), app))
                .map(p -> new Candidate(p, load.getOrDefault(p.id(), 0)))
                .sorted(Comparator.comparingInt(Candidate::openLoad).thenComparing(c -> c.person().displayName()))
                .toList();
    }

    /** Whether the person is an active reviewer allowed to review the application. */
    public boolean mayReview(String personId, Application app) {
        return people.findById(personId).filter(Person::isActive).filter(p -> p.has(Role.REVIEWER)).isPresent()
                && !barred(personId, app);
    }

    /** Whether the person may not be asked to review the application (whatever roles they hold). */
    public boolean barred(String personId, Application app) {
        return dsl.fetchExists(REVIEW, REVIEW.APPLICATION_ID.eq(app.id()), REVIEW.REVIEWER_ID.eq(personId)) || conflictedWith(personId, app);
    }

    /**
     * Whether the person stands too close to the application to see it as a reviewer: they applied for it, applied for
     * its organisation themselves, or declared a conflict with that organisation.
     */
    public boolean conflictedWith(String personId, Application app) {
        if (personId.equals(app.applicantId())) {
            return true;
        }
        String organisation = normalise(app.orgName());
        if (organisation.isEmpty()) {
            return false;
        }
        boolean appliedForIt = dsl.select(APPLICATION.ORG_NAME).from(APPLICATION)
                .where(APPLICATION.APPLICANT_ID.eq(personId), APPLICATION.ORG_COUNTRY.eq(app.orgCountry()))
                .fetch(APPLICATION.ORG_NAME).stream().anyMatch(name -> organisation.equals(normalise(name)));
        boolean conflicted = dsl.select(APPLICATION.ORG_NAME).from(REVIEW).join(APPLICATION).on(APPLICATION.ID.eq(REVIEW.APPLICATION_ID))
                .where(REVIEW.REVIEWER_ID.eq(personId), REVIEW.STATUS.eq(ReviewStatus.CONFLICTED.name()),
                        APPLICATION.ORG_COUNTRY.eq(app.orgCountry()))
                .fetch(APPLICATION.ORG_NAME).stream().anyMatch(name -> organisation.equals(normalise(name)));
        return appliedForIt || conflicted;
    }

    /** An organisation's name compared without case, accents, punctuation or extra spaces. */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
