package org.globalaifund.engine.board;

/** A member's vote on a motion; an abstention counts for quorum, not as a vote cast. */
public enum VoteChoice { FOR, AGAINST, ABSTAIN }
