-- A reader who books without signing in, with an address that already has an account, books on
-- trust: the session waits for the address's owner to confirm it (by the link in the message
-- sent to that address) before it belongs to their account. Until then the calendar shows the
-- name the reader typed.
alter table booking add column awaits_client boolean not null default false;
alter table booking add column typed_name text not null default '';
alter table booking add constraint booking_typed_name_length check (char_length(typed_name) <= 200);

alter table booking_event drop constraint booking_event_kind;
alter table booking_event add constraint booking_event_kind
    check (kind in ('CREATED', 'CONFIRMED', 'RESCHEDULED', 'CANCELLED', 'COMPLETED', 'NO_SHOW'));
