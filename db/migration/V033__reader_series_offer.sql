-- A session type the coach lets readers book as a series from the booking page: so many sessions,
-- every 1, 2 or 4 weeks, at the local time (in the coach's zone) of the time the reader chose.
create table reader_series_offer (
    session_type_id uuid     primary key references session_type (id) on delete cascade,
    sessions        smallint not null,
    every_weeks     smallint not null,
    constraint reader_series_offer_size check (sessions between 2 and 12),
    constraint reader_series_offer_rhythm check (every_weeks in (1, 2, 4))
);
