package org.globalaifund.engine.board;

import org.globalaifund.engine.people.Constituency;

/**
 * One member on a closed motion's roll: constituency, presence, why recused (or null), and the vote that counted with
 * its reason (or null).
 */
public record RollEntry(String personId, Constituency constituency, boolean present, String recusedReason, VoteChoice choice,
        String voteReason) {}
