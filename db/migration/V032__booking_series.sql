-- Sessions in a series: one client, one session type, the same local time in the coach's zone
-- every 1, 2 or 4 weeks. Each occurrence is an ordinary booking that knows its series and place in
-- it; the occurrences chosen are claimed in one transaction, under the same exclusion constraint.
create table booking_series (
    id              uuid        primary key,
    coach_id        uuid        not null references coach_profile (account_id),
    client_id       uuid        not null references account (id),
    session_type_id uuid        not null references session_type (id),
    first_day       date        not null,
    local_time      time        not null,
    time_zone       text        not null,
    every_weeks     smallint    not null,
    occurrences     smallint    not null,
    created_at      timestamptz not null,
    constraint booking_series_rhythm check (every_weeks in (1, 2, 4)),
    constraint booking_series_size check (occurrences between 2 and 52),
    constraint booking_series_time_zone_known check (now() at time zone time_zone is not null)
);

alter table booking add column series_id uuid references booking_series (id);
alter table booking add column series_position smallint;
alter table booking add constraint booking_series_place check ((series_id is null) = (series_position is null));
create unique index booking_one_per_series_place on booking (series_id, series_position) where series_id is not null;
