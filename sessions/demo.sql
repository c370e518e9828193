-- The demo workshop: a fictional problem-solving workshop between two towns that share the
-- polluted valley of the river Aldra. Kestrel Ford, upstream, lives from the copper mine;
-- Sarvi, downstream, from orchards, fishing and the spring water it bottles. Every name,
-- place and event here is invented. Run by `parley --demo` against an empty workshop file of
-- the current schema, in one transaction.

-- rules_revision 2: rule 2 was reworded on day 1 after one participant had agreed to it.
INSERT INTO workshop (id, title, context, venue, language, start_date, end_date, confidentiality,
                      rules_revision)
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
  'participant outside the room, and no part of it leaves the facilitators without the group''s consent.',
  2);

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

-- The ground rules: the standard set, tailored to a valley where a lawsuit, insurance claims and
-- a ministry inquiry are all under way. Rule 2 is in its second wording (see the log).
INSERT INTO rule (id, position, text) VALUES
  (1, 1, 'What is said in this room stays in this room. Outside it, no one repeats who said what; ' ||
         'no one records, photographs or posts anything; the written record names no participant.'),
  (2, 2, 'Nothing said here is used in court or in any claim: not in the residents'' lawsuit, not in ' ||
         'the insurance claims, not before the ministry''s inquiry, by anyone, for either town.'),
  (3, 3, 'Each of us speaks for ourselves, not for the council, the mine, the cooperative, the clinic ' ||
         'or the parish. No one here negotiates on anyone''s behalf.'),
  (4, 4, 'We are here to understand what the flood and the years since have done to each of us, not ' ||
         'to win the argument. We do not blame, score points or lecture.'),
  (5, 5, 'No one is asked to agree with anything or to sign anything. Disagreement is expected.'),
  (6, 6, 'Inside this room a shift engineer and a former deputy mayor are equal. Everyone has the same ' ||
         'time, may speak in their own language through the interpreters, and may ask for a pause.'),
  (7, 7, 'The facilitators guide the process. They do not judge what is said, take sides or propose ' ||
         'solutions, and they report to no ministry, company or court.');

-- Day 1: everyone agreed. Hope Lindqvist agreed before rule 2 was reworded at the request of the
-- residents' lawyer and was out of the room when the others agreed to the new wording, so hers
-- is consent to an earlier wording. Day 2: José is away, and Dmitri and Arman came in after the
-- round of agreement, so two of the eleven present have not agreed yet.
INSERT INTO consent (session_id, participant_id, agreed_at, rules_revision, note) VALUES
  (1, 5, '2026-10-12T09:18:00Z', 1, ''),
  (1, 4, '2026-10-12T09:41:00Z', 2, 'agreed after discussing recording'),
  (1, 1, '2026-10-12T09:43:00Z', 2, ''),
  (1, 2, '2026-10-12T09:43:00Z', 2, ''),
  (1, 3, '2026-10-12T09:43:00Z', 2, ''),
  (1, 6, '2026-10-12T09:44:00Z', 2, ''),
  (1, 7, '2026-10-12T09:44:00Z', 2, ''),
  (1, 8, '2026-10-12T09:44:00Z', 2, ''),
  (1, 9, '2026-10-12T09:45:00Z', 2, ''),
  (1, 10, '2026-10-12T09:45:00Z', 2, ''),
  (1, 11, '2026-10-12T09:45:00Z', 2, ''),
  (1, 12, '2026-10-12T09:46:00Z', 2, ''),
  (2, 1, '2026-10-13T09:10:00Z', 2, ''),
  (2, 3, '2026-10-13T09:10:00Z', 2, ''),
  (2, 4, '2026-10-13T09:11:00Z', 2, ''),
  (2, 5, '2026-10-13T09:11:00Z', 2, ''),
  (2, 7, '2026-10-13T09:12:00Z', 2, ''),
  (2, 8, '2026-10-13T09:12:00Z', 2, ''),
  (2, 9, '2026-10-13T09:13:00Z', 2, ''),
  (2, 10, '2026-10-13T09:13:00Z', 2, ''),
  (2, 12, '2026-10-13T09:14:00Z', 2, '');

-- Phases (0 ground rules, 1 stories; status 1 in progress, 2 done).
INSERT INTO phase_progress (session_id, phase, status) VALUES
  (1, 0, 2), (1, 1, 2),
  (2, 0, 1), (2, 1, 1);

