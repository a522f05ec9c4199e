-- What a coach offers and when: session types and the rules the slot engine works from.
-- Local times are in the coach's time zone (coach_profile.time_zone) and expanded per date.

create table session_type (
    id               uuid primary key default gen_random_uuid(),
    coach_id         uuid        not null references coach_profile (account_id),
    name             text        not null,
    duration_minutes integer     not null,
    description      text        not null default '',
    price_label      text        not null default '',
    colour           text        not null,
    active           boolean     not null default true,
    position         integer     not null default 0,
    created_at       timestamptz not null default now(),
    version          integer     not null default 0,
    constraint session_type_name_length check (char_length(name) between 1 and 80),
    constraint session_type_duration_range check (duration_minutes between 5 and 480),
    constraint session_type_description_length check (char_length(description) <= 2000),
    constraint session_type_price_length check (char_length(price_label) <= 40),
    constraint session_type_colour_shape check (colour ~ '^#[0-9a-f]{6}$')
);

create index session_type_by_coach on session_type (coach_id, position);

create table availability_rule (
    coach_id               uuid    primary key references coach_profile (account_id),
    buffer_before_minutes  integer not null default 0,
    buffer_after_minutes   integer not null default 0,
    minimum_notice_minutes integer not null default 720,
    horizon_days           integer not null default 60,
    slot_step_minutes      integer not null default 30,
    version                integer not null default 0,
    constraint availability_rule_buffers check (buffer_before_minutes between 0 and 1440 and buffer_after_minutes between 0 and 1440),
    constraint availability_rule_notice check (minimum_notice_minutes between 0 and 43200),
    constraint availability_rule_horizon check (horizon_days between 1 and 730),
    constraint availability_rule_step check (slot_step_minutes between 5 and 240)
);

-- Working hours per weekday (1 = Monday … 7 = Sunday); several intervals a day.
create table weekly_hours (
    id         uuid     primary key default gen_random_uuid(),
    coach_id   uuid     not null references coach_profile (account_id),
    weekday    smallint not null,
    start_time time     not null,
    end_time   time     not null,
    constraint weekly_hours_weekday check (weekday between 1 and 7),
    constraint weekly_hours_order check (start_time < end_time)
);

create index weekly_hours_by_coach on weekly_hours (coach_id, weekday, start_time);

-- A date whose hours differ from the week's: no hours rows means closed that day.
create table date_override (
    coach_id uuid not null references coach_profile (account_id),
    day      date not null,
    primary key (coach_id, day)
);

create table date_override_hours (
    id         uuid primary key default gen_random_uuid(),
    coach_id   uuid not null,
    day        date not null,
    start_time time not null,
    end_time   time not null,
    foreign key (coach_id, day) references date_override (coach_id, day) on delete cascade,
    constraint date_override_hours_order check (start_time < end_time)
);
