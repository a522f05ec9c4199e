-- What the coach shares with the client beside a session's private note: what they agreed, a
-- practice for the week. It has a table of its own, so nothing the client can reach ever touches
-- a note. The coach's working copy (draft) and what the client sees (shared_text) are different
-- columns with different rules: the client's queries read the view shared_takeaway, which has no
-- draft and no row that was never shared.
create table takeaway (
    note_id     uuid        primary key references note (id) on delete cascade,
    coach_id    uuid        not null references coach_profile (account_id),
    client_id   uuid        not null references account (id),
    booking_id  uuid        references booking (id),
    draft       text        not null default '',
    shared_text text,
    shared_at   timestamptz,
    updated_at  timestamptz not null,
    constraint takeaway_draft_length check (char_length(draft) <= 2000),
    constraint takeaway_shared_whole check ((shared_text is null) = (shared_at is null))
);

create index takeaway_by_client on takeaway (client_id, shared_at);

create view shared_takeaway as
    select note_id, coach_id, client_id, booking_id, shared_text, shared_at
    from takeaway
    where shared_at is not null;

-- A signed note's takeaway is frozen with it: its text cannot change, and it can only be shared as it was signed.
create function takeaway_frozen_with_its_note() returns trigger language plpgsql as $$
begin
    if exists (select 1 from note where id = new.note_id and signed_at is not null)
            and (tg_op = 'INSERT' or new.draft is distinct from old.draft
                 or (new.shared_text is distinct from old.shared_text and new.shared_text is distinct from old.draft)) then
        raise exception 'the takeaway of a signed note is frozen' using errcode = 'P0001';
    end if;
    return new;
end
$$;

create trigger takeaway_frozen_with_its_note before insert or update on takeaway
    for each row execute function takeaway_frozen_with_its_note();

-- Every time a coach shares a takeaway: who, which, when, and whether it went by email too.
create table takeaway_share (
    id        bigserial   primary key,
    note_id   uuid        not null references takeaway (note_id) on delete cascade,
    coach_id  uuid        not null references coach_profile (account_id),
    actor_id  uuid        not null references account (id),
    by_email  boolean     not null,
    at        timestamptz not null
);

alter table outbox_message drop constraint outbox_message_kind;
alter table outbox_message add constraint outbox_message_kind check (kind in ('CONFIRMATION', 'NEW_BOOKING', 'REMINDER', 'RESCHEDULED',
    'CANCELLED', 'PASSWORD_LINK', 'TAKEAWAY'));
