package org.globalaifund.engine.board;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.globalaifund.engine.people.Constituency;

/**
 * The board's rule for deciding a motion, as the issue states it, made precise:
 * <ul>
 * <li>The <b>base</b> is the board's members (active people holding BOARD_MEMBER with a seat in a constituency; the
 * chair is one of them) minus those recused from the item: a declared conflict, or excluded because they applied for
 * the application or reviewed it.</li>
 * <li><b>Quorum</b>: more than half of the base is present (present * 2 &gt; base; exactly half is no quorum), and the
 * present members of the base come from at least three different constituencies. An empty base has no quorum.</li>
 * <li>Only present members of the base count. An abstention (or a present member who did not vote) counts for quorum
 * (quorum is presence), never as a vote cast; votes cast are FOR and AGAINST.</li>
 * <li>With quorum, the motion <b>carries</b> when FOR &gt; AGAINST (a majority of votes cast); a tie, or no vote cast at
 * all, <b>fails</b>. Without quorum the motion is <b>not decided</b> (NO_QUORUM).</li>
 * </ul>
 * Pure: no database, no clock.
 */
public final class BoardQuorum {

    /** One member of the board as the close sees them. */
    public record Seat(String personId, Constituency constituency, boolean present, boolean recused) {
        public Seat {
            Objects.requireNonNull(personId, "personId");
            Objects.requireNonNull(constituency, "constituency");
        }
    }

    public enum Outcome { CARRIED, FAILED, NO_QUORUM }

    /** What the close found: the base and who of it was present, how many constituencies, the votes, and the outcome. */
    public record Tally(int members, int recused, int present, int constituencies, int votesFor, int votesAgainst, int abstentions,
            boolean quorum, Outcome outcome) {

        /** Members of the board not recused from the item. */
        public int base() {
            return members - recused;
        }
    }

    private BoardQuorum() {
    }

    /** Counts the motion's votes ({@code votes}: person id to their latest vote) against the seats. */
    public static Tally count(List<Seat> seats, Map<String, VoteChoice> votes) {
        List<Seat> base = seats.stream().filter(s -> !s.recused()).toList();
        List<Seat> present = base.stream().filter(Seat::present).toList();
        int constituencies = (int) present.stream().map(Seat::constituency).distinct().count();
        boolean quorum = !base.isEmpty() && present.size() * 2 > base.size() && constituencies >= 3;
        int votesFor = 0;
        int against = 0;
        int abstentions = 0;
        for (Seat seat : present) {
            VoteChoice choice = votes.get(seat.personId());
            if (choice == VoteChoice.FOR) {
                votesFor++;
            } else if (choice == VoteChoice.AGAINST) {
                against++;
            } else if (choice == VoteChoice.ABSTAIN) {
                abstentions++;
            }
        }
        Outcome outcome = !quorum ? Outcome.NO_QUORUM : votesFor > against ? Outcome.CARRIED : Outcome.FAILED;
        return new Tally(seats.size(), seats.size() - base.size(), present.size(), constituencies, votesFor, against, abstentions,
                quorum, outcome);
    }
}
