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

-- The role is the internal record (it identifies the person); general_role is what the memo's
-- "who met" paragraph may say. Contacts are internal only; the phone numbers are from the
-- range reserved for fiction, the e-mail domains are reserved examples.
INSERT INTO participant (id, position, party_id, name, role, pseudonym, notes, general_role, contact) VALUES
  (1, 1, 1, 'Marta Kovač', 'Town councillor, mining families'' association', 'Participant A1', '',
     'local councillor', 'marta.kovac@example.org'),
  (2, 2, 1, 'José Alvarenga', 'Shift engineer at the mine', 'Participant A2', 'Asked that his employer not learn he took part.',
     'engineer', ''),
  (3, 3, 1, 'Agnieszka Wróbel', 'Schoolteacher and union member', 'Participant A3', '',
     'teacher', ''),
  (4, 4, 1, 'Tomas Reiner', 'Editor of the Kestrel Ford weekly', 'Participant A4', '',
     'journalist', 't.reiner@example.net'),
  (5, 5, 1, 'Hope Lindqvist', 'Pastor, Kestrel Ford parish', 'Participant A5', '',
     'pastor', ''),
  (6, 6, 1, 'Dmitri Orlov', 'Former mine safety inspector', 'Participant A6', '',
     'former official', '+44 7700 900461'),
  (7, 7, 2, 'Олена Гринюк', 'Orchard cooperative chair', 'Participant B1', 'Speaks through the interpreter on day 1.',
     'orchard farmer', '+44 7700 900218'),
  (8, 8, 2, 'ნინო ბერიძე', 'Doctor at the Sarvi clinic', 'Participant B2', '',
     'doctor', ''),
  (9, 9, 2, 'Stefan Mäkinen', 'Fish farmer', 'Participant B3', '',
     'fish farmer', 'stefan.makinen@example.org'),
  (10, 10, 2, 'Λένα Παππά', 'Lawyer for the Sarvi residents'' claim', 'Participant B4', 'Involved in the lawsuit: watch for confidentiality concerns.',
     'lawyer', ''),
  (11, 11, 2, 'Arman Sadykov', 'Former deputy mayor of Sarvi', 'Participant B5', '',
     'former official', 'Signal +44 7700 900735'),
  (12, 12, 2, 'Ilse Varga', 'Youth worker, bottling plant', 'Participant B6', '',
     'youth worker', '');

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
-- round of agreement, so two of the eleven present have not agreed yet. Day 3: all eleven present
-- agreed again before the brainstorm.
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
  (2, 12, '2026-10-13T09:14:00Z', 2, ''),
  (3, 1, '2026-10-14T09:08:00Z', 2, ''),
  (3, 2, '2026-10-14T09:08:00Z', 2, ''),
  (3, 3, '2026-10-14T09:08:00Z', 2, ''),
  (3, 4, '2026-10-14T09:09:00Z', 2, ''),
  (3, 5, '2026-10-14T09:09:00Z', 2, ''),
  (3, 6, '2026-10-14T09:09:00Z', 2, 'agreed once phones had been left outside'),
  (3, 7, '2026-10-14T09:10:00Z', 2, ''),
  (3, 8, '2026-10-14T09:10:00Z', 2, ''),
  (3, 9, '2026-10-14T09:10:00Z', 2, ''),
  (3, 10, '2026-10-14T09:11:00Z', 2, ''),
  (3, 12, '2026-10-14T09:11:00Z', 2, '');

