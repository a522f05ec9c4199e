-- The coach's other calendars (an iCalendar address, such as the "secret address in iCal format"
-- Google and Apple give), and the busy times last read from them. The booking page reads busy
-- times from here and never waits on a remote calendar.
create table external_calendar (
    id              uuid        primary key default gen_random_uuid(),
    coach_id        uuid        not null references coach_profile (account_id),
    label           text        not null,
    address         text        not null,
    all_day_blocks  boolean     not null default true,
    created_at      timestamptz not null,
    last_attempt_at timestamptz,
    last_success_at timestamptz,
    last_problem    text        not null default '',
    constraint external_calendar_label_length check (char_length(label) between 1 and 80),
    constraint external_calendar_address_length check (char_length(address) between 1 and 2000),
    constraint external_calendar_problem_length check (char_length(last_problem) <= 300)
);

create index external_calendar_by_coach on external_calendar (coach_id);

create table external_busy (
    calendar_id uuid      not null references external_calendar (id) on delete cascade,
    coach_id    uuid      not null references coach_profile (account_id),
    period      tstzrange not null,
    constraint external_busy_period_bounded check (not isempty(period) and not lower_inf(period) and not upper_inf(period))
);

create index external_busy_by_coach on external_busy using gist (coach_id, period);

-- A booking's claim may not overlap a busy time either: the same refusal (SQL state 23P01) as an
-- overlap with another claim, so every way of booking or moving answers it as "just taken".
create function time_claim_not_over_busy_time() returns trigger language plpgsql as $$
begin
    if new.kind = 'BOOKING' and exists (
            select from external_busy b where b.coach_id = new.coach_id and b.period && new.period) then
        raise exception 'time claim overlaps a busy time of the coach''s calendars' using errcode = '23P01';
    end if;
    return new;
end;
$$;

create trigger time_claim_not_over_busy_time
    before insert or update of period on time_claim
    for each row execute function time_claim_not_over_busy_time();
