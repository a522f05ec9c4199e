-- The seven principles of the coach's article: the practice's tagging vocabulary.
create table principle (
    slug    text     primary key,
    number  smallint not null unique,
    title   text     not null,
    summary text     not null,
    colour  text     not null,
    constraint principle_slug_shape check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint principle_number_range check (number between 1 and 99),
    constraint principle_colour_shape check (colour ~ '^#[0-9a-f]{6}$')
);

insert into principle (slug, number, title, summary, colour) values
    ('not-all-bad', 1, 'Perfectionism isn''t all bad',
     'Moderate it so it serves you instead of controlling you: functional over flawless.', '#b8643c'),
    ('perfection-not-necessary', 2, 'Perfection isn''t necessary',
     'Healthy relationships ask for presence and connection, not flawlessness.', '#a9557a'),
    ('black-and-white-thinking', 3, 'Black-and-white thinking',
     'Life is not all-or-nothing: find the middle ground.', '#56646f'),
    ('mistakes-as-growth', 4, 'Mistakes as growth',
     'A mistake is not a tragedy; it teaches. Fail in a forward direction.', '#5a8447'),
    ('beyond-the-helper', 5, 'Identity beyond "the one who helps"',
     'You matter beyond what you contribute: explore what you need and enjoy.', '#74599f'),
    ('not-always-on', 6, 'You don''t have to be "on" all the time',
     'Being human means having limits: breaks, rest and space to breathe.', '#3b7699'),
    ('redefine-success', 7, 'Redefine success in relationships',
     'Rupture and repair, mutual care, and receiving as much as you give.', '#2d8479');
