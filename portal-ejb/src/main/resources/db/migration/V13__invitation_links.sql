-- The single-use links of password_reset_request serve two purposes now: a password reset (30 minutes) and the
-- invitation of a new account to choose its first password (48 hours).
alter table password_reset_request add column purpose varchar(20) default 'RESET' not null;
