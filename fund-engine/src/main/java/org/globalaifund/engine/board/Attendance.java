package org.globalaifund.engine.board;

import java.time.Instant;

/** A member's attendance at a meeting as last recorded by the chair: present or absent, when, by whom, and why if said. */
public record Attendance(String meetingId, String personId, boolean present, Instant recordedAt, String recordedBy, String reason) {}
