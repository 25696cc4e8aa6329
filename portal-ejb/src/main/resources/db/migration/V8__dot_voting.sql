-- In-session dot voting: the facilitator opens a vote with a number of dots per participant; each dot a participant
-- puts on an insight is a row (several dots on one insight are several rows).
alter table portal_session add column voting_open boolean default false not null;
alter table portal_session add column dots_per_participant integer default 3 not null;

create table insight_vote (
    id bigint not null primary key,
    insight_id bigint not null references insight (id),
    account_id bigint not null references account (id),
    cast_at timestamp not null
);
create index insight_vote_insight_ix on insight_vote (insight_id);
create index insight_vote_account_ix on insight_vote (account_id);