-- The session log, as Parley and the facilitators wrote it (NULL: the workshop as a whole).
INSERT INTO session_log (session_id, at, kind, text) VALUES
  (NULL, '2026-10-11T17:30:00Z', 'note',
   'Interpreters confirmed for both days: Ukrainian and Georgian. The retreat house keeps no guest list.'),
  (1, '2026-10-12T09:02:00Z', 'phase', 'Ground rules marked in progress.'),
  (1, '2026-10-12T09:18:00Z', 'consent', 'Hope Lindqvist agreed to the ground rules.'),
  (NULL, '2026-10-12T09:26:00Z', 'rules',
   'The ground rules changed after participants had agreed to them; their consent is now to an ' ||
   'earlier wording.'),
  (1, '2026-10-12T09:27:00Z', 'note',
   'Rule 2 reworded at the request of the residents'' lawyer: it now covers the insurance claims and ' ||
   'the ministry''s inquiry, not only the lawsuit.'),
  (1, '2026-10-12T09:41:00Z', 'consent', 'Tomas Reiner agreed to the ground rules.'),
  (1, '2026-10-12T09:46:00Z', 'note',
   'Ten more agreed to the new wording in one round. Hope was out of the room for a phone call; ' ||
   'ask her again at the break.'),
  (1, '2026-10-12T09:52:00Z', 'override',
   'Moved on from Ground rules despite: 1 participant agreed to an earlier wording of the rules. ' ||
   'Reason: she agreed to the first wording and only rule 2 changed; the group did not want to wait.'),
  (1, '2026-10-12T09:52:00Z', 'phase', 'Ground rules done; now Stories.'),
  (1, '2026-10-12T10:05:00Z', 'floor', 'Олена Гринюк has the floor.'),
  (1, '2026-10-12T10:16:00Z', 'floor', 'Marta Kovač has the floor.'),
  (1, '2026-10-12T10:55:00Z', 'note',
   'Pause of twenty minutes after the story of the fish kill, asked for by both sides.'),
  (1, '2026-10-12T13:30:00Z', 'floor', 'Arman Sadykov has the floor.'),
  (1, '2026-10-12T14:06:20Z', 'floor', 'The floor is closed.'),
  (1, '2026-10-12T14:10:00Z', 'phase', 'Stories marked done.'),
  (2, '2026-10-13T09:03:00Z', 'phase', 'Ground rules marked in progress.'),
  (2, '2026-10-13T09:14:00Z', 'consent', 'Ilse Varga agreed to the ground rules.'),
  (2, '2026-10-13T09:20:00Z', 'note',
   'Dmitri Orlov and Arman Sadykov came in after the round of agreement; ask them at the break.'),
  (2, '2026-10-13T09:25:00Z', 'phase', 'Stories marked in progress.');

-- Day 1: everyone told their story, the parties alternating. About 36 minutes of floor time for
-- Kestrel Ford and 37 for Sarvi.
INSERT INTO turn (id, session_id, participant_id, started_at, held_ms, running_since_ms) VALUES
  (1, 1, 7, '2026-10-12T10:05:00Z', 460000, 0),
  (2, 1, 1, '2026-10-12T10:16:00Z', 375000, 0),
  (3, 1, 8, '2026-10-12T10:26:30Z', 530000, 0),
  (4, 1, 2, '2026-10-12T10:39:00Z', 245000, 0),
  (5, 1, 9, '2026-10-12T10:47:30Z', 330000, 0),
  (6, 1, 3, '2026-10-12T11:15:00Z', 440000, 0),
  (7, 1, 10, '2026-10-12T11:26:00Z', 225000, 0),
  (8, 1, 4, '2026-10-12T11:33:00Z', 310000, 0),
  (9, 1, 11, '2026-10-12T13:30:00Z', 400000, 0),
  (10, 1, 5, '2026-10-12T13:40:30Z', 290000, 0),
  (11, 1, 12, '2026-10-12T13:49:00Z', 305000, 0),
  (12, 1, 6, '2026-10-12T13:58:00Z', 500000, 0);

-- Day 2: a second round on what has changed since the flood; three are waiting.
INSERT INTO speaking_queue (session_id, participant_id, position) VALUES
  (2, 9, 1),
  (2, 1, 2),
  (2, 12, 3);

