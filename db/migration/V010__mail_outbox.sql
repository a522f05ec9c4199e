-- Every message the application sends, written in the same transaction as the change that
-- causes it, then delivered by a worker. A message is claimed with FOR UPDATE SKIP LOCKED, so
-- several application instances never send the same one.
create table outbox_message (
    id               uuid        primary key default gen_random_uuid(),
    kind             text        not null,
    booking_id       uuid        references booking (id),
    recipient_email  text        not null,
    recipient_name   text        not null,
    subject          text        not null,
    text_body        text        not null,
    html_body        text        not null,
    attachment_name  text,
    attachment       bytea,
    created_at       timestamptz not null default now(),
    not_before       timestamptz not null default now(),
    next_attempt_at  timestamptz not null default now(),
    attempts         integer     not null default 0,
    last_error       text,
    sent_at          timestamptz,
    voided_at        timestamptz,
    constraint outbox_message_kind check (kind in ('CONFIRMATION', 'NEW_BOOKING', 'REMINDER', 'RESCHEDULED', 'CANCELLED',
        'PASSWORD_LINK')),
    constraint outbox_message_sent_or_voided check (sent_at is null or voided_at is null)
);

-- What the worker looks for: pending messages whose time has come.
create index outbox_message_due on outbox_message (next_attempt_at) where sent_at is null and voided_at is null;
create index outbox_message_by_booking on outbox_message (booking_id) where booking_id is not null;
create index outbox_message_newest on outbox_message (created_at desc);

-- Each try to hand a message to the mail server, and how it went.
create table outbox_attempt (
    id          bigint      generated always as identity primary key,
    message_id  uuid        not null references outbox_message (id),
    at          timestamptz not null default now(),
    error       text
);

create index outbox_attempt_by_message on outbox_attempt (message_id);
