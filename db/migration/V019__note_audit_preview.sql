-- A note's opening lines shown in a list (a client's notes timeline) and a search hit are
-- recorded per note like any other read of its text.
alter table note_audit drop constraint note_audit_action;
alter table note_audit add constraint note_audit_action
    check (action in ('CREATE', 'READ', 'PREVIEW', 'SAVE', 'SIGN', 'ADDENDUM', 'SEARCH', 'HISTORY'));
