-- H2: the board's records cannot be rewritten (Java trigger in fund-engine, BoardRecordTrigger): votes, attendance,
-- declarations, rolls and stated schedules are append-only; a vote needs an open motion; a closed motion never changes.
CREATE TRIGGER fund.board_vote_frozen BEFORE INSERT, UPDATE, DELETE ON fund.board_vote
    FOR EACH ROW CALL 'org.globalaifund.engine.board.BoardRecordTrigger';
CREATE TRIGGER fund.board_motion_frozen BEFORE UPDATE, DELETE ON fund.board_motion
    FOR EACH ROW CALL 'org.globalaifund.engine.board.BoardRecordTrigger';
CREATE TRIGGER fund.board_attendance_frozen BEFORE UPDATE, DELETE ON fund.board_attendance
    FOR EACH ROW CALL 'org.globalaifund.engine.board.BoardRecordTrigger';
CREATE TRIGGER fund.board_recusal_frozen BEFORE UPDATE, DELETE ON fund.board_recusal
    FOR EACH ROW CALL 'org.globalaifund.engine.board.BoardRecordTrigger';
CREATE TRIGGER fund.board_roll_frozen BEFORE UPDATE, DELETE ON fund.board_roll
    FOR EACH ROW CALL 'org.globalaifund.engine.board.BoardRecordTrigger';
CREATE TRIGGER fund.board_motion_tranche_frozen BEFORE UPDATE, DELETE ON fund.board_motion_tranche
    FOR EACH ROW CALL 'org.globalaifund.engine.board.BoardRecordTrigger';
