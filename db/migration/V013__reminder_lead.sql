-- How long before a session the coach and the client are reminded of it (default 24 hours).
alter table availability_rule
    add column reminder_lead_minutes integer not null default 1440,
    add constraint availability_rule_reminder_lead check (reminder_lead_minutes between 60 and 10080);
