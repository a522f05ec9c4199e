-- A coach's calendar feed carries the intake answers of her sessions: each fetch that does is
-- recorded once, as read by the feed's owner, for no one client in particular.
alter table answer_read alter column client_id drop not null;
alter table answer_read drop constraint answer_read_what;
alter table answer_read add constraint answer_read_what check (what in ('CHECK_IN', 'CHECK_INS', 'INTAKE', 'FEED'));
alter table answer_read add constraint answer_read_whose check (what = 'FEED' or client_id is not null);
