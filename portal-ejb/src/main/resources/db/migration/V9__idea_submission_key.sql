-- The key of the form a partner submitted an idea with: a retried submission (the answer was lost, the button was
-- pressed twice) finds the idea stored the first time instead of storing a second one.
alter table idea add column submission_key varchar(36);
create unique index idea_submission_key_ux on idea (submission_key);
