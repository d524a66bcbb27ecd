package org.globalaifund.engine.grant;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.TestSmtp;
import org.globalaifund.engine.account.Mailbox;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.outbox.OutboxSender;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The applicant is told of the offer in their language, with its amount, deadline and link, and once more if it lapses. */
@FundEngineTest
class GrantMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired GrantFixtures fx;
    @Autowired GrantService grants;
    @Autowired GrantAgreementLifecycle lifecycle;
    @Autowired OutboxSender outbox;
    @Autowired PersonRepository people;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theApplicantGetsOneOfferEmailWithTheDeadlineAndTheLinkAndALapseNotice() {
        Person applicant = fx.person(Role.APPLICANT);
        Application app = fx.approved(applicant, fx.call(fx.fundWith("100000.00", fx.today())), "12500.00");
        fx.offer(app);
        Grant grant = grants.ofApplication(app.id()).orElseThrow();
        lifecycle.prepare(app.id());

        Mailbox mailbox = new Mailbox(smtp, outbox);
        assertThat(mailbox.to(applicant.email())).singleElement().satisfies(m -> {
            assertThat(Mailbox.subject(m)).contains(grant.reference());
            assertThat(Mailbox.body(m)).contains("Triage models", "12,500.00 USD", "/applicant/grants/" + grant.id(), "bank account",
                    grant.lastDayToAccept() + " (end of day, UTC)");
        });

        ClockUtil.setCurrentTime(Date.from(grant.acceptanceDueAt().plus(Duration.ofMinutes(5))));
        fx.jobs.runDue(app.id());

        assertThat(mailbox.to(applicant.email())).hasSize(2).last().satisfies(m -> assertThat(Mailbox.subject(m)).contains("lapsed"));
    }

    @Test
    void aFrenchApplicantReadsTheOfferInFrenchWithTheAmountWrittenTheFrenchWay() {
        Person applicant = fx.person(Role.APPLICANT);
        people.updateProfile(applicant.id(), applicant.displayName(), "fr", fx.clock.instant());
        Application app = fx.approved(applicant, fx.call(fx.fundWith("100000.00", fx.today())), "12500.00");
        fx.offer(app);
        Grant grant = grants.ofApplication(app.id()).orElseThrow();

        Mailbox mailbox = new Mailbox(smtp, outbox);
        assertThat(mailbox.to(applicant.email())).singleElement().satisfies(m -> {
            assertThat(Mailbox.subject(m)).isEqualTo("Votre offre de subvention " + grant.reference() + " : à lire et accepter avant le "
                    + grant.lastDayToAccept());
            assertThat(Mailbox.body(m)).startsWith("Bonjour " + applicant.displayName() + ",")
                    .contains("une subvention de 12\u202f500,00 USD pour « Triage models »", "Votre accord de subvention " + grant.reference(),
                            "au plus tard le " + grant.lastDayToAccept() + " (fin de journée, UTC) : ", "/applicant/grants/" + grant.id())
                    .doesNotContain("12,500.00", "/applicant/applications/");
        });
    }
}
