-- The single-use links of password_reset_request serve three purposes now: a password reset (30 minutes), the
-- invitation of a new account to choose its first password (48 hours) and the confirmation of a new e-mail address
-- (24 hours, with the address it confirms).
alter table password_reset_request add column purpose varchar(20) default 'RESET' not null;
alter table password_reset_request add column new_email varchar(254);
