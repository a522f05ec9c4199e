-- People who sign in: clients, coaches and admins.
-- A client who booked without choosing a password yet has no password_hash.
create table account (
    id            uuid primary key default gen_random_uuid(),
    email         text        not null,
    display_name  text        not null,
    password_hash text,
    role          text        not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    version       integer     not null default 0,
    constraint account_role_known check (role in ('CLIENT', 'COACH', 'ADMIN')),
    constraint account_email_shape check (email ~ '^[^@\s]+@[^@\s]+$' and char_length(email) <= 254),
    constraint account_display_name_length check (char_length(display_name) between 1 and 120)
);

-- Email addresses are unique whatever their case.
create unique index account_email_unique on account (lower(email));
