-- A client's check-in before a session: how much each principle weighed on them lately (0 to 4;
-- a principle they would rather not rate has no row) and one line of what they would like from
-- the session. One per booking, changeable until the session starts. Every row carries its coach.
create table check_in (
    booking_id  uuid        primary key references booking (id),
    coach_id    uuid        not null references coach_profile (account_id),
    client_id   uuid        not null references account (id),
    wish        text        not null default '',
    answered_at timestamptz not null,
    constraint check_in_wish_length check (char_length(wish) <= 300)
);

create index check_in_by_client on check_in (coach_id, client_id, answered_at);

create table check_in_weight (
    booking_id uuid     not null references check_in (booking_id) on delete cascade,
    principle  text     not null references principle (slug),
    weight     smallint not null,
    primary key (booking_id, principle),
    constraint check_in_weight_range check (weight between 0 and 4)
);

-- Every time a coach's screen shows what a client answered (a check-in, intake answers): who,
-- whose, which session, when. Never what was answered.
create table answer_read (
    id         bigserial   primary key,
    coach_id   uuid        not null references coach_profile (account_id),
    actor_id   uuid        not null references account (id),
    client_id  uuid        not null references account (id),
    booking_id uuid        references booking (id),
    what       text        not null,
    at         timestamptz not null,
    constraint answer_read_what check (what in ('CHECK_IN', 'CHECK_INS', 'INTAKE'))
);

create index answer_read_by_client on answer_read (coach_id, client_id, at);
