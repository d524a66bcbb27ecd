-- PostgreSQL: entries, lines, resolutions and period closes are append-only.
create function ledger.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'ledger.% is append-only: % refused', tg_table_name, tg_op
        using errcode = '55000';
end
$$;

create trigger entry_append_only before update or delete on ledger.entry
    for each row execute function ledger.refuse_change();
create trigger entry_truncate_refused before truncate on ledger.entry
    for each statement execute function ledger.refuse_change();
create trigger entry_line_append_only before update or delete on ledger.entry_line
    for each row execute function ledger.refuse_change();
create trigger entry_line_truncate_refused before truncate on ledger.entry_line
    for each statement execute function ledger.refuse_change();
create trigger pending_resolution_append_only before update or delete on ledger.pending_resolution
    for each row execute function ledger.refuse_change();
create trigger pending_resolution_truncate_refused before truncate on ledger.pending_resolution
    for each statement execute function ledger.refuse_change();
create trigger period_close_append_only before update or delete on ledger.period_close
    for each row execute function ledger.refuse_change();
