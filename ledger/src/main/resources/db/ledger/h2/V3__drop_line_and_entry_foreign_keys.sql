-- Performance (docs/PERFORMANCE.md): every inserted line paid two foreign-key look-ups (entry, account) and every
-- entry one (book) plus an index on entry.book_code that only that foreign key needed. The ledger itself guarantees
-- what they checked, in the same transaction as the insert: it writes an entry and its lines in one batch, only for
-- accounts it has just locked (SELECT/UPDATE of their rows, so they exist) and only for a book it has just read
-- (BOOK_NOT_FOUND otherwise); accounts and books are never deleted, and the append-only triggers forbid deleting or
-- changing entries and lines. The other foreign keys (account -> book, pending_resolution -> entry,
-- period_close -> book) stay: they are not on the hot path.
-- H2 names the constraints of V1 itself (CONSTRAINT_<hash of the table name>); PostgreSQL's V3 drops the same three.
alter table ledger.entry drop constraint CONSTRAINT_3F;
alter table ledger.entry_line drop constraint CONSTRAINT_A;
alter table ledger.entry_line drop constraint CONSTRAINT_A9;
