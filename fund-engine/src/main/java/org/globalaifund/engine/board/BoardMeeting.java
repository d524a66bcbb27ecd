package org.globalaifund.engine.board;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A meeting of the board: its reference, when (UTC) and where (a room or a link). */
public record BoardMeeting(String id, String reference, Instant startsAt, String place, String createdBy, Instant createdAt) {

    /** The meeting's day in the fund's time zone (UTC, as its time is given and shown). */
    public LocalDate day() {
        return LocalDate.ofInstant(startsAt, ZoneOffset.UTC);
    }

    /** Whether the meeting's day is still to come at {@code now}: nothing is recorded at it before that day. */
    public boolean isAhead(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).isBefore(day());
    }

    /** Whether the meeting's day is over at {@code now}: nothing more goes on its docket. */
    public boolean isPast(Instant now) {
        return day().isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC));
    }
}
