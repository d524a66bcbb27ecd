package org.globalaifund.engine.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.engine.db.Tables.OUTBOX_MESSAGE;
import static org.globalaifund.engine.people.Constituency.CIVIL_SOCIETY;
import static org.globalaifund.engine.people.Constituency.GOVERNMENTS;
import static org.globalaifund.engine.people.Constituency.PHILANTHROPY;
import static org.globalaifund.engine.people.Constituency.PRIVATE_SECTOR;
import static org.globalaifund.engine.people.Constituency.UN_AGENCIES;

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
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders of a meeting, a few days before it (3 by default): one email per active member of the board, in their
 * language, with the meeting's date, the number of items on its docket and the links; never twice, none for a meeting
 * with nothing on its docket, and one for a meeting that enters the window as time passes. Other tests' meetings may
 * be reminded of too, so each member's mail is read for this test's meeting (by its reference) only.
 */
@FundEngineTest
class BoardRemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired BoardFixtures fx;
    @Autowired BoardDocket docket;
    @Autowired BoardReminders reminders;
    @Autowired OutboxSender outbox;
    @Autowired PeopleService people;
    @Autowired PersonRepository persons;
    @Autowired DSLContext dsl;

    Person admin;
    List<Person> board;
    Application app;

    @BeforeEach
    void aReviewedApplicationAndABoard() {
        admin = fx.person(Role.ADMIN);
        board = fx.board(admin, GOVERNMENTS, PRIVATE_SECTOR, PHILANTHROPY, CIVIL_SOCIETY, UN_AGENCIES);
        app = fx.ready(fx.person(Role.APPLICANT), admin, fx.person(Role.REVIEWER), fx.person(Role.REVIEWER));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyActiveMemberGetsOneReminderInTheirLanguageHoweverOftenTheJobRuns() {
        Person french = board.get(1);
        persons.updateProfile(french.id(), french.displayName(), "fr", fx.clock.instant());
        Person gone = board.get(4);
        people.deactivate(admin.id(), gone.id());
        BoardMeeting meeting = docket.createMeeting(admin.id(), fx.today().plusDays(2) + "T14:30", "Nairobi, UNON, and online");
        fx.onDocket(admin, app, meeting);

        reminders.remindDue();
        reminders.remindDue();

        Mailbox mailbox = new Mailbox(smtp, outbox);
        String when = fx.today().plusDays(2) + " 14:30 UTC";
        for (Person member : List.of(board.get(0), board.get(2), board.get(3))) {
            assertThat(about(mailbox.to(member.email()), meeting)).singleElement().satisfies(m -> {
                assertThat(Mailbox.subject(m)).isEqualTo("Reminder: board meeting " + meeting.reference() + " on " + when);
                assertThat(Mailbox.body(m)).startsWith("Dear " + member.displayName() + ",")
                        .contains("on " + when + " at Nairobi, UNON, and online, with 1 item(s) on its docket",
                                "/board/meetings/" + meeting.id(), "/board/meetings/" + meeting.id() + "/packet");
            });
        }
        assertThat(about(mailbox.to(french.email()), meeting)).singleElement().satisfies(m -> {
            assertThat(Mailbox.subject(m)).isEqualTo("Rappel : réunion du conseil " + meeting.reference() + " le " + when);
            assertThat(Mailbox.body(m)).startsWith("Bonjour " + french.displayName() + ",").contains("avec 1 point(s) à l’ordre du jour");
        });
        assertThat(mailbox.to(gone.email())).isEmpty();
        assertThat(queuedFor(meeting)).isEqualTo(4);
    }

    @Test
    void aMeetingWithNothingOnItsDocketIsNotRemindedOf() {
        BoardMeeting empty = fx.meeting(admin, fx.today().plusDays(1));
        BoardMeeting emptied = fx.meeting(admin, fx.today().plusDays(1));
        docket.removeItem(admin.id(), fx.onDocket(admin, app, emptied).id());

        reminders.remindDue();

        assertThat(queuedFor(empty)).isZero();
        assertThat(queuedFor(emptied)).isZero();
    }

    @Test
    void aMeetingIsRemindedOfOnceItEntersTheWindowAndNotBefore() {
        BoardMeeting meeting = fx.meeting(admin, fx.today().plusDays(6));
        fx.onDocket(admin, app, meeting);

        reminders.remindDue();
        assertThat(queuedFor(meeting)).isZero();

        ClockUtil.setCurrentTime(Date.from(meeting.startsAt().minus(Duration.ofDays(3)).minusSeconds(1)));
        reminders.remindDue();
        assertThat(queuedFor(meeting)).isZero();

        ClockUtil.setCurrentTime(Date.from(meeting.startsAt().minus(Duration.ofDays(3))));
        reminders.remindDue();
        assertThat(queuedFor(meeting)).isEqualTo(board.size());

        ClockUtil.setCurrentTime(Date.from(meeting.startsAt().plusSeconds(1)));
        reminders.remindDue();
        assertThat(queuedFor(meeting)).isEqualTo(board.size());
    }

    private int queuedFor(BoardMeeting meeting) {
        return dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.DEDUP_KEY.like("board-meeting:" + meeting.id() + ":reminder:%"));
    }

    private static List<MimeMessage> about(List<MimeMessage> messages, BoardMeeting meeting) {
        return messages.stream().filter(m -> Mailbox.subject(m).contains(meeting.reference())).toList();
    }
}