-- Phases (0 ground rules, 1 stories, 2 needs & fears, 3 options, 4 joint memo; status 1 in
-- progress, 2 done). Day 2 ended with needs and fears done; day 3 with options still open and
-- the first draft of the memo read to the group.
INSERT INTO phase_progress (session_id, phase, status) VALUES
  (1, 0, 2), (1, 1, 2),
  (2, 0, 1), (2, 1, 1), (2, 2, 2),
  (3, 0, 2), (3, 3, 1), (3, 4, 1);

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
  (2, '2026-10-13T09:25:00Z', 'phase', 'Stories marked in progress.'),
  (2, '2026-10-13T11:05:00Z', 'phase', 'Needs & fears marked in progress.'),
  (2, '2026-10-13T11:50:00Z', 'note',
   'Sarvi opened with a demand to close the mine. Asked what closing it would give them, they named ' ||
   'a guarantee that no more poison comes down the river; the demand is kept as the stated position.'),
  (2, '2026-10-13T14:40:00Z', 'note',
   'Common ground marked: clean water, the children''s health, an end to the violence on the road.'),
  (2, '2026-10-13T16:45:00Z', 'note',
   'Four concerns of each side restated to the other side''s satisfaction. Compensation and the ' ||
   'fear of an empty town are left for tomorrow.'),
  (2, '2026-10-13T16:50:00Z', 'phase', 'Needs & fears marked done.'),
  (3, '2026-10-14T09:05:00Z', 'note', 'Arman Sadykov sent word that he cannot come today.'),
  (3, '2026-10-14T09:08:00Z', 'consent', 'Marta Kovač agreed to the ground rules.'),
  (3, '2026-10-14T09:08:00Z', 'consent', 'José Alvarenga agreed to the ground rules.'),
  (3, '2026-10-14T09:08:00Z', 'consent', 'Agnieszka Wróbel agreed to the ground rules.'),
  (3, '2026-10-14T09:09:00Z', 'consent', 'Tomas Reiner agreed to the ground rules.'),
  (3, '2026-10-14T09:09:00Z', 'consent', 'Hope Lindqvist agreed to the ground rules.'),
  (3, '2026-10-14T09:09:00Z', 'consent', 'Dmitri Orlov agreed to the ground rules.'),
  (3, '2026-10-14T09:10:00Z', 'consent', 'Олена Гринюк agreed to the ground rules.'),
  (3, '2026-10-14T09:10:00Z', 'consent', 'ნინო ბერიძე agreed to the ground rules.'),
  (3, '2026-10-14T09:10:00Z', 'consent', 'Stefan Mäkinen agreed to the ground rules.'),
  (3, '2026-10-14T09:11:00Z', 'consent', 'Λένα Παππά agreed to the ground rules.'),
  (3, '2026-10-14T09:11:00Z', 'consent', 'Ilse Varga agreed to the ground rules.'),
  (3, '2026-10-14T09:12:00Z', 'phase', 'Ground rules marked done.'),
  (3, '2026-10-14T09:20:00Z', 'phase', 'Options marked in progress.'),
  (3, '2026-10-14T09:22:00Z', 'note',
   'Brainstorm: every idea is written down and no one judges until the list is closed. Who proposed ' ||
   'what is not recorded.'),
  (3, '2026-10-14T11:10:00Z', 'note',
   'List closed at eleven options; the bulletin was merged into the laboratory. Each side scores ' ||
   'against its own top three concerns.'),
  (3, '2026-10-14T14:30:00Z', 'note',
   'Kestrel Ford scored stopping the mine -2 on work. Kept in the list at Sarvi''s request; it goes ' ||
   'to "where views still differ".'),
  (3, '2026-10-14T15:30:00Z', 'phase', 'Joint memo marked in progress.'),
  (NULL, '2026-10-14T17:45:00Z', 'memo', '"Water and work in the Aldra valley" frozen as Draft 1.'),
  (NULL, '2026-11-05T09:30:00Z', 'memo', '"Water, work and safety in the Aldra valley" frozen as Draft 2.'),
  (NULL, '2026-11-05T09:42:00Z', 'export',
   'Draft memo "Water, work and safety in the Aldra valley" (Draft 2, 2026-11-05) exported to ' ||
   'aldra-memo-draft-2.pdf.');

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

