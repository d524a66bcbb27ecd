-- PostgreSQL: the board's records cannot be rewritten: votes, attendance, declarations, rolls and stated schedules are
-- append-only; a vote needs an open motion; a closed motion never changes. H2 does the same in BoardRecordTrigger.
CREATE FUNCTION fund.board_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'fund.% is append-only: % refused', tg_table_name, tg_op USING ERRCODE = '55000';
END
$$;

CREATE FUNCTION fund.board_vote_needs_open_motion() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF tg_op <> 'INSERT' THEN
        RAISE EXCEPTION 'fund.board_vote is append-only: % refused', tg_op USING ERRCODE = '55000';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM fund.board_motion m WHERE m.id = NEW.motion_id AND m.status = 'OPEN') THEN
        RAISE EXCEPTION 'fund.board_vote: motion % is not open', NEW.motion_id USING ERRCODE = '55000';
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION fund.board_motion_closed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF tg_op = 'DELETE' OR OLD.status <> 'OPEN' THEN
        RAISE EXCEPTION 'fund.board_motion %: a closed motion never changes (% refused)', OLD.id, tg_op USING ERRCODE = '55000';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER board_vote_frozen BEFORE INSERT OR UPDATE OR DELETE ON fund.board_vote
    FOR EACH ROW EXECUTE FUNCTION fund.board_vote_needs_open_motion();
CREATE TRIGGER board_motion_frozen BEFORE UPDATE OR DELETE ON fund.board_motion
    FOR EACH ROW EXECUTE FUNCTION fund.board_motion_closed_is_final();
CREATE TRIGGER board_attendance_frozen BEFORE UPDATE OR DELETE ON fund.board_attendance
    FOR EACH ROW EXECUTE FUNCTION fund.board_refuse_change();
CREATE TRIGGER board_recusal_frozen BEFORE UPDATE OR DELETE ON fund.board_recusal
    FOR EACH ROW EXECUTE FUNCTION fund.board_refuse_change();
CREATE TRIGGER board_roll_frozen BEFORE UPDATE OR DELETE ON fund.board_roll
    FOR EACH ROW EXECUTE FUNCTION fund.board_refuse_change();
CREATE TRIGGER board_motion_tranche_frozen BEFORE UPDATE OR DELETE ON fund.board_motion_tranche
    FOR EACH ROW EXECUTE FUNCTION fund.board_refuse_change();
