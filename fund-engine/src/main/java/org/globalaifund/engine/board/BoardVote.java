package org.globalaifund.engine.board;

import java.time.Instant;

/** A member's vote as cast (the latest one on a motion counts). */
public record BoardVote(String motionId, String personId, VoteChoice choice, Instant castAt) {}
