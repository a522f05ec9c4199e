-- Links that let a person set (first time) or reset their password: stored as a SHA-256 hash
-- of the token, used once, and only until they expire.
create table password_link (
    token_hash  bytea       primary key,
    account_id  uuid        not null references account (id),
    purpose     text        not null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    constraint password_link_purpose check (purpose in ('FIRST', 'RESET'))
);

create index password_link_by_account on password_link (account_id);
