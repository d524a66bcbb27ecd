package org.globalaifund.engine.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.engine.people.Constituency.CIVIL_SOCIETY;
import static org.globalaifund.engine.people.Constituency.GOVERNMENTS;
import static org.globalaifund.engine.people.Constituency.PHILANTHROPY;
import static org.globalaifund.engine.people.Constituency.PRIVATE_SECTOR;
import static org.globalaifund.engine.people.Constituency.UN_AGENCIES;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globalaifund.engine.board.BoardQuorum.Outcome;
import org.globalaifund.engine.board.BoardQuorum.Seat;
import org.globalaifund.engine.board.BoardQuorum.Tally;
import org.globalaifund.engine.people.Constituency;
import org.junit.jupiter.api.Test;

/** The board's quorum and majority rule at its edges. */
class BoardQuorumTest {

    private static Seat present(String id, Constituency c) {
        return new Seat(id, c, true, false);
    }

    private static Seat absent(String id, Constituency c) {
        return new Seat(id, c, false, false);
    }

    private static Seat recused(String id, Constituency c) {
        return new Seat(id, c, true, true);
    }

    private static Map<String, VoteChoice> votes(Object... pairs) {
        Map<String, VoteChoice> votes = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            votes.put((String) pairs[i], (VoteChoice) pairs[i + 1]);
        }
        return votes;
    }

    @Test
    void exactlyHalfPresentIsNoQuorum() {
        List<Seat> seats = List.of(present("a", GOVERNMENTS), present("b", PRIVATE_SECTOR), present("c", PHILANTHROPY),
                absent("d", CIVIL_SOCIETY), absent("e", UN_AGENCIES), absent("f", GOVERNMENTS));

        Tally tally = BoardQuorum.count(seats, votes("a", VoteChoice.FOR, "b", VoteChoice.FOR, "c", VoteChoice.FOR));

        assertThat(tally.present()).isEqualTo(3);
        assertThat(tally.base()).isEqualTo(6);
        assertThat(tally.quorum()).isFalse();
        assertThat(tally.outcome()).isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void oneMoreThanHalfFromThreeConstituenciesIsQuorum() {
        List<Seat> seats = List.of(present("a", GOVERNMENTS), present("b", PRIVATE_SECTOR), present("c", PHILANTHROPY),
                present("d", CIVIL_SOCIETY), absent("e", UN_AGENCIES), absent("f", GOVERNMENTS));

        Tally tally = BoardQuorum.count(seats, votes("a", VoteChoice.FOR, "b", VoteChoice.FOR, "c", VoteChoice.AGAINST));

        assertThat(tally.quorum()).isTrue();
        assertThat(tally.outcome()).isEqualTo(Outcome.CARRIED);
    }

    @Test
    void abstentionsCountForQuorumButNotAsVotesCast() {
        List<Seat> seats = List.of(present("a", GOVERNMENTS), present("b", PRIVATE_SECTOR), present("c", PHILANTHROPY),
                absent("d", CIVIL_SOCIETY), absent("e", UN_AGENCIES));

        Tally tally = BoardQuorum.count(seats, votes("a", VoteChoice.FOR, "b", VoteChoice.ABSTAIN, "c", VoteChoice.ABSTAIN));

        assertThat(tally.quorum()).isTrue();
        assertThat(tally.abstentions()).isEqualTo(2);
        assertThat(tally.outcome()).isEqualTo(Outcome.CARRIED);
    }

    @Test
    void abstentionsOnlyHaveQuorumButNoMajority() {
        List<Seat> seats = List.of(present("a", GOVERNMENTS), present("b", PRIVATE_SECTOR), present("c", PHILANTHROPY));

        Tally tally = BoardQuorum.count(seats, votes("a", VoteChoice.ABSTAIN, "b", VoteChoice.ABSTAIN, "c", VoteChoice.ABSTAIN));

        assertThat(tally.quorum()).isTrue();
        assertThat(tally.votesFor() + tally.votesAgainst()).isZero();
        assertThat(tally.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void twoConstituenciesAreNoQuorumWhateverTheNumbers() {
        List<Seat> seats = List.of(present("a", GOVERNMENTS), present("b", GOVERNMENTS), present("c", PRIVATE_SECTOR),
                present("d", PRIVATE_SECTOR), absent("e", PHILANTHROPY));

        Tally tally = BoardQuorum.count(seats, votes("a", VoteChoice.FOR, "b", VoteChoice.FOR, "c", VoteChoice.FOR, "d", VoteChoice.FOR));

        assertThat(tally.constituencies()).isEqualTo(2);
        assertThat(tally.outcome()).isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void threeConstituenciesAreEnough() {
        List<Seat> seats = List.of(present("a", GOVERNMENTS), present("b", GOVERNMENTS), present("c", PRIVATE_SECTOR),
                present("d", PHILANTHROPY), absent("e", PHILANTHROPY));

        Tally tally = BoardQuorum.count(seats, votes("a", VoteChoice.FOR, "b", VoteChoice.FOR));

        assertThat(tally.constituencies()).isEqualTo(3);
        assertThat(tally.outcome()).isEqualTo(Outcome.CARRIED);
    }

    @Test
    void aTieFails() {
        List<Seat> seats = List.of(present("a", GOVERNMENTS), present("b", PRIVATE_SECTOR), present("c", PHILANTHROPY),
                present("d", CIVIL_SOCIETY));

        Tally tally = BoardQuorum.count(seats, votes("a", VoteChoice.FOR, "b", VoteChoice.FOR, "c", VoteChoice.AGAINST, "d", VoteChoice.AGAINST));

        assertThat(tally.quorum()).isTrue();
        assertThat(tally.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void recusedMembersLeaveTheBaseAndTheirVotesDoNotCount() {
        List<Seat> seats = List.of(present("a", GOVERNMENTS), present("b", PRIVATE_SECTOR), present("c", PHILANTHROPY),
                recused("d", CIVIL_SOCIETY), recused("e", UN_AGENCIES), absent("f", GOVERNMENTS));

        Tally tally = BoardQuorum.count(seats, votes("a", VoteChoice.AGAINST, "b", VoteChoice.FOR, "d", VoteChoice.AGAINST,
                "e", VoteChoice.AGAINST, "c", VoteChoice.FOR));

        assertThat(tally.members()).isEqualTo(6);
        assertThat(tally.recused()).isEqualTo(2);
        assertThat(tally.base()).isEqualTo(4);
        assertThat(tally.present()).isEqualTo(3);
        assertThat(tally.votesAgainst()).isEqualTo(1);
        assertThat(tally.outcome()).isEqualTo(Outcome.CARRIED);
    }

    @Test
    void recusalsCanTakeAwayTheQuorumTheyDoNotCountIn() {
        List<Seat> seats = List.of(present("a", GOVERNMENTS), present("b", PRIVATE_SECTOR), recused("c", PHILANTHROPY),
                absent("d", CIVIL_SOCIETY));

        Tally tally = BoardQuorum.count(seats, votes("a", VoteChoice.FOR, "b", VoteChoice.FOR));

        assertThat(tally.present()).isEqualTo(2);
        assertThat(tally.base()).isEqualTo(3);
        assertThat(tally.constituencies()).isEqualTo(2);
        assertThat(tally.outcome()).isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void theChairCountsAsAMemberAndVotesLikeOne() {
        Seat chair = present("chair", GOVERNMENTS);
        List<Seat> seats = List.of(chair, present("b", PRIVATE_SECTOR), present("c", PHILANTHROPY), absent("d", CIVIL_SOCIETY),
                absent("e", UN_AGENCIES));

        Tally tally = BoardQuorum.count(seats, votes("chair", VoteChoice.FOR, "b", VoteChoice.AGAINST));

        assertThat(tally.present()).isEqualTo(3);
        assertThat(tally.quorum()).isTrue();
        assertThat(tally.votesFor()).isOne();
        assertThat(tally.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void votesOfAbsentMembersAndAnEmptyBoardDoNotCount() {
        Tally absentVotes = BoardQuorum.count(List.of(present("a", GOVERNMENTS), present("b", PRIVATE_SECTOR), present("c", PHILANTHROPY),
                absent("d", CIVIL_SOCIETY)), votes("d", VoteChoice.FOR, "a", VoteChoice.AGAINST));
        Tally empty = BoardQuorum.count(List.of(), votes());

        assertThat(absentVotes.votesFor()).isZero();
        assertThat(absentVotes.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(empty.outcome()).isEqualTo(Outcome.NO_QUORUM);
    }
}