-- Day 2: the needs and fears of each town, in its own words, by priority within the town
-- (kind 0 need, 1 fear; categories 1 Security, 2 Recognition and identity, 3 Dignity,
-- 4 Economic well-being, 5 Self-determination, 6 Justice, 7 Belonging, 8 Other). An
-- acknowledged concern has the other town's restatement.
INSERT INTO concern (id, session_id, party_id, kind, text, stated_position, category_id, position, story_id,
                     notes, acknowledged, restatement) VALUES
  (1, 2, 1, 0,
   'Work the town can live on: the mine''s jobs, or others as good, for the families who depend on it',
   '', 4, 1, 2, '', 1,
   'Whatever becomes of the mine, your families need a living, or the town goes with the jobs.'),
  (2, 2, 1, 0,
   'An end to the violence: the valley road open and safe for everyone, children on their way to ' ||
   'hospital included',
   '', 1, 2, NULL, '', 1,
   'You need the road open and nobody hurt on it again. So do we.'),
  (3, 2, 1, 0,
   'To be treated as neighbours, not as poisoners: our children not blamed at school or turned away ' ||
   'in shops for a dam they did not build',
   '', 2, 3, 6, '', 1,
   'You need people downstream to stop treating you, and above all your children, as the ones who ' ||
   'poisoned the river.'),
  (4, 2, 1, 1,
   'That the town empties within a few years, as the tin towns to the north did',
   '', 7, 4, NULL, 'Said with the tin towns of the day-1 story in mind.', 0, ''),
  (5, 2, 1, 0,
   'An inspection of the tailings dam that both towns believe, by people neither the company nor ' ||
   'the ministry chose',
   '', 1, 5, 12, '', 1,
   'You want the dam checked by people nobody can call the company''s or the ministry''s men, so ' ||
   'that both towns can believe what they find.'),
  (6, 2, 1, 1,
   'That the workers carry the blame and the cost for what the company and the ministry decided',
   '', 6, 6, NULL,
   'Put into words by the group while the shift engineer was away; check it with him on day 3.', 0, ''),
  (7, 2, 1, 1,
   'That the town''s future is decided over its head, in court or in the capital',
   '', 5, 7, NULL, '', 0, ''),
  (8, 2, 2, 0,
   'Water that is safe to drink, to irrigate with and to bottle, in the river and in the springs',
   '', 1, 1, 1, '', 1,
   'You need the water clean again, for drinking, for the orchards and for the springs. Our wells ' ||
   'draw from the same valley.'),
  (9, 2, 2, 0,
   'To be certain that no more poison comes down the river, whatever becomes of the mine',
   'We demand the mine be closed', 1, 2, NULL,
   'First stated as a demand to close the mine. Asked what closing it would give them, the group ' ||
   'named a guarantee that it cannot happen again. Closure remains the position of many at home.',
   1,
   'You need a guarantee that the flood cannot poison the river again; closing the mine looked ' ||
   'like the only one you could trust.'),
  (10, 2, 2, 0,
   'The children''s health: every child from the riverside streets tested, followed and treated, ' ||
   'and the results told to the parents first',
   '', 1, 3, 3, '', 1,
   'You need to know the children are safe, and to be told the truth about their results instead ' ||
   'of being asked to keep quiet.'),
  (11, 2, 2, 0,
   'Compensation for the lost harvests, fish and homes, paid within months, not after years in court',
   '', 6, 4, NULL,
   'Kestrel Ford participants fear the town, not the company, would end up paying. Come back to it.',
   0, ''),
  (12, 2, 2, 1,
   'That what we grow and bottle is never trusted again: told it is "within limits" while no buyer ' ||
   'will take it',
   '', 3, 5, 1, '', 1,
   'You fear that your fruit and your water will carry the flood''s name for good, whatever the ' ||
   'tests say.'),
  (13, 2, 2, 1,
   'That the next fight on the road is our young people''s, and that this time someone dies',
   '', 1, 6, 11, '', 0, ''),
  (14, 2, 2, 1,
   'That the ministry again promises each town something different, and nothing is done',
   '', 6, 7, NULL, '', 0, '');

