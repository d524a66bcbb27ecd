-- Performance (docs/PERFORMANCE.md): every inserted line paid two foreign-key checks (entry, account) and every entry
-- one (book). The ledger itself guarantees what they checked, in the same transaction as the insert: it writes an
-- entry and its lines in one batch, only for accounts it has just locked (SELECT ... FOR UPDATE, so they exist) and
-- only for a book it has just read (BOOK_NOT_FOUND otherwise); accounts and books are never deleted, and the
-- append-only triggers forbid deleting or changing entries and lines. The other foreign keys (account -> book,
-- pending_resolution -> entry, period_close -> book) stay: they are not on the hot path.
-- Same three constraints as H2's V3 (which names them as H2 generated them).
alter table ledger.entry drop constraint entry_book_code_fkey;
alter table ledger.entry_line drop constraint entry_line_entry_id_fkey;
alter table ledger.entry_line drop constraint entry_line_account_id_fkey;
