package org.globalaifund.engine.grant;

import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationNotices;
import org.globalaifund.engine.config.FundProperties;
import org.springframework.stereotype.Component;

/**
 * The applicant's emails about their grant, written by {@link ApplicationNotices#toApplicant} (their language, the
 * project title, the outbox) under {@code application:<id>:<step>}, so a step that runs again queues each email once.
 */
@Component
class GrantNotices {

    private final ApplicationNotices notices;
    private final FundProperties properties;

    GrantNotices(ApplicationNotices notices, FundProperties properties) {
        this.notices = notices;
        this.properties = properties;
    }

    /**
     * The offer: the grant's reference ({3}), its amount in the applicant's locale ({4}), the last day to accept ({5}),
     * where to read the agreement and accept ({6}).
     */
    void offered(Grant grant, Application app) {
        notices.toApplicant(app, "application:" + app.id() + ":offered", "grant.mail.offered",
                locale -> new Object[] {grant.reference(), grant.total().display(locale), day(grant), link(grant)});
    }

    /** The offer ({3}) lapsed unanswered at its deadline ({4}). */
    void lapsed(Grant grant, Application app) {
        notices.toApplicant(app, "application:" + app.id() + ":offer-lapsed", "grant.mail.lapsed", grant.reference(), day(grant));
    }

    private String link(Grant grant) {
        return properties.publicUrl() + "/applicant/grants/" + grant.id();
    }

    /** The last day as ISO 8601 (2026-04-30), as the review emails write dates: unambiguous in every language. */
    private static String day(Grant grant) {
        return grant.lastDayToAccept().toString();
    }
}
