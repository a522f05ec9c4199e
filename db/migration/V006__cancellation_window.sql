-- How long before a session a client may still move or cancel it themselves (default 24 hours).
alter table availability_rule
    add column cancellation_window_minutes integer not null default 1440,
    add constraint availability_rule_cancellation_window check (cancellation_window_minutes between 0 and 43200);
