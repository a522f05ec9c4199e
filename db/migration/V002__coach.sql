-- A coach's practice settings; one row per account with the COACH role.
create table coach_profile (
    account_id uuid primary key references account (id),
    time_zone  text        not null,
    created_at timestamptz not null default now(),
    version    integer     not null default 0,
    -- PostgreSQL refuses to convert to a zone it does not know, which rejects unknown zones.
    constraint coach_profile_time_zone_known check (now() at time zone time_zone is not null)
);

-- Which clients belong to which coach. Every practice row carries its coach.
create table coach_client (
    coach_id   uuid        not null references coach_profile (account_id),
    client_id  uuid        not null references account (id),
    created_at timestamptz not null default now(),
    primary key (coach_id, client_id)
);

create index coach_client_by_client on coach_client (client_id);
