-- The demo workshop: a fictional problem-solving workshop between two towns that share the
-- polluted valley of the river Aldra. Kestrel Ford, upstream, lives from the copper mine;
-- Sarvi, downstream, from orchards, fishing and the spring water it bottles. Every name,
-- place and event here is invented. Run by `parley --demo` against an empty workshop file of
-- the current schema, in one transaction.

INSERT INTO workshop (id, title, context, venue, language, start_date, end_date, confidentiality)
VALUES (1,
  'The Aldra valley: water, work and trust',
  'Since the tailings dam of the Kestrel Ford copper mine failed in the spring flood three years ago, ' ||
  'the river below it has carried heavy metals into Sarvi''s orchards and fishponds. Sarvi blames the ' ||
  'mine and the town that lives from it; Kestrel Ford fears that closing the mine would end the town. ' ||
  'Lawsuits, a blockade of the valley road and two violent nights have followed. Official talks between ' ||
  'the two municipalities broke off last year.',
  'A retreat house above the lake, neutral ground for both towns',
  'English, with interpretation',
  '2026-10-12', '2026-10-15',
  'Confidential: the record of a private workshop. Nothing in it is to be attributed to any ' ||
  'participant outside the room, and no part of it leaves the facilitators without the group''s consent.');

INSERT INTO party (id, position, name, short_name, colour) VALUES
  (1, 1, 'Kestrel Ford (upstream)', 'Kestrel Ford', '#E69F00'),
  (2, 2, 'Sarvi (downstream)', 'Sarvi', '#56B4E9');

INSERT INTO participant (id, position, party_id, name, role, pseudonym, notes) VALUES
  (1, 1, 1, 'Marta Kovač', 'Town councillor, mining families'' association', 'Participant A1', ''),
  (2, 2, 1, 'José Alvarenga', 'Shift engineer at the mine', 'Participant A2', 'Asked that his employer not learn he took part.'),
  (3, 3, 1, 'Agnieszka Wróbel', 'Schoolteacher and union member', 'Participant A3', ''),
  (4, 4, 1, 'Tomas Reiner', 'Editor of the Kestrel Ford weekly', 'Participant A4', ''),
  (5, 5, 1, 'Hope Lindqvist', 'Pastor, Kestrel Ford parish', 'Participant A5', ''),
  (6, 6, 1, 'Dmitri Orlov', 'Former mine safety inspector', 'Participant A6', ''),
  (7, 7, 2, 'Олена Гринюк', 'Orchard cooperative chair', 'Participant B1', 'Speaks through the interpreter on day 1.'),
  (8, 8, 2, 'ნინო ბერიძე', 'Doctor at the Sarvi clinic', 'Participant B2', ''),
  (9, 9, 2, 'Stefan Mäkinen', 'Fish farmer', 'Participant B3', ''),
  (10, 10, 2, 'Λένα Παππά', 'Lawyer for the Sarvi residents'' claim', 'Participant B4', 'Involved in the lawsuit: watch for confidentiality concerns.'),
  (11, 11, 2, 'Arman Sadykov', 'Former deputy mayor of Sarvi', 'Participant B5', ''),
  (12, 12, 2, 'Ilse Varga', 'Youth worker, bottling plant', 'Participant B6', '');

INSERT INTO session (id, date, title) VALUES
  (1, '2026-10-12', 'Day 1: opening and stories'),
  (2, '2026-10-13', 'Day 2: needs and fears'),
  (3, '2026-10-14', 'Day 3: options');

-- Everyone attended day 1; José missed day 2 (a shift he could not swap) and Arman day 3.
INSERT INTO attendance (session_id, participant_id)
  SELECT s.id, p.id FROM session s, participant p
  WHERE NOT (s.id = 2 AND p.id = 2) AND NOT (s.id = 3 AND p.id = 11);
