-- A reset request now carries its single-use link: only the SHA-256 hash of the token is stored (the token itself is
-- in the mail alone), with when it stops working and when it was used. Earlier requests have no token and never work.
alter table password_reset_request add column token_hash varchar(64);
alter table password_reset_request add column expires_at timestamp;
alter table password_reset_request add column used_at timestamp;
create unique index password_reset_token_ix on password_reset_request (token_hash);
