-- The whole domain of DESIGN.md §3 beyond the walking skeleton.

-- organisations: contact persons
create table organisation_contact (
    organisation_id bigint       not null references organisation (id),
    position        integer      not null,
    name            varchar(200) not null,
    email           varchar(254),
    phone           varchar(40),
    function_title  varchar(200),
    primary key (organisation_id, position)
);

-- verdiepingssessies
create table portal_session (
    id                         bigint        not null primary key,
    title                      varchar(300)  not null,
    description                varchar(10000),
    status                     varchar(40)   not null,
    facilitator_organisation_id bigint       references organisation (id),
    minutes                    varchar(100000),
    version                    bigint        not null
);

create table session_theme (
    session_id bigint not null references portal_session (id),
    theme_id   bigint not null references theme (id),
    primary key (session_id, theme_id)
);

create table session_day (
    id         bigint       not null primary key,
    session_id bigint       not null references portal_session (id),
    day_date   date         not null,
    location   varchar(300) not null,
    position   integer      not null
);
create index session_day_session_ix on session_day (session_id);

create table session_agenda_item (
    day_id     bigint       not null references session_day (id),
    position   integer      not null,
    starts_at  varchar(5)   not null,
    title      varchar(300) not null,
    primary key (day_id, position)
);

create table session_registration (
    id              bigint    not null primary key,
    session_id      bigint    not null references portal_session (id),
    account_id      bigint    not null references account (id),
    organisation_id bigint    references organisation (id),
    registered_at   timestamp not null,
    constraint session_registration_uk unique (session_id, account_id)
);

-- inzichten
create table insight_cluster (
    id         bigint       not null primary key,
    session_id bigint       not null references portal_session (id),
    theme_id   bigint       not null references theme (id),
    name       varchar(200) not null,
    version    bigint       not null
);

create table insight (
    id          bigint        not null primary key,
    session_id  bigint        not null references portal_session (id),
    theme_id    bigint        not null references theme (id),
    text        varchar(2000) not null,
    author_id   bigint        references account (id),
    cluster_id  bigint        references insight_cluster (id),
    status      varchar(40)   not null,
    captured_at timestamp     not null,
    version     bigint        not null
);
create index insight_session_theme_ix on insight (session_id, theme_id);

-- ideas: texts, origin, co-proposers, co-authors, owner, lineage, publication
alter table idea add column problem varchar(10000);
alter table idea add column expected_impact varchar(10000);
alter table idea add column origin_session_id bigint references portal_session (id);
alter table idea add column owner_organisation_id bigint references organisation (id);
alter table idea add column merged_into_id bigint references idea (id);
alter table idea add column published_at timestamp;
create index idea_owner_organisation_ix on idea (owner_organisation_id);
create index idea_origin_session_ix on idea (origin_session_id);

create table idea_additional_theme (
    idea_id  bigint not null references idea (id),
    theme_id bigint not null references theme (id),
    primary key (idea_id, theme_id)
);

create table idea_insight (
    idea_id    bigint not null references idea (id),
    insight_id bigint not null references insight (id),
    primary key (idea_id, insight_id)
);

create table idea_co_proposer (
    idea_id         bigint not null references idea (id),
    organisation_id bigint not null references organisation (id),
    primary key (idea_id, organisation_id)
);

create table idea_co_author (
    idea_id    bigint not null references idea (id),
    account_id bigint not null references account (id),
    primary key (idea_id, account_id)
);

-- beoordeling
create table assessment_criterion (
    id       bigint       not null primary key,
    code     varchar(40)  not null,
    name_nl  varchar(200) not null,
    name_en  varchar(200) not null,
    weight   integer      not null,
    position integer      not null,
    active   boolean      not null,
    version  bigint       not null,
    constraint assessment_criterion_code_uk unique (code)
);

create table assessment (
    id           bigint        not null primary key,
    idea_id      bigint        not null references idea (id),
    assessor_id  bigint        not null references account (id),
    comment_text varchar(4000),
    submitted_at timestamp     not null,
    version      bigint        not null,
    constraint assessment_idea_assessor_uk unique (idea_id, assessor_id)
);

create table assessment_score (
    assessment_id bigint  not null references assessment (id),
    criterion_id  bigint  not null references assessment_criterion (id),
    score         integer not null,
    weight        integer not null,
    primary key (assessment_id, criterion_id)
);

-- rol van de gemeente
create table municipal_role (
    id          bigint       not null primary key,
    code        varchar(40)  not null,
    name_nl     varchar(200) not null,
    name_en     varchar(200) not null,
    perspective varchar(40)  not null,
    position    integer      not null,
    active      boolean      not null,
    version     bigint       not null,
    constraint municipal_role_code_uk unique (code)
);

create table municipal_role_conflict (
    role_id             bigint not null references municipal_role (id),
    conflicting_role_id bigint not null references municipal_role (id),
    primary key (role_id, conflicting_role_id)
);

create table role_assignment (
    id                     bigint        not null primary key,
    idea_id                bigint        not null references idea (id),
    primary_role_id        bigint        not null references municipal_role (id),
    department             varchar(200)  not null,
    commitment             varchar(4000) not null,
    rationale              varchar(4000) not null,
    conflict_justification varchar(4000),
    status                 varchar(40)   not null,
    proposed_by            varchar(100)  not null,
    proposed_at            timestamp     not null,
    decided_by             varchar(100),
    decided_at             timestamp,
    decision_note          varchar(4000),
    version                bigint        not null,
    constraint role_assignment_idea_uk unique (idea_id)
);

create table role_assignment_secondary (
    assignment_id bigint not null references role_assignment (id),
    role_id       bigint not null references municipal_role (id),
    primary key (assignment_id, role_id)
);

-- uitwerking
create table elaboration (
    id                      bigint         not null primary key,
    idea_id                 bigint         not null references idea (id),
    owner_organisation_id   bigint         not null references organisation (id),
    goal                    varchar(4000),
    approach                varchar(10000),
    partners_involved       varchar(4000),
    budget_need             decimal(14, 2),
    ask_of_municipality     varchar(4000),
    status                  varchar(40)    not null,
    version                 bigint         not null,
    constraint elaboration_idea_uk unique (idea_id)
);

create table elaboration_milestone (
    id             bigint       not null primary key,
    elaboration_id bigint       not null references elaboration (id),
    position       integer      not null,
    title          varchar(300) not null,
    due_date       date         not null,
    progress       integer      not null,
    completed_at   timestamp
);
create index elaboration_milestone_ix on elaboration_milestone (elaboration_id);

create table elaboration_progress (
    id             bigint        not null primary key,
    elaboration_id bigint        not null references elaboration (id),
    reported_at    timestamp     not null,
    reported_by    varchar(100)  not null,
    percentage     integer       not null,
    text           varchar(4000) not null
);
create index elaboration_progress_ix on elaboration_progress (elaboration_id, reported_at);

-- audit trail: who did (or tried) what
create table audit_event (
    id          bigint        not null primary key,
    occurred_at timestamp     not null,
    actor       varchar(100)  not null,
    action      varchar(100)  not null,
    target_type varchar(60),
    target_id   varchar(60),
    outcome     varchar(20)   not null,
    detail      varchar(2000)
);
create index audit_event_time_ix on audit_event (occurred_at);
create index audit_event_actor_ix on audit_event (actor, occurred_at);
