package org.globalaifund.engine.board;

import java.time.Instant;

/** A member's vote as cast, with the reason they gave if any (the latest vote on a motion counts). */
public record BoardVote(String motionId, String personId, VoteChoice choice, Instant castAt, String reason) {}
