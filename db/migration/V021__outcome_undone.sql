-- A session marked completed or no-show by mistake can be put back to booked within a day; the
-- history keeps both the outcome and its undoing.
alter table booking_event drop constraint booking_event_kind;
alter table booking_event add constraint booking_event_kind
    check (kind in ('CREATED', 'CONFIRMED', 'RESCHEDULED', 'CANCELLED', 'COMPLETED', 'NO_SHOW', 'OUTCOME_UNDONE'));
