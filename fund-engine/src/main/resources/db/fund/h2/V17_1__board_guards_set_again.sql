-- H2 only: the guards V16_1 lifted for V17's new columns, set again as V15_1 created them.
CREATE TRIGGER fund.board_vote_frozen BEFORE INSERT, UPDATE, DELETE ON fund.board_vote
    FOR EACH ROW CALL 'org.globalaifund.engine.board.BoardRecordTrigger';
CREATE TRIGGER fund.board_attendance_frozen BEFORE UPDATE, DELETE ON fund.board_attendance
    FOR EACH ROW CALL 'org.globalaifund.engine.board.BoardRecordTrigger';
CREATE TRIGGER fund.board_roll_frozen BEFORE UPDATE, DELETE ON fund.board_roll
    FOR EACH ROW CALL 'org.globalaifund.engine.board.BoardRecordTrigger';
