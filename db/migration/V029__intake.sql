-- The questions a coach asks when a session type is booked, after the reader's details.
create table intake_question (
    coach_id        uuid     not null references coach_profile (account_id),
    session_type_id uuid     not null references session_type (id),
    position        smallint not null,
    kind            text     not null,
    prompt          text     not null,
    choices         text[]   not null default '{}',
    required        boolean  not null,
    primary key (session_type_id, position),
    constraint intake_question_kind check (kind in ('SHORT_TEXT', 'LONG_TEXT', 'CHOICE', 'YES_NO')),
    constraint intake_question_prompt check (char_length(prompt) between 1 and 200),
    constraint intake_question_choices check (kind = 'CHOICE' or cardinality(choices) = 0),
    constraint intake_question_position check (position between 1 and 10)
);

-- A booking's answers, each with its question as it was asked: changing the questions later never
-- changes an answer already given.
create table intake_answer (
    booking_id uuid     not null references booking (id),
    coach_id   uuid     not null references coach_profile (account_id),
    position   smallint not null,
    prompt     text     not null,
    answer     text     not null,
    primary key (booking_id, position),
    constraint intake_answer_length check (char_length(answer) <= 2000)
);