-- Common ground: concerns the other town said were its own too.
INSERT INTO concern_holder (concern_id, party_id) VALUES
  (2, 2),   -- an end to the violence
  (8, 1),   -- safe water
  (10, 1);  -- the children's health

-- Day 3: the brainstorm (no proposer recorded), sorted into two clusters; the bulletin was
-- merged into the laboratory it depends on.
INSERT INTO option_cluster (id, position, name) VALUES
  (1, 1, 'Water and health'),
  (2, 2, 'The road and the two towns');

INSERT INTO option (id, session_id, position, text, cluster_id, proposed_by_party_id, merged_into_id) VALUES
  (1, 3, 1, 'An independent laboratory tests the river and the springs and publishes the results to ' ||
            'both towns every week', 1, NULL, NULL),
  (2, 3, 2, 'Repair the tailings dam under an inspection by engineers both towns choose, before ' ||
            'anything is decided about the mine', NULL, NULL, NULL),
  (3, 3, 3, 'Stop the mine until the dam is proven safe', NULL, NULL, NULL),
  (4, 3, 4, 'A free health check for every child in both towns, the results given to the parents first',
            1, NULL, NULL),
  (5, 3, 5, 'Lift the blockade and open the valley road, with a telephone line between the two ' ||
            'councils for any incident', 2, NULL, NULL),
  (6, 3, 6, 'A compensation fund paid into by the company and the state, paid out by an independent ' ||
            'panel within six months', NULL, NULL, NULL),
  (7, 3, 7, 'Clean-up jobs: people from Kestrel Ford paid to clean the tailings and the riverbed',
            1, NULL, NULL),
  (8, 3, 8, 'Exchange visits between the schools of the two towns, and a summer camp on the river ' ||
            'for their children', 2, NULL, NULL),
  (9, 3, 9, 'A bulletin both towns trust, with the water results in plain words', 1, NULL, 1),
  (10, 3, 10, 'A quality label for the valley''s fruit and spring water, tested by a laboratory the ' ||
              'buyers trust', 1, NULL, NULL),
  (11, 3, 11, 'Ask the regional governor to bring the two councils back to the table, with the ' ||
              'ministry present', 2, NULL, NULL);

-- Each town scored the options against its own top three concerns (matrix_top 3): Kestrel Ford
-- 1 work, 2 the road, 3 neighbours; Sarvi 8 water, 9 no more poison, 10 the children. Only the
-- clean-up jobs meet a top concern of both towns; stopping the mine is dreaded by Kestrel Ford;
-- the school visits, the quality label and the governor's table are not yet scored by both.
INSERT INTO score (option_id, concern_id, value, note) VALUES
  (1, 1, 0, ''), (1, 2, 0, ''),
  (1, 3, 0, 'Figures both towns accept might take the blame off us, in time.'),
  (1, 8, 2, ''), (1, 9, 1, 'It tells us when something is wrong; it does not stop it.'), (1, 10, 1, ''),
  (2, 1, 2, 'The mine keeps working while it is made safe.'), (2, 2, 1, ''), (2, 3, 0, ''),
  (2, 8, 0, ''),
  (2, 9, 0, 'We have been told "safe" before. Only if the engineers are truly chosen by both towns.'),
  (2, 10, 0, ''),
  (3, 1, -2, 'It would be the end of the town.'), (3, 2, -1, ''), (3, 3, -1, ''),
  (3, 8, 1, ''), (3, 9, 2, ''), (3, 10, 1, ''),
  (4, 1, 0, ''), (4, 2, 0, ''), (4, 3, 0, ''),
  (4, 8, 0, ''), (4, 9, 0, ''), (4, 10, 2, ''),
  (5, 1, 1, ''), (5, 2, 2, ''), (5, 3, 1, ''),
  (5, 8, 0, ''),
  (5, 9, -1, 'The blockade is the only pressure left; lifting it first feels like giving up.'),
  (5, 10, 0, ''),
  (6, 1, -1, 'If the town''s budget has to pay into it, jobs go.'), (6, 2, 0, ''), (6, 3, 0, ''),
  (6, 8, 0, ''), (6, 9, 0, ''), (6, 10, 0, 'Money does not make a child well.'),
  (7, 1, 2, 'Work for the people who know the tailings best.'), (7, 2, 1, ''), (7, 3, 1, ''),
  (7, 8, 2, ''), (7, 9, 1, ''), (7, 10, 0, ''),
  (8, 1, 0, ''), (8, 2, 1, ''), (8, 3, 2, ''),
  (10, 8, 1, ''), (10, 9, 0, ''), (10, 10, 0, '');

