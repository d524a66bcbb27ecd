package org.globalaifund.engine.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.globalaifund.engine.account.Languages;
import org.globalaifund.engine.config.FundProperties;
import org.globalaifund.engine.outbox.EmailTime;
import org.globalaifund.engine.outbox.Outbox;
import org.globalaifund.engine.people.Person;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds every member of the board of a meeting a few days before it ({@code fund.board.reminder-days}, 3 by
 * default): one email each in their language with the meeting's date, place, the number of items on its docket and the
 * links to its page and packet. A periodic job finds the meetings starting within the window, so a meeting created
 * inside it is reminded of at the next run; the outbox's key ({@code board-meeting:<id>:reminder:<personId>}) sends
 * each reminder once however often the job runs, and on however many nodes. A meeting with nothing on its docket is not
 * reminded of (yet: an item put on it later, inside the window, brings the reminder at the next run).
 */
@Component
public class BoardReminders {

    private final BoardRepository board;
    private final BoardVoting voting;
    private final Outbox outbox;
    private final MessageSource messages;
    private final Languages languages;
    private final FundProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration window;

    BoardReminders(BoardRepository board, BoardVoting voting, Outbox outbox, MessageSource messages, Languages languages,
            FundProperties properties, TransactionTemplate tx, Clock clock, @Value("${fund.board.reminder-days:3}") int reminderDays) {
        if (reminderDays < 1) {
            throw new IllegalArgumentException("fund.board.reminder-days must be at least 1, not " + reminderDays);
        }
        this.board = board;
        this.voting = voting;
        this.outbox = outbox;
        this.messages = messages;
        this.languages = languages;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
        this.window = Duration.ofDays(reminderDays);
    }

    /** The periodic run (hourly by default; the first one waits as long as the outbox sender's first poll). */
    @Scheduled(fixedDelayString = "${fund.board.reminder-interval:PT1H}",
            initialDelayString = "${fund.board.reminder-initial-delay:${fund.mail.initial-delay:PT10S}}")
    public void poll() {
        remindDue();
    }

    /**
     * Queues the reminders due now for the meetings starting within the window, one transaction per meeting (the
     * scheduler calls this from inside the bean, past any proxy); returns how many were queued.
     */
    public int remindDue() {
        Instant now = clock.instant();
        int queued = 0;
        for (BoardMeeting meeting : board.meetingsStartingBetween(now, now.plus(window))) {
            Integer sent = tx.execute(status -> remind(meeting));
            queued += sent == null ? 0 : sent;
        }
        return queued;
    }

    /** The meeting's reminders not queued yet, to every member now; none while its docket is empty. */
    private int remind(BoardMeeting meeting) {
        int items = board.openItemCount(meeting.id());
        if (items == 0) {
            return 0;
        }
        int queued = 0;
        for (Person member : voting.members()) {
            if (remind(meeting, items, member)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean remind(BoardMeeting meeting, int items, Person member) {
        Locale locale = languages.localeOf(member.preferredLanguage());
        String when = EmailTime.of(meeting.startsAt());
        String page = properties.publicUrl() + "/board/meetings/" + meeting.id();
        return outbox.email("board-meeting:" + meeting.id() + ":reminder:" + member.id(), member.email(),
                messages.getMessage("board.reminder.subject", new Object[] {meeting.reference(), when}, locale),
                messages.getMessage("board.reminder.body", new Object[] {member.displayName(), when, meeting.place(), items, page,
                        page + "/packet"}, locale));
    }
}
