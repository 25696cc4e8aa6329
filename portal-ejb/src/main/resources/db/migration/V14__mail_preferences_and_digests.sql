-- What each person chose per kind of mail that may be switched off: immediately (no row), in the daily digest, or
-- never. Keyed by username: the mail feature knows people by name only.
create table mail_preference (
    username varchar(100) not null,
    kind     varchar(40)  not null,
    choice   varchar(20)  not null,
    primary key (username, kind)
);
-- A mail a person chose to read in the daily digest instead: its subject and link, until the digest took it.
create table digest_item (
    id          bigint        not null primary key,
    username    varchar(100)  not null,
    kind        varchar(40)   not null,
    subject     varchar(400)  not null,
    link        varchar(1000) not null,
    created_at  timestamp     not null,
    digested_at timestamp
);
create index digest_item_open_ix on digest_item (username, digested_at);
-- The daily rounds (the digest, the session reminders): each once per day, whichever node starts it first.
create table daily_round (
    name       varchar(40) not null,
    run_date   date        not null,
    started_at timestamp   not null,
    primary key (name, run_date)
);
-- Secrets the nodes of a deployment share, made at first use (the key that signs unsubscribe links).
create table portal_secret (
    name   varchar(40)  not null primary key,
    secret varchar(200) not null
);
