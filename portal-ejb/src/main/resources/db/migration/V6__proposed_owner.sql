-- The organisation asked to take an idea on, while it decides: it may read the idea it is asked to own.
alter table idea add column proposed_owner_id bigint references organisation (id);
create index idea_proposed_owner_ix on idea (proposed_owner_id);
