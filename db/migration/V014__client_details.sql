-- What a person may keep up to date themselves: a phone number and the zone they see times in.
alter table account
    add column phone     text not null default '',
    add column time_zone text,
    add constraint account_phone_length check (char_length(phone) <= 40);
