-- a progress report on a milestone keeps what the owner entered for that milestone; percentage stays the figure of
-- the whole elaboration that followed from it (the mean of the milestones)
alter table elaboration_progress add column milestone_title varchar(200);
alter table elaboration_progress add column milestone_percentage integer;
