-- The transactional outbox: a mail is stored in the transaction of the change that causes it and delivered over SMTP
-- afterwards. message_id stays the same over every attempt, so a mail sent twice after a crash is one mail to the
-- receiving side. next_attempt_at is when the sender may (again) take it up; a sender taking it up moves it forward
-- (its lease), so another node leaves it alone while it is being sent.
create table outbox_mail (
    id              bigint        not null primary key,
    kind            varchar(40)   not null,
    recipient       varchar(254)  not null,
    language        varchar(10)   not null,
    subject         varchar(400)  not null,
    text_body       varchar(20000)         not null,
    html_body       varchar(40000)         not null,
    message_id      varchar(200)  not null,
    status          varchar(10)   not null,
    attempts        integer       not null,
    created_at      timestamp     not null,
    next_attempt_at timestamp     not null,
    sent_at         timestamp,
    last_error      varchar(1000),
    version         bigint        not null,
    constraint outbox_mail_message_id_uk unique (message_id)
);
create index outbox_mail_due_ix on outbox_mail (status, next_attempt_at);
