-- Time in a coach's calendar that is taken, by a booking (including its buffers) or by a block.
-- PostgreSQL itself guarantees that no two claims of one coach overlap: no double booking, ever,
-- whatever the number of concurrent requests or application instances.
create extension if not exists btree_gist;

create table time_claim (
    id       uuid      primary key default gen_random_uuid(),
    coach_id uuid      not null references coach_profile (account_id),
    period   tstzrange not null,
    kind     text      not null,
    note     text      not null default '',
    constraint time_claim_kind check (kind in ('BOOKING', 'BLOCK')),
    constraint time_claim_period_bounded check (not isempty(period) and lower_inc(period) and not upper_inc(period)
        and not lower_inf(period) and not upper_inf(period)),
    constraint time_claim_no_overlap exclude using gist (coach_id with =, period with &&)
);

create table booking (
    id                uuid        primary key default gen_random_uuid(),
    coach_id          uuid        not null references coach_profile (account_id),
    client_id         uuid        not null references account (id),
    session_type_id   uuid        not null references session_type (id),
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    -- the claim is released (set to null) when the booking is cancelled
    claim_id          uuid        unique references time_claim (id) on delete set null,
    status            text        not null default 'BOOKED',
    focus_principle   text        references principle (slug),
    client_message    text        not null default '',
    client_phone      text        not null default '',
    client_time_zone  text        not null,
    idempotency_key   uuid        not null unique,
    created_at        timestamptz not null default now(),
    version           integer     not null default 0,
    constraint booking_status_known check (status in ('BOOKED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    constraint booking_order check (starts_at < ends_at),
    constraint booking_active_has_claim check (status = 'CANCELLED' or claim_id is not null),
    constraint booking_message_length check (char_length(client_message) <= 2000),
    constraint booking_phone_length check (char_length(client_phone) <= 40),
    constraint booking_client_time_zone_known check (now() at time zone client_time_zone is not null)
);

create index booking_by_coach_and_start on booking (coach_id, starts_at);
create index booking_by_client on booking (client_id, starts_at);
