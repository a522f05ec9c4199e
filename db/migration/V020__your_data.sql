-- A client's data in the client's hands: erasure requests and the coach's decisions, how long a
-- coach keeps the notes of an erased client, and a trail of every step.

-- When a client's account was anonymised; its name, address and phone are gone from then on.
alter table account add column erased_at timestamptz;

-- How many years after an erased client's last session the coach keeps their notes.
alter table coach_profile add column note_retention_years integer not null default 10;
alter table coach_profile add constraint coach_profile_note_retention check (note_retention_years between 1 and 100);

-- A client's request to be forgotten, and what their coach decided (or that the client withdrew it).
create table erasure_request (
    id                    uuid        primary key default gen_random_uuid(),
    client_id             uuid        not null references account (id),
    requested_at          timestamptz not null,
    reason                text        not null default '',
    withdrawn_at          timestamptz,
    decided_at            timestamptz,
    decided_by            uuid        references coach_profile (account_id),
    notes_deleted_at_once boolean,
    constraint erasure_request_reason_length check (char_length(reason) <= 2000),
    constraint erasure_request_decision_whole check (
        (decided_at is null and decided_by is null and notes_deleted_at_once is null)
        or (decided_at is not null and decided_by is not null and notes_deleted_at_once is not null)),
    constraint erasure_request_withdrawn_or_decided check (withdrawn_at is null or decided_at is null)
);

-- At most one open request per client.
create unique index erasure_request_one_open on erasure_request (client_id) where decided_at is null and withdrawn_at is null;

-- Every step taken with a client's data: downloads, requests, decisions, exports, purges. Only ever added to.
create table privacy_event (
    id         bigint      generated always as identity primary key,
    at         timestamptz not null,
    kind       text        not null,
    client_id  uuid        references account (id),
    coach_id   uuid        references coach_profile (account_id),
    actor_id   uuid        references account (id),
    detail     text        not null default '',
    constraint privacy_event_kind check (kind in ('DATA_DOWNLOADED', 'ERASURE_REQUESTED', 'ERASURE_WITHDRAWN', 'CLIENT_ANONYMISED', 'NOTES_KEPT',
        'NOTES_DELETED', 'RECORD_EXPORTED', 'PRACTICE_EXPORTED')),
    constraint privacy_event_detail_length check (char_length(detail) <= 500)
);

create index privacy_event_by_client on privacy_event (client_id, at desc);
create index privacy_event_by_coach on privacy_event (coach_id, at desc);

create trigger privacy_event_append_only before update or delete on privacy_event
    for each row execute function security_event_append_only();

-- Reading and exporting notes is audited like any other read.
alter table note_audit drop constraint note_audit_action;
alter table note_audit add constraint note_audit_action
    check (action in ('CREATE', 'READ', 'PREVIEW', 'SAVE', 'SIGN', 'ADDENDUM', 'SEARCH', 'HISTORY', 'EXPORT'));

-- Notes are never deleted, except by the purge of an erased client's notes: the purge names its
-- moment (good_enough.purge_at, from the application's clock) and the database checks that the
-- client is erased and that their coach either chose to delete the notes at once or kept them
-- for the whole retention period after the client's last session with that coach.
create function note_purge_allowed(purged uuid) returns boolean language sql stable as $$
    select coalesce(current_setting('good_enough.purge_at', true), '') <> ''
       and exists (
           select 1
           from note n
           join account c on c.id = n.client_id
           join coach_profile p on p.account_id = n.coach_id
           where n.id = purged
             and c.erased_at is not null
             and (exists (select 1 from erasure_request r
                          where r.client_id = n.client_id and r.decided_by = n.coach_id and r.notes_deleted_at_once)
                  or coalesce((select max(b.ends_at) from booking b where b.client_id = n.client_id and b.coach_id = n.coach_id),
                              n.created_at) + make_interval(years => p.note_retention_years)
                     <= current_setting('good_enough.purge_at', true)::timestamptz))
$$;

create or replace function note_refuse_change_when_signed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if note_purge_allowed(old.id) then
            return old;
        end if;
        raise exception 'notes are never deleted' using errcode = 'P0001';
    end if;
    if old.signed_at is not null then
        raise exception 'note % is signed and cannot change', old.id using errcode = 'P0001';
    end if;
    return new;
end;
$$;

create or replace function note_part_refuse_change_when_signed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and note_purge_allowed(old.note_id) then
        return old;
    end if;
    if exists (select 1 from note where id = coalesce(new.note_id, old.note_id) and signed_at is not null) then
        raise exception 'note % is signed and cannot change', coalesce(new.note_id, old.note_id) using errcode = 'P0001';
    end if;
    return coalesce(new, old);
end;
$$;

-- Addenda are part of a note: only the purge removes them.
create function note_addendum_refuse_delete() returns trigger language plpgsql as $$
begin
    if note_purge_allowed(old.note_id) then
        return old;
    end if;
    raise exception 'addenda are never deleted' using errcode = 'P0001';
end;
$$;

create trigger note_addendum_kept before delete on note_addendum
    for each row execute function note_addendum_refuse_delete();
