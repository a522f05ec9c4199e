-- Keys the application signs links with, made once and shared by every instance.
create table app_secret (
    name       text        primary key,
    value      bytea       not null,
    created_at timestamptz not null default now(),
    constraint app_secret_length check (octet_length(value) >= 32)
);
