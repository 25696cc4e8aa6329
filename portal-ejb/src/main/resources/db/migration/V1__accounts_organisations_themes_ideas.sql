-- Portable between H2 2.x and PostgreSQL: no identity columns (EclipseLink 4 + H2 2.2 reject them), one sequence
-- whose increment matches the entities' allocation size.
create sequence portal_seq start with 50 increment by 50;

create table organisation (
    id          bigint       not null primary key,
    name        varchar(200) not null,
    type        varchar(40)  not null,
    version     bigint       not null,
    constraint organisation_name_uk unique (name)
);

create table account (
    id              bigint       not null primary key,
    username        varchar(100) not null,
    display_name    varchar(200) not null,
    email           varchar(254),
    password_hash   varchar(255) not null,
    organisation_id bigint       references organisation (id),
    locale          varchar(10)  not null,
    version         bigint       not null,
    constraint account_username_uk unique (username)
);

create table account_role (
    account_id bigint      not null references account (id),
    role       varchar(40) not null,
    primary key (account_id, role)
);

create table theme (
    id      bigint       not null primary key,
    code    varchar(40)  not null,
    name_nl varchar(200) not null,
    name_en varchar(200) not null,
    position integer     not null,
    constraint theme_code_uk unique (code)
);

create table idea_number_counter (
    idea_year   integer not null primary key,
    last_number integer not null
);

create table idea (
    id                        bigint        not null primary key,
    idea_number               varchar(20)   not null,
    title                     varchar(200)  not null,
    description               varchar(10000) not null,
    theme_id                  bigint        not null references theme (id),
    proposing_organisation_id bigint        not null references organisation (id),
    submitted_by_id           bigint        not null references account (id),
    status                    varchar(40)   not null,
    status_reason             varchar(2000),
    submitted_at              timestamp     not null,
    status_changed_at         timestamp     not null,
    version                   bigint        not null,
    constraint idea_number_uk unique (idea_number)
);
create index idea_proposing_organisation_ix on idea (proposing_organisation_id);
create index idea_status_ix on idea (status);

create table idea_event (
    id          bigint        not null primary key,
    idea_id     bigint        not null references idea (id),
    occurred_at timestamp     not null,
    actor       varchar(100)  not null,
    type        varchar(40)   not null,
    from_status varchar(40),
    to_status   varchar(40),
    note        varchar(2000)
);
create index idea_event_idea_ix on idea_event (idea_id, occurred_at);
