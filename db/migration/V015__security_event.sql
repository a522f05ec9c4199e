-- Sign-ins, failed sign-ins, password changes and account changes: who, what, when, from where.
-- Rows are only ever added.
create table security_event (
    id          bigint      generated always as identity primary key,
    at          timestamptz not null default now(),
    kind        text        not null,
    account_id  uuid        references account (id),
    actor_id    uuid        references account (id),
    address     text,
    constraint security_event_kind check (kind in ('SIGNED_IN', 'SIGN_IN_FAILED', 'PASSWORD_CHANGED', 'PASSWORD_SET_BY_LINK',
        'ACCOUNT_OPENED', 'ACCOUNT_SWITCHED_OFF', 'ACCOUNT_SWITCHED_ON'))
);

create index security_event_newest on security_event (at desc);

create function security_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the security log is append-only' using errcode = 'P0001';
end;
$$;

create trigger security_event_append_only before update or delete on security_event
    for each row execute function security_event_append_only();
