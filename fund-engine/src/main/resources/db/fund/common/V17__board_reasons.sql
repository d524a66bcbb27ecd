-- The reason a member gives with a vote (an explanation of vote) and the reason the chair records with attendance
-- (apologies, arrived late, left before an item), both optional and kept with the append-only rows; the roll of a
-- closed motion keeps the reason of the vote that counted. On H2, V16_1 lifts the guards of these tables before and
-- V17_1 sets them again after (H2 rebuilds a table to add a column and would carry its triggers over under the name of
-- the copy); PostgreSQL keeps its triggers through the change.
ALTER TABLE fund.board_vote ADD COLUMN reason VARCHAR(2000);
ALTER TABLE fund.board_attendance ADD COLUMN reason VARCHAR(2000);
ALTER TABLE fund.board_roll ADD COLUMN vote_reason VARCHAR(2000);
