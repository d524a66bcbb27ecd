-- H2: entries, lines, resolutions and period closes are append-only (Java trigger in the ledger jar).
create trigger ledger.entry_append_only before update, delete on ledger.entry
    for each row call 'org.globalaifund.ledger.schema.AppendOnlyTrigger';
create trigger ledger.entry_line_append_only before update, delete on ledger.entry_line
    for each row call 'org.globalaifund.ledger.schema.AppendOnlyTrigger';
create trigger ledger.pending_resolution_append_only before update, delete on ledger.pending_resolution
    for each row call 'org.globalaifund.ledger.schema.AppendOnlyTrigger';
create trigger ledger.period_close_append_only before update, delete on ledger.period_close
    for each row call 'org.globalaifund.ledger.schema.AppendOnlyTrigger';
