-- Search results come newest first: with this index a common word is answered by walking the
-- coach's notes from the newest until a page of matches is found, a rare one by the text index.
create index note_by_coach_newest on note (coach_id, updated_at desc);

-- Keep a note's text and its search vector in the row, uncompressed, unless the row outgrows a
-- page: matching a note then costs one page read, which the planner sees, instead of a hidden
-- fetch and decompression from the TOAST table for every note it looks at.
alter table note set (toast_tuple_target = 8160);

-- The notes tagged with one principle, for the search's principle filter.
create index note_principle_by_principle on note_principle (principle, note_id);
