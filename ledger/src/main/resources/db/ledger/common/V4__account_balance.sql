-- Performance (docs/PERFORMANCE.md): the running balances move out of ledger.account into a narrow table keyed by the
-- account id. Every batch locks the rows of the accounts it touches and rewrites their balances; H2 updates a row by
-- removing and re-adding it in every index of its table, and ledger.account has five secondary indexes besides its
-- primary key (natural key, book, book + chart code, fund, grant), so each lock and each balance update rewrote six
-- B-trees (and the commit walked all those changes again). account_balance has only its primary key.
-- No foreign key to ledger.account: the ledger inserts the balance row in the same transaction as the account
-- (Accounts.open) and never deletes accounts; a foreign key check would run on every balance update on H2.
create table ledger.account_balance (
    account_id      bigint not null primary key,
    debits_posted   bigint not null,
    credits_posted  bigint not null,
    debits_pending  bigint not null,
    credits_pending bigint not null
);

insert into ledger.account_balance (account_id, debits_posted, credits_posted, debits_pending, credits_pending)
    select account_id, debits_posted, credits_posted, debits_pending, credits_pending from ledger.account;

alter table ledger.account drop column debits_posted;
alter table ledger.account drop column credits_posted;
alter table ledger.account drop column debits_pending;
alter table ledger.account drop column credits_pending;