-- What stands in the way of the best options, on each side (kind 0 political, 1 psychological).
INSERT INTO option_constraint (option_id, party_id, kind, text) VALUES
  (7, 1, 0, 'The company decides whom it employs; the council cannot promise clean-up jobs on its own.'),
  (7, 1, 1, 'Cleaning up looks like admitting the mine poisoned the river; many miners would find ' ||
            'it humiliating.'),
  (7, 2, 0, 'The residents'' claim argues that the company must pay for the clean-up; paying ' ||
            'Kestrel Ford workers for it may look like rewarding the polluter.'),
  (7, 2, 1, 'Many in Sarvi do not want miners working on their riverbanks.'),
  (2, 1, 0, 'The company has never admitted the dam was faulty; an outside inspection needs its ' ||
            'consent or an order from the ministry.'),
  (2, 1, 1, 'The fear that engineers from outside will find a reason to close the mine.'),
  (2, 2, 0, 'Those who marched for closure will call repair instead of closure a betrayal.'),
  (2, 2, 1, 'After two ignored inspection reports, few in Sarvi believe any inspection.'),
  (1, 2, 0, 'Only the ministry''s laboratory has the legal mandate; another one needs its blessing.'),
  (1, 1, 1, 'Every bad weekly figure could set off the anger again.');

-- Steps agreed on day 3 (who: a participant, a town, or the group when both are NULL). The open
-- ones are what a fourth session sees as promised last time.
INSERT INTO step (id, option_id, session_id, text, who_participant_id, who_party_id, due, status) VALUES
  (1, 1, 3, 'Find out which laboratories are accredited to test water for heavy metals',
   NULL, NULL, '2026-11-04', 1),
  (2, 2, 3, 'Ask two engineering faculties outside the region whether they would inspect the dam ' ||
            'together', 6, NULL, '2026-11-09', 0),
  (3, 2, 3, 'Put the idea of a joint inspection to the Kestrel Ford council informally',
   NULL, 1, '2026-11-20', 0),
  (4, 7, 3, 'Draft a one-page outline of a clean-up jobs scheme with the mining families',
   1, NULL, '2026-11-06', 0),
  (5, 7, 3, 'Sound out growers and fish farmers in Sarvi on clean-up crews working on their land',
   NULL, 2, '2026-11-13', 0),
  (6, 4, 3, 'Find out whether the children''s test results can be shared, anonymised, with an ' ||
            'independent laboratory', 8, NULL, '2026-11-12', 0);

-- The joint memorandum, with the six standard sections.
INSERT INTO memo (id, title, date, show_place, show_dates) VALUES
  (1, 'Water, work and safety in the Aldra valley', '2026-11-12', 0, 0);

INSERT INTO memo_section (id, memo_id, position, kind, title) VALUES
  (1, 1, 1, 0, 'Title and date'),
  (2, 1, 2, 1, 'Who met'),
  (3, 1, 3, 2, 'Shared analysis'),
  (4, 1, 4, 3, 'Recommendations'),
  (5, 1, 5, 4, 'Next steps'),
  (6, 1, 6, 5, 'Where views still differ');

