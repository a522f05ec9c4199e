-- A person's private calendar feed: the secret part of its address. Making a new address
-- replaces the secret, and the old address stops working at once.
create table calendar_feed (
    account_id uuid        primary key references account (id),
    secret     bytea       not null,
    made_at    timestamptz not null,
    constraint calendar_feed_secret_length check (octet_length(secret) = 24)
);
