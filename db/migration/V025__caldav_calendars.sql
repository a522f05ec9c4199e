-- Other calendars read over CalDAV: the server's calendar address, the user, and the password
-- (or app password) encrypted with a key kept apart from the row (app_secret 'calendar-credentials').
alter table external_calendar
    add column kind     text  not null default 'ICS',
    add column username text  not null default '',
    add column secret   bytea,
    add constraint external_calendar_kind check (kind in ('ICS', 'CALDAV')),
    add constraint external_calendar_username_length check (char_length(username) <= 200),
    add constraint external_calendar_caldav_has_secret check (kind = 'ICS' or secret is not null);
