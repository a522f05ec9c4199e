-- What happened to a booking, when and by whom: created, rescheduled, cancelled, completed, no-show.
create table booking_event (
    id         uuid        primary key default gen_random_uuid(),
    booking_id uuid        not null references booking (id),
    coach_id   uuid        not null references coach_profile (account_id),
    at         timestamptz not null default now(),
    kind       text        not null,
    by_account uuid        references account (id),
    detail     text        not null default '',
    constraint booking_event_kind check (kind in ('CREATED', 'RESCHEDULED', 'CANCELLED', 'COMPLETED', 'NO_SHOW')),
    constraint booking_event_detail_length check (char_length(detail) <= 500)
);

create index booking_event_by_booking on booking_event (booking_id, at);

-- Bookings made before this table existed get their creation on record.
insert into booking_event (booking_id, coach_id, at, kind, by_account)
select id, coach_id, created_at, 'CREATED', client_id from booking;
