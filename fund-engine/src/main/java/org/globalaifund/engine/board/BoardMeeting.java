package org.globalaifund.engine.board;

import java.time.Instant;

/** A meeting of the board: its reference, when (UTC) and where (a room or a link). */
public record BoardMeeting(String id, String reference, Instant startsAt, String place, String createdBy, Instant createdAt) {}
