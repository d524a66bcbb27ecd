package org.globalaifund.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.TestSmtp;
import org.globalaifund.engine.account.Mailbox;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.outbox.OutboxSender;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.review.ReviewAssignment.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Everyone the review needs to act is told by email, through the outbox to a real SMTP server: ADMIN when a task
 * waits (assign reviewers, assign another after a conflict), each reviewer when asked and three days before the
 * deadline, the applicant when the reviewers have a question.
 */
@FundEngineTest
class ReviewMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired ReviewFixtures fx;
    @Autowired ReviewAssignment assignment;
    @Autowired ReviewService reviews;
    @Autowired OutboxSender outbox;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyoneWhoMustActGetsOneEmailWithTheLinkToTheirPage() {
        Person admin = fx.person(Role.ADMIN);
        Person applicant = fx.person(Role.APPLICANT);
        Person first = fx.person(Role.REVIEWER);
        Person second = fx.person(Role.REVIEWER);
        Application app = fx.screened(applicant, "Lusaka Data Lab", admin);

        String assignTask = task(app, Kind.FIRST);
        assertThat(mailsTo(admin)).anySatisfy(m -> assertThat(Mailbox.body(m))
                .contains("Assign reviewers", "/admin/reviews/tasks/" + assignTask));

        List<Review> assigned = assignment.assign(assignTask, admin.id(), List.of(first.id(), second.id()), fx.today().plusDays(21));
        fx.runJobs(app.id());
        assertThat(mailsTo(first)).singleElement().satisfies(m -> assertThat(Mailbox.body(m))
                .contains("Triage models", "Lusaka Data Lab", "/reviewer/reviews/" + assigned.get(0).id()));

        reviews.declare(second.id(), assigned.get(1).id(), "CONFLICT", "My former team.");
        fx.runJobs(app.id());
        String anotherTask = task(app, Kind.ANOTHER);
        assertThat(mailsTo(admin)).anySatisfy(m -> assertThat(Mailbox.body(m)).contains("Assign another reviewer",
                "/admin/reviews/tasks/" + anotherTask));

        ClockUtil.setCurrentTime(Date.from(assigned.get(0).remindAt().plus(Duration.ofMinutes(1))));
        fx.runJobs(app.id());
        assertThat(mailsTo(first)).hasSize(2).last().satisfies(m -> assertThat(Mailbox.subject(m)).contains("Reminder"));

        assignment.askForInformation(admin.id(), app.id(), "How many districts?", fx.today().plusDays(7));
        fx.runJobs(app.id());
        assertThat(mailsTo(applicant)).anySatisfy(m -> assertThat(Mailbox.body(m)).contains("How many districts?",
                "/applicant/applications/" + app.id()));
    }

    private String task(Application app, Kind kind) {
        return assignment.openTasks().stream().filter(t -> t.applicationId().equals(app.id()) && t.kind() == kind).findFirst()
                .orElseThrow().taskId();
    }

    private List<MimeMessage> mailsTo(Person person) {
        return new Mailbox(smtp, outbox).to(person.email());
    }
}
