-- Requests to reset a password, made on the login page without logging in: recorded here, delivered by e-mail
-- later (delivered_at is set then). Only requests for an existing account are stored.
create table password_reset_request (
    id bigint not null primary key,
    account_id bigint not null references account (id),
    requested_at timestamp not null,
    delivered_at timestamp
);
create index password_reset_account_ix on password_reset_request (account_id, requested_at);
