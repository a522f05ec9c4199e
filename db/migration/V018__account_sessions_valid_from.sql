-- Signed-in sessions that began before this moment no longer stand: set when the password is
-- changed or set by link, and when the account is switched off. Every instance reads it, so a
-- session ends wherever its next request arrives.
alter table account add column sessions_valid_from timestamptz;
