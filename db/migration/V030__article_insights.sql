-- How many times the booking flow was opened from each part of the article, per day (UTC): a count
-- and nothing else, no cookie, no address, no person. section: a principle's slug for that
-- principle's "Work on this in a session", or 'closing' for the closing call to action (and /book
-- opened any other way).
create table booking_flow_opened (
    day     date    not null,
    section text    not null,
    opened  integer not null,
    primary key (day, section),
    constraint booking_flow_opened_section check (section ~ '^[a-z-]{1,40}$'),
    constraint booking_flow_opened_count check (opened > 0)
);

-- Which part of the article a reader's booking came from, in the same sections. A booking made
-- another way (the coach's own appointment) has none.
create table booking_entry (
    booking_id uuid primary key references booking (id),
    coach_id   uuid not null references coach_profile (account_id),
    section    text not null,
    booked_at  timestamptz not null,
    constraint booking_entry_section check (section ~ '^[a-z-]{1,40}$')
);

create index booking_entry_by_coach on booking_entry (coach_id, booked_at);
