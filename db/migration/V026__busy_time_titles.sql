-- The titles of other calendars' events, kept only for the calendars whose coach chose to see them.
alter table external_calendar
    add column show_titles boolean not null default false;

alter table external_busy
    add column title text not null default '',
    add constraint external_busy_title_length check (char_length(title) <= 200);
