-- A timeline entry written by a workflow step carries the step's reference (process instance + activity instance),
-- so a retried step finds its own entry instead of writing a second one.
alter table idea_event add column workflow_ref varchar(100);
create unique index idea_event_workflow_ref_ux on idea_event (workflow_ref);