-- The memo as it stands, a week after Draft 2: the lab step is done, one more step is in, and
-- one point is still in brackets (status 0 agreed, 1 bracketed, 2 internal note). No paragraph
-- may name a participant, quote their affiliation or contact, or use a word of their name.
INSERT INTO memo_paragraph (id, section_id, position, text, status, source_kind, source_id) VALUES
  (1, 1, 1, 'A joint memorandum from an unofficial dialogue between people of Kestrel Ford and Sarvi, ' ||
            'October 2026.', 0, '', 0),
  (2, 2, 1, 'Twelve participants from both communities (six from Kestrel Ford and six from Sarvi) met ' ||
            'in their personal capacities. They included a doctor, an engineer, a fish farmer, two ' ||
            'former officials, a journalist, a lawyer, a local councillor, an orchard farmer, a ' ||
            'pastor, a teacher and a youth worker.', 0, 'who-met', 0),
  (3, 3, 1, 'Both communities need water that is safe to drink, to irrigate with and to bottle, in ' ||
            'the river and in the springs.', 0, 'concern', 8),
  (4, 3, 2, 'Both communities need every child from the riverside streets and from Kestrel Ford to ' ||
            'be tested, followed and treated, with the results told to the parents first.',
            0, 'concern', 10),
  (5, 3, 3, 'Both communities need an end to the violence on the valley road and in the schools, and ' ||
            'the road open and safe for everyone, children on their way to hospital included.',
            0, 'concern', 2),
  (6, 3, 4, 'Kestrel Ford needs work the town can live on. Sarvi acknowledges that, whatever becomes ' ||
            'of the mine, the families who live from it need a living.', 0, 'concern', 1),
  (7, 3, 5, 'Sarvi needs to be certain that no more poison comes down the river, whatever becomes of ' ||
            'the mine. Kestrel Ford acknowledges this need.', 0, 'concern', 9),
  (8, 3, 6, 'Kestrel Ford needs its people to be treated as neighbours, not as poisoners. Sarvi ' ||
            'acknowledges that the children of Kestrel Ford are not to blame for the failure of ' ||
            'the dam.', 0, 'concern', 3),
  (9, 4, 1, 'The company and the ministry should fund a programme that employs people from Kestrel ' ||
            'Ford to clean up the tailings and the riverbed, under the supervision of [a joint board ' ||
            'of both towns/the river basin authority].', 0, 'option', 7),
  (10, 4, 2, 'The tailings dam should be repaired under an inspection by engineers whom both towns ' ||
             'choose, before any decision on the future of the mine is taken.', 0, 'option', 2),
  (11, 4, 3, 'An independent laboratory should test the river and the springs and publish the ' ||
             'results to both towns every week, in plain words.', 0, 'option', 1),
  (12, 4, 4, 'Every child from the riverside streets and from Kestrel Ford should be offered a free ' ||
             'health check, with the results given to the parents first.', 0, 'option', 4),
  (13, 5, 1, 'Two laboratories outside the region that are accredited to test water for heavy ' ||
             'metals have been found (the group, done).', 0, 'step', 1),
  (14, 5, 2, 'Ask two engineering faculties outside the region whether they would inspect the dam ' ||
             'together (a participant from Kestrel Ford, by 2026-11-09).', 0, 'step', 2),
  (15, 5, 3, 'Sound out growers and fish farmers in Sarvi on clean-up crews working on their land ' ||
             '(Sarvi, by 2026-11-13).', 0, 'step', 5),
  (16, 5, 4, 'Put the idea of a joint inspection to the Kestrel Ford council informally (Kestrel ' ||
             'Ford, by 2026-11-20).', 0, 'step', 3),
  (17, 6, 1, 'Participants from Sarvi hold that the mine should stop working until the dam is proven ' ||
             'safe; participants from Kestrel Ford hold that stopping it would empty the town. Both ' ||
             'agree that the repair and the inspection should not wait for this question to be ' ||
             'settled.', 0, '', 0),
  (18, 6, 2, 'Whether compensation for lost harvests, fish and homes should come from the company ' ||
             'alone or from the state as well.', 0, '', 0),
  (19, 6, 3, 'For the facilitators: the water directorate asked for the monitoring proposal in ' ||
             'writing before the end of November.', 2, '', 0);

