-- The coach's private session notes. Every row carries its coach; only that coach reads it.
create table note (
    id          uuid        primary key default gen_random_uuid(),
    coach_id    uuid        not null references coach_profile (account_id),
    client_id   uuid        not null references account (id),
    booking_id  uuid        references booking (id),
    body        text        not null default '',
    free_tags   text[]      not null default '{}',
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    signed_at   timestamptz,
    version     integer     not null default 0,
    search      tsvector    generated always as (to_tsvector('english'::regconfig, body)) stored,
    constraint note_body_length check (char_length(body) <= 100000),
    constraint note_free_tags_count check (cardinality(free_tags) <= 20)
);

create index note_by_coach_and_client on note (coach_id, client_id, updated_at desc);
create index note_by_booking on note (booking_id);
create index note_search on note using gin (search);

-- The principles a note is tagged with, and where the client stands on each (1–5, optional).
create table note_principle (
    note_id   uuid     not null references note (id),
    principle text     not null references principle (slug),
    stance    smallint,
    primary key (note_id, principle),
    constraint note_principle_stance check (stance between 1 and 5)
);

-- Every saved version of a note's text, kept for good.
create table note_version (
    note_id   uuid        not null references note (id),
    version   integer     not null,
    body      text        not null,
    free_tags text[]      not null,
    saved_at  timestamptz not null default now(),
    primary key (note_id, version)
);

-- Dated additions to a signed note.
create table note_addendum (
    id       uuid        primary key default gen_random_uuid(),
    note_id  uuid        not null references note (id),
    body     text        not null,
    added_at timestamptz not null default now(),
    constraint note_addendum_length check (char_length(body) between 1 and 20000)
);

-- Who read or wrote which note, when. Never the note's text.
create table note_audit (
    id       bigint      generated always as identity primary key,
    coach_id uuid        not null references coach_profile (account_id),
    actor_id uuid        not null references account (id),
    note_id  uuid        references note (id),
    action   text        not null,
    at       timestamptz not null default now(),
    constraint note_audit_action check (action in ('CREATE', 'READ', 'SAVE', 'SIGN', 'ADDENDUM', 'SEARCH', 'HISTORY'))
);

create index note_audit_by_coach on note_audit (coach_id, at desc);

-- A signed note is final: the database itself refuses to change or delete it, or its tags and versions.
create function note_refuse_change_when_signed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'notes are never deleted' using errcode = 'P0001';
    end if;
    if old.signed_at is not null then
        raise exception 'note % is signed and cannot change', old.id using errcode = 'P0001';
    end if;
    return new;
end;
$$;

create trigger note_locked_when_signed before update or delete on note
    for each row execute function note_refuse_change_when_signed();

create function note_part_refuse_change_when_signed() returns trigger language plpgsql as $$
begin
    if exists (select 1 from note where id = coalesce(new.note_id, old.note_id) and signed_at is not null) then
        raise exception 'note % is signed and cannot change', coalesce(new.note_id, old.note_id) using errcode = 'P0001';
    end if;
    return coalesce(new, old);
end;
$$;

create trigger note_principle_locked_when_signed before insert or update or delete on note_principle
    for each row execute function note_part_refuse_change_when_signed();

create trigger note_version_locked_when_signed before insert or update or delete on note_version
    for each row execute function note_part_refuse_change_when_signed();