-- The stories of day 1, in the facilitators' words, in the order they were told.
INSERT INTO story (id, session_id, teller_id, summary, reflected_by_id, restatement) VALUES
  (1, 1, 7,
   'The night the dam gave way she was in the packing shed; by morning the lower orchards stood ' ||
   'knee-deep in grey water. No buyer would take the cooperative''s pears that autumn, and three of ' ||
   'its families have since sold their land to pay their debts. What hurts most, she said, is being ' ||
   'told the soil is "within limits" while no one will buy what grows in it.',
   3,
   'I heard that you lost more than a harvest: you lost the trust of your buyers, and being told the ' ||
   'soil is fine while nobody buys your pears feels like being called a liar.'),
  (2, 1, 1,
   'Her father and both her brothers worked underground, and her husband still does. Since the flood, ' ||
   'people from Kestrel Ford are turned away in shops downstream and their children are called ' ||
   'poisoners at the regional school. She fears that if the mine closes the town will be empty within ' ||
   'five years, like the tin towns to the north.',
   11,
   'Your family''s whole life is the mine, your children are blamed for something they did not do, ' ||
   'and you are afraid your town will simply disappear.'),
  (3, 1, 8,
   'At the clinic she has seen rashes, stomach complaints and, twice, high lead levels in small ' ||
   'children from the riverside streets. She wrote to the ministry twice without an answer; a third ' ||
   'letter came back asking her to "avoid alarming the public". Parents now bring their children to ' ||
   'her in tears, and she no longer knows whom to trust with the results.',
   5,
   'You are carrying the children''s results alone. You tried to warn the people responsible and were ' ||
   'told to keep quiet, and now you do not know whom to trust.'),
  (4, 1, 2,
   'He was on the night shift when the alarm on the tailings dam went off, and spent eleven hours ' ||
   'trying to open the spillway. He believes the company had been told about the cracks a year ' ||
   'earlier but cannot say so at work without losing his job. He carries the valley''s anger, he ' ||
   'said, without having been the one who decided.',
   NULL, ''),
  (5, 1, 9,
   'Within two days of the flood his ponds were full of dead fish; he and his son buried four tonnes ' ||
   'with a borrowed digger. The insurer has still not paid, because the cause is "disputed". His son ' ||
   'has gone to work abroad, and he does not know whether to restock or give up.',
   6,
   'You lost your whole stock in two days, you are still waiting for the money while everyone argues ' ||
   'about whose fault it was, and your son has left.'),
  (6, 1, 3,
   'Half of her pupils are miners'' children. Since the blockade of the valley road some of them ' ||
   'cannot reach the regional hospital for their check-ups without a two-hour detour, and one boy ' ||
   'asked her whether his father is a criminal. She wants the children of both towns kept out of the ' ||
   'quarrel.',
   12,
   'You are protecting children who are made to answer for their parents, and the blockade has hurt ' ||
   'them too. You want them left out of this, and so do I.'),
  (7, 1, 10,
   'She spoke briefly and carefully, and asked that nothing she said be connected to the claim. Her ' ||
   'mother''s house on the riverside street was flooded and has stood empty since. She took the case, ' ||
   'she said, because the people of that street felt no one in authority would ever listen to them ' ||
   'otherwise.',
   NULL, ''),
  (8, 1, 4,
   'His paper printed the company''s statement the day after the flood without checking it, and he ' ||
   'has regretted it since. He now gets threats from both towns: from downstream for defending the ' ||
   'mine, from his own town for reporting the clinic''s findings. There is no longer any news, he said, ' ||
   'that the two towns believe together.',
   NULL, ''),
  (9, 1, 11,
   'He was deputy mayor when the two councils last met, and believes the ministry promised each town ' ||
   'something different in the same week. He organised the first days of the blockade and regrets the ' ||
   'second night, when a truck was burned and its driver hurt. He fears another year without talks ' ||
   'will leave the valley to those who want it to burn.',
   NULL, ''),
  (10, 1, 5,
   'She buried two of the three who drowned in the flood, one from each town, on the same day at the ' ||
   'families'' request. Since then her parish has split between those who defend the mine and those ' ||
   'who want it closed. She is tired, she said, of praying for a valley that no longer speaks to itself.',
   10,
   'You stood beside the dead of both towns on the same day, and now you watch your own parish divided ' ||
   'by what divides the valley.'),
  (11, 1, 12,
   'The bottling plant lost its spring-water licence for eight months after the flood and laid off ' ||
   'forty people, most of them young. Many of the young people she works with now speak of the town ' ||
   'upstream as the enemy. She fears the next fight on the road will be theirs.',
   NULL, ''),
  (12, 1, 6,
   'He inspected the tailings dam for six years and twice reported seepage; both reports went to the ' ||
   'ministry, and after the second he was moved to a desk. He is angry with the company and the ' ||
   'ministry alike, and tired of being seen downstream as one of the mine''s men. He wants an ' ||
   'inspection that both towns would believe.',
   NULL, '');

-- Themes from one shared vocabulary, so that the two towns' stories can be seen side by side.
INSERT INTO story_theme (story_id, theme) VALUES
  (1, 'livelihood'), (1, 'water'), (1, 'trust'), (1, 'land'),
  (2, 'livelihood'), (2, 'the mine'), (2, 'recognition'), (2, 'children'),
  (3, 'health'), (3, 'children'), (3, 'trust'),
  (4, 'the mine'), (4, 'safety'), (4, 'justice'),
  (5, 'livelihood'), (5, 'water'), (5, 'family'), (5, 'justice'),
  (6, 'children'), (6, 'the road'), (6, 'recognition'),
  (7, 'justice'), (7, 'recognition'), (7, 'trust'),
  (8, 'trust'), (8, 'safety'), (8, 'recognition'),
  (9, 'trust'), (9, 'safety'), (9, 'the road'),
  (10, 'family'), (10, 'recognition'), (10, 'trust'),
  (11, 'livelihood'), (11, 'water'), (11, 'safety'),
  (12, 'safety'), (12, 'the mine'), (12, 'justice'), (12, 'trust');