-- Two frozen drafts. Draft 1 was read to the group at the end of day 3, still full of brackets;
-- Draft 2 followed comments from both towns and went to the institutions below.
INSERT INTO memo_version (id, memo_id, number, note, frozen_at, title, date) VALUES
  (1, 1, 1, 'End of day 3, read aloud to the group', '2026-10-14T17:45:00Z',
   'Water and work in the Aldra valley', '2026-10-14'),
  (2, 1, 2, 'After comments from both towns by telephone', '2026-11-05T09:30:00Z',
   'Water, work and safety in the Aldra valley', '2026-11-05');

INSERT INTO version_paragraph (version_id, position, section_title, text, status) VALUES
  (1, 1, 'Title and date',
   'A joint memorandum from an unofficial dialogue between people of Kestrel Ford and Sarvi, October 2026.', 0),
  (1, 2, 'Who met',
   'Twelve participants from both communities (six from Kestrel Ford and six from Sarvi) met in their ' ||
   'personal capacities. They included a doctor, an engineer, a fish farmer, two former officials, a ' ||
   'journalist, a lawyer, a local councillor, an orchard farmer, a pastor, a teacher and a youth worker.', 0),
  (1, 3, 'Shared analysis',
   'Both communities need water that is safe to drink, to irrigate with and to bottle, in the river ' ||
   'and in the springs.', 0),
  (1, 4, 'Shared analysis',
   'Both communities need every child from the riverside streets and from Kestrel Ford to be tested, ' ||
   'followed and treated, with the results told to the parents first.', 0),
  (1, 5, 'Shared analysis',
   'Both communities need an end to the violence [on the valley road and in the schools], and the road ' ||
   'open and safe for everyone.', 0),
  (1, 6, 'Shared analysis',
   'Kestrel Ford needs work the town can live on. Sarvi acknowledges that, whatever becomes of the ' ||
   'mine, the families who live from it need a living.', 0),
  (1, 7, 'Shared analysis',
   'Sarvi needs to be certain that no more poison comes down the river, [whatever becomes of the ' ||
   'mine/while the mine works].', 0),
  (1, 8, 'Recommendations',
   'The company and the ministry [shall/should] fund a programme that employs people from Kestrel Ford ' ||
   'to clean up the tailings and the riverbed, [under the supervision of a joint board of both towns].', 0),
  (1, 9, 'Recommendations',
   'The tailings dam [shall/should] be repaired under an inspection by engineers whom both towns ' ||
   'choose, [before/while] any decision on the future of the mine is taken.', 0),
  (1, 10, 'Recommendations',
   'An independent laboratory should test the river and the springs and publish the results to both ' ||
   'towns every week.', 0),
  (1, 11, 'Recommendations', 'The mine should stop working until the dam is proven safe.', 1),
  (1, 12, 'Next steps',
   'Find out which laboratories are accredited to test water for heavy metals (the group, by 2026-11-04).', 0),
  (1, 13, 'Next steps',
   'Ask two engineering faculties outside the region whether they would inspect the dam together (a ' ||
   'participant from Kestrel Ford, by 2026-11-09).', 0),
  (1, 14, 'Where views still differ',
   'Whether compensation for lost harvests, fish and homes should come from the company alone or from ' ||
   'the state as well.', 1),
  (1, 15, 'Where views still differ',
   'For the facilitators: the paragraph on stopping the mine stays bracketed until both sides have ' ||
   'slept on it.', 2),
  (2, 1, 'Title and date',
   'A joint memorandum from an unofficial dialogue between people of Kestrel Ford and Sarvi, October 2026.', 0),
  (2, 2, 'Who met',
   'Twelve participants from both communities (six from Kestrel Ford and six from Sarvi) met in their ' ||
   'personal capacities. They included a doctor, an engineer, a fish farmer, two former officials, a ' ||
   'journalist, a lawyer, a local councillor, an orchard farmer, a pastor, a teacher and a youth worker.', 0),
  (2, 3, 'Shared analysis',
   'Both communities need water that is safe to drink, to irrigate with and to bottle, in the river ' ||
   'and in the springs.', 0),
  (2, 4, 'Shared analysis',
   'Both communities need every child from the riverside streets and from Kestrel Ford to be tested, ' ||
   'followed and treated, with the results told to the parents first.', 0),
  (2, 5, 'Shared analysis',
   'Both communities need an end to the violence on the valley road and in the schools, and the road ' ||
   'open and safe for everyone, children on their way to hospital included.', 0),
  (2, 6, 'Shared analysis',
   'Kestrel Ford needs work the town can live on. Sarvi acknowledges that, whatever becomes of the ' ||
   'mine, the families who live from it need a living.', 0),
  (2, 7, 'Shared analysis',
   'Sarvi needs to be certain that no more poison comes down the river, whatever becomes of the mine. ' ||
   'Kestrel Ford acknowledges this need.', 0),
  (2, 8, 'Shared analysis',
   'Kestrel Ford needs its people to be treated as neighbours, not as poisoners. Sarvi acknowledges ' ||
   'that the children of Kestrel Ford are not to blame for the failure of the dam.', 0),
  (2, 9, 'Recommendations',
   'The company and the ministry should fund a programme that employs people from Kestrel Ford to ' ||
   'clean up the tailings and the riverbed, [under the supervision of a joint board of both towns].', 0),
  (2, 10, 'Recommendations',
   'The tailings dam should be repaired under an inspection by engineers whom both towns choose, ' ||
   'before any decision on the future of the mine is taken.', 0),
  (2, 11, 'Recommendations',
   'An independent laboratory should test the river and the springs and publish the results to both ' ||
   'towns every week, in plain words.', 0),
  (2, 12, 'Recommendations',
   'Every child from the riverside streets and from Kestrel Ford should be offered a free health ' ||
   'check, with the results given to the parents first.', 0),
  (2, 13, 'Next steps',
   'Find out which laboratories are accredited to test water for heavy metals (the group, by 2026-11-04).', 0),
  (2, 14, 'Next steps',
   'Ask two engineering faculties outside the region whether they would inspect the dam together (a ' ||
   'participant from Kestrel Ford, by 2026-11-09).', 0),
  (2, 15, 'Next steps',
   'Sound out growers and fish farmers in Sarvi on clean-up crews working on their land (Sarvi, by ' ||
   '2026-11-13).', 0),
  (2, 16, 'Where views still differ',
   'Participants from Sarvi hold that the mine should stop working until the dam is proven safe; ' ||
   'participants from Kestrel Ford hold that stopping it would empty the town. Both agree that the ' ||
   'repair and the inspection should not wait for this question to be settled.', 0),
  (2, 17, 'Where views still differ',
   'Whether compensation for lost harvests, fish and homes should come from the company alone or from ' ||
   'the state as well.', 0);

-- Who received which draft: institutions only, never participants.
INSERT INTO distribution (version_id, recipient, sent_on, note) VALUES
  (1, 'Office of the regional governor', '2026-10-16', 'For comment, in confidence; handed over in person'),
  (2, 'Office of the regional governor', '2026-11-06', ''),
  (2, 'Ministry of Environment, water directorate', '2026-11-06', 'Through the governor''s office'),
  (2, 'Aldra river basin authority', '2026-11-09', ''),
  (2, 'Regional public health institute', '2026-11-09', 'For the recommendation on the children''s health checks');
