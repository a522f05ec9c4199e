-- How a session happens (a place or a video link) and how it is paid, both as the coach writes
-- them for each session type and shows them to readers before and after booking.
alter table session_type
    add column place   text not null default '',
    add column payment text not null default '',
    add constraint session_type_place_length check (char_length(place) <= 300),
    add constraint session_type_payment_length check (char_length(payment) <= 300);
