-- H2 only: the guards of the tables V17 adds a column to are lifted for that change; V17_1 sets them again, unchanged.
DROP TRIGGER fund.board_vote_frozen;
DROP TRIGGER fund.board_attendance_frozen;
DROP TRIGGER fund.board_roll_frozen;
