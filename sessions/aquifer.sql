-- The aquifer workshop: a fictional problem-solving workshop between two neighbouring towns
-- that draw their water from one limestone aquifer. Ein al-Dalb (عين الدلب) speaks Arabic;
-- Ramat Tsaftsafa (רמת צפצפה) speaks Hebrew; the facilitators work in English with two
-- interpreters. Every name, place and event here is invented. Each text is in the language
-- it was said or written in: concerns in the parties' own words, stories in the teller's,
-- restatements in the restating side's, the memo's paragraphs in each of the three. Run by
-- `parley --demo aquifer` against an empty workshop file of the current schema, in one
-- transaction. Stored as typed: logical order, no presentation forms, no bidi controls.

INSERT INTO workshop (id, title, context, venue, language, start_date, end_date, confidentiality,
                      rules_revision)
VALUES (1,
  'الماء تحت التلال · המים שמתחת לגבעות · The water under the hills',
  'Ein al-Dalb (عين الدلب) and Ramat Tsaftsafa (רמת צפצפה) face each other across a narrow valley ' ||
  'and draw their water from the same limestone aquifer, which the first calls al-Sakhr (الصخر) and ' ||
  'the second HaSela (הסלע). After three dry winters the water table has fallen by eleven metres. ' ||
  'Ein al-Dalb''s old spring dried up last summer and two of its wells have turned brackish; it blames ' ||
  'the deep boreholes that supply Ramat Tsaftsafa''s homes and avocado orchards. Ramat Tsaftsafa says ' ||
  'its pumping is licensed and metered, and that Ein al-Dalb''s leaking network wastes what is left. ' ||
  'A petition, a protest at the pumping station and a night of stones on the valley road have ' ||
  'followed; the two councils no longer meet.',
  'A guest house in the hills, an hour from both towns',
  'العربية والعبرية والإنجليزية (Arabic, Hebrew and English, with interpreters)',
  '2026-09-21', '2026-09-22',
  'Confidential: the record of a private workshop. Nothing in it is attributed to any participant ' ||
  'outside the room. سرّي: لا يُنسب شيء منه إلى أي مشارك خارج الغرفة. חסוי: דבר ממנו אינו מיוחס ' ||
  'לאף משתתף מחוץ לחדר.',
  1);

INSERT INTO party (id, position, name, short_name, colour) VALUES
  (1, 1, 'عين الدلب (Ein al-Dalb)', 'عين الدلب', '#009E73'),
  (2, 2, 'רמת צפצפה (Ramat Tsaftsafa)', 'רמת צפצפה', '#CC79A7');

-- The role is the internal record (it identifies the person), written in the participant's
-- language; general_role is what the memo's "who met" paragraph may say. Phone numbers are
-- from the range reserved for fiction, the e-mail domains are reserved examples.
INSERT INTO participant (id, position, party_id, name, role, pseudonym, notes, general_role, contact) VALUES
  (1, 1, 1, 'سلمى الخطيب', 'مهندسة المياه في بلدية عين الدلب', 'Participant A1', '',
     'water engineer', 'salma.k@example.org'),
  (2, 2, 1, 'يوسف عبد الرحمن', 'رئيس جمعية مزارعي الزيتون', 'Participant A2',
     'يتحدث بالعربية فقط؛ تترجم له المترجمة إلى العبرية والإنجليزية.', 'farmer', '+44 7700 900312'),
  (3, 3, 1, 'رنا عوّاد', 'مديرة المدرسة الثانوية للبنات', 'Participant A3', '',
     'head teacher', ''),
  (4, 4, 1, 'كريم ناصر', 'مذيع في إذاعة الوادي المحلية', 'Participant A4',
     'طلب ألّا يُذكر اسم الإذاعة في أي وثيقة.', 'journalist', ''),
  (5, 5, 1, 'فاطمة سعيد', 'عضوة المجلس البلدي، لجنة النساء', 'Participant A5', '',
     'local councillor', ''),
  (6, 6, 2, 'נועה ברגר', 'הידרולוגית בתאגיד המים האזורי', 'Participant B1', '',
     'hydrologist', 'noa.b@example.net'),
  (7, 7, 2, 'אבי מזרחי', 'חקלאי, מגדל אבוקדו במושב', 'Participant B2', '',
     'farmer', '+44 7700 900587'),
  (8, 8, 2, 'רותי כהן-לוי', 'סגנית ראש המועצה', 'Participant B3',
     'ביקשה שבמועצה לא יידעו שהשתתפה ביום השני.', 'local councillor', ''),
  (9, 9, 2, 'דניאל אורן', 'מורה לגאוגרפיה בתיכון המקומי', 'Participant B4', '',
     'teacher', ''),
  (10, 10, 2, 'Michael Stern', 'Planning lawyer for the residents'' committee of Ramat Tsaftsafa',
     'Participant B5', 'Writes English and Hebrew; reads Arabic slowly.', 'lawyer',
     'm.stern@example.org');

INSERT INTO session (id, date, title) VALUES
  (1, '2026-09-21', 'اليوم الأول: القواعد والقصص · יום ראשון: כללים וסיפורים'),
  (2, '2026-09-22', 'اليوم الثاني: الاحتياجات والمخاوف والخيارات · יום שני: צרכים, חששות ואפשרויות');

INSERT INTO attendance (session_id, participant_id)
  SELECT s.id, p.id FROM session s, participant p;

-- The ground rules, each read out in the three languages, one line each.
INSERT INTO rule (id, position, text) VALUES
  (1, 1, 'What is said here stays here: no one is quoted outside this room, and the written record ' ||
         'names no participant.' || char(10) ||
         'ما يُقال هنا يبقى هنا: لا يُنقل كلام أحد خارج هذه الغرفة، ولا يذكر المحضر المكتوب اسم أي مشارك.' ||
         char(10) ||
         'מה שנאמר כאן נשאר כאן: איש אינו מצוטט מחוץ לחדר הזה, והפרוטוקול הכתוב אינו נוקב בשמו של ' ||
         'אף משתתף.'),
  (2, 2, 'Each of us speaks for ourselves, not for a council, a water company or a movement.' || char(10) ||
         'كلٌّ منا يتحدث باسمه، لا باسم مجلس أو شركة مياه أو حركة.' || char(10) ||
         'כל אחד מאיתנו מדבר בשם עצמו, לא בשם מועצה, תאגיד מים או תנועה.'),
  (3, 3, 'Everyone may speak in Arabic, Hebrew or English; the interpreters give every word its time.' ||
         char(10) ||
         'لكلٍّ أن يتحدث بالعربية أو بالعبرية أو بالإنجليزية، والمترجمون يمنحون كل كلمة وقتها.' ||
         char(10) ||
         'כל אחד רשאי לדבר בערבית, בעברית או באנגלית; המתורגמנים נותנים לכל מילה את זמנה.'),
  (4, 4, 'We are here to understand, not to win: no blame, no speeches, no maps of who owns the water.' ||
         char(10) ||
         'جئنا لنفهم لا لننتصر: لا لوم، ولا خطابات، ولا خرائط لمن يملك الماء.' || char(10) ||
         'באנו כדי להבין, לא כדי לנצח: בלי האשמות, בלי נאומים, בלי מפות של מי הבעלים על המים.'),
  (5, 5, 'No one is asked to agree or to sign anything. The facilitators guide the process; they ' ||
         'judge no one and propose no solution.' || char(10) ||
         'لا يُطلب من أحد أن يوافق أو أن يوقّع على شيء. الميسّرون يديرون العملية، لا يحكمون على أحد ولا ' ||
         'يقترحون حلولاً.' || char(10) ||
         'איש אינו מתבקש להסכים או לחתום על דבר. המנחים מובילים את התהליך; הם אינם שופטים איש ' ||
         'ואינם מציעים פתרונות.');

-- Everyone agreed on both days, each in their own language.
INSERT INTO consent (session_id, participant_id, agreed_at, rules_revision, note)
  SELECT 1, id, '2026-09-21T09:0' || (id % 10) || ':00Z', 1, '' FROM participant;
INSERT INTO consent (session_id, participant_id, agreed_at, rules_revision, note)
  SELECT 2, id, '2026-09-22T08:4' || (id % 10) || ':00Z', 1, '' FROM participant;

-- Phases (0 ground rules, 1 stories, 2 needs & fears, 3 options, 4 joint memo; status 1 in
-- progress, 2 done). Day 2 ended with options open and a first draft of the memo read out.
INSERT INTO phase_progress (session_id, phase, status) VALUES
  (1, 0, 2), (1, 1, 2),
  (2, 0, 2), (2, 2, 2), (2, 3, 1), (2, 4, 1);

-- The session log, as Parley and the facilitators wrote it (NULL: the workshop as a whole).
INSERT INTO session_log (session_id, at, kind, text) VALUES
  (NULL, '2026-09-20T16:00:00Z', 'note',
   'Interpreters confirmed for both days: Arabic–Hebrew, and each to English. ' ||
   'المترجمة نفسها في اليومين. המתורגמן מגיע בשמונה.'),
  (1, '2026-09-21T08:40:00Z', 'phase', 'Ground rules marked in progress.'),
  (1, '2026-09-21T09:00:00Z', 'note',
   'القواعد قُرئت باللغات الثلاث، قاعدةً قاعدة. הכללים הוקראו בשלוש השפות, כלל אחר כלל.'),
  (1, '2026-09-21T09:12:00Z', 'phase', 'Ground rules done; now Stories.'),
  (1, '2026-09-21T09:20:00Z', 'floor', 'سلمى الخطيب has the floor.'),
  (1, '2026-09-21T09:28:00Z', 'floor', 'נועה ברגר has the floor.'),
  (1, '2026-09-21T10:40:00Z', 'note',
   'A pause of fifteen minutes after the story of the dried spring, asked for by both sides.'),
  (1, '2026-09-21T13:15:00Z', 'floor', 'Michael Stern has the floor.'),
  (1, '2026-09-21T14:20:00Z', 'floor', 'The floor is closed.'),
  (1, '2026-09-21T14:30:00Z', 'phase', 'Stories marked done.'),
  (2, '2026-09-22T08:50:00Z', 'phase', 'Needs & fears marked in progress.'),
  (2, '2026-09-22T09:40:00Z', 'note',
   'Ein al-Dalb opened with "إنهم يسرقون ماءنا" (they steal our water) and a demand to close the deep ' ||
   'boreholes. Asked what closing them would give them, they named a fair share they can count on; ' ||
   'the demand is kept as the stated position.'),
  (2, '2026-09-22T12:50:00Z', 'note',
   'Common ground marked: safety on the valley road; the fear that water becomes a tool of people far away.'),
  (2, '2026-09-22T13:00:00Z', 'phase', 'Needs & fears marked done.'),
  (2, '2026-09-22T13:30:00Z', 'phase', 'Options marked in progress.'),
  (2, '2026-09-22T16:30:00Z', 'phase', 'Joint memo marked in progress.'),
  (NULL, '2026-09-22T17:30:00Z', 'memo',
   '"الماء تحت التلال · המים שמתחת לגבעות · The water under the hills" frozen as Draft 1.'),
  (NULL, '2026-09-29T15:00:00Z', 'memo',
   '"الماء تحت التلال · המים שמתחת לגבעות · The water under the hills" frozen as Draft 2.');

-- Day 1: the towns alternating, about 36 minutes of floor time each.
INSERT INTO turn (id, session_id, participant_id, started_at, held_ms, running_since_ms) VALUES
  (1, 1, 1, '2026-09-21T09:20:00Z', 470000, 0),
  (2, 1, 6, '2026-09-21T09:28:00Z', 410000, 0),
  (3, 1, 2, '2026-09-21T09:36:00Z', 455000, 0),
  (4, 1, 7, '2026-09-21T09:45:00Z', 380000, 0),
  (5, 1, 3, '2026-09-21T10:55:00Z', 430000, 0),
  (6, 1, 9, '2026-09-21T11:03:00Z', 300000, 0),
  (7, 1, 4, '2026-09-21T11:10:00Z', 350000, 0),
  (8, 1, 8, '2026-09-21T11:17:00Z', 445000, 0),
  (9, 1, 5, '2026-09-21T13:05:00Z', 480000, 0),
  (10, 1, 10, '2026-09-21T13:15:00Z', 660000, 0);

-- Day 2: a second round on what the dry years have changed; two are waiting.
INSERT INTO speaking_queue (session_id, participant_id, position) VALUES
  (2, 5, 1),
  (2, 9, 2);

-- The stories of day 1, each in the teller's language; a restatement is in the language of the
-- one from the other town who gave it.
INSERT INTO story (id, session_id, teller_id, summary, reflected_by_id, restatement) VALUES
  (1, 1, 1,
   'كانت النبعة في وسط البلدة تسقي البساتين منذ أيام جدّي. في آب الماضي جفّت لأول مرة، وصار الماء ' ||
   'في بئرين من آبار البلدية مالحاً. أقيس منسوب الماء كل أسبوع وأرى الأرقام تهبط، ولا أحد في الجهة ' ||
   'الأخرى يريد أن ينظر إلى أرقامي.',
   6,
   'שמעתי שאת מודדת כל שבוע ורואה את המעיין שהשקה את הבוסתנים עוד מימי סבא שלך מתייבש, ושאף ' ||
   'אחד מהצד שלנו לא מוכן להסתכל על המספרים שלך.'),
  (2, 1, 6,
   'אני אחראית על הקידוחים של רמת צפצפה. כל קוב שאנחנו שואבים נמדד ומדווח, ובכל זאת אני שומעת ' ||
   'בכל שבוע שאנחנו "גונבים מים". אחרי ליל האבנים בכביש הבת שלי שואלת אם מסוכן לנסוע לעבודה שלי.',
   4,
   'سمعتُ أنكِ تعملين وفق القانون وتُحاسَبين على كل متر مكعب، ومع ذلك تُتَّهمين بالسرقة، وأن ابنتكِ ' ||
   'صارت تخاف عليكِ في الطريق.'),
  (3, 1, 2,
   'عندي ثلاثمئة شجرة زيتون. هذا الصيف سقيتها بصهاريج اشتريتها بضعف ثمنها، وضاع نصف الموسم. ' ||
   'أبي تعلّم أن يقرأ الأرض، وأنا أتعلّم أن أقرأ فواتير الصهاريج.',
   7,
   'אתה משלם פי שניים על מים במכליות כדי להשקות עצים שאבא שלך נטע, ובכל זאת חצי מהיבול הלך.'),
  (4, 1, 7,
   'המטע שלי הוא כל מה שיש לי. אם יקצצו לנו את המכסה, לא אשרוד עוד שנה. גם לי יש באר שהתייבשה; ' ||
   'כולם חושבים שאצלנו יש מים בלי סוף.',
   NULL, ''),
  (5, 1, 3,
   'في مدرستي تنقطع المياه عن الحمّامات يومين في الأسبوع، فتبقى طالبات كثيرات في البيت في ' ||
   'تلك الأيام. حين سألني ابني لماذا عندهم برك سباحة وليس عندنا ماء، لم أعرف ماذا أقول له.',
   9,
   'הבנתי שבבית הספר שלך אין מים בשירותים יומיים בשבוע, שתלמידות נשארות בבית, ושקשה לך לענות ' ||
   'לבן שלך.'),
  (6, 1, 9,
   'אני מלמד את התלמידים שלי על האקוויפר כבר עשרים שנה, עם מפות שבהן הקווים עוצרים בגבול היישוב. ' ||
   'השנה תלמיד שאל אותי למה המים שמתחת לרגליים שלנו שייכים רק לנו. לא הייתה לי תשובה טובה.',
   NULL, ''),
  (7, 1, 4,
   'أنا من غطّى الاحتجاج عند محطة الضخ على الهواء. بعد تلك الليلة وصلتني رسائل من الطرفين: هنا ' ||
   'يقولون إنني أتكلم مع "الجماعة"، وهناك يقولون إنني حرّضت. لم أعد أعرف خبراً يصدّقه الطرفان معاً.',
   NULL, ''),
  (8, 1, 8,
   'אני יושבת במועצה ושומעת כל ערב תושבים שמפחדים שאם נוותר על קידוח אחד, מחר יבקשו את כולם. ' ||
   'אני באה מבית של חקלאים; אני יודעת מה זה לראות עץ מתייבש, משני הצדדים.',
   NULL, ''),
  (9, 1, 5,
   'النساء في البلدة يحملن الماء إلى البيوت في أيام الانقطاع، ويحسبن كل لتر. في المجلس يتكلم ' ||
   'الرجال عن الآبار والحقوق، وفي البيت نتكلم نحن عن الخبز والغسيل والأولاد.',
   8,
   'את אומרת שהנשים נושאות את המים הביתה ובימי ההפסקה סופרות כל ליטר, ושהדיבור על זכויות ' ||
   'במועצה רחוק מהחיים בבית.'),
  (10, 1, 10,
   'He moved to Ramat Tsaftsafa twelve years ago and represents its residents in the planning dispute ' ||
   'over a new borehole. He believes both towns are squeezed by the national water authority, which ' ||
   'sets the quotas from far away, and that the quarrel between neighbours suits those who decide.',
   5,
   'تقول إن القرارات الحقيقية تُتَّخذ بعيداً عن البلدتين، وإن خلافنا يسهّل الأمر على من يتخذها.');

-- Themes from one shared vocabulary, so that the two towns' stories can be seen side by side.
INSERT INTO story_theme (story_id, theme) VALUES
  (1, 'water'), (1, 'trust'), (1, 'land'),
  (2, 'safety'), (2, 'recognition'), (2, 'trust'),
  (3, 'livelihood'), (3, 'land'), (3, 'water'),
  (4, 'livelihood'), (4, 'water'),
  (5, 'children'), (5, 'dignity'), (5, 'water'),
  (6, 'children'), (6, 'recognition'), (6, 'water'),
  (7, 'trust'), (7, 'safety'),
  (8, 'safety'), (8, 'land'), (8, 'livelihood'),
  (9, 'dignity'), (9, 'family'), (9, 'water'),
  (10, 'justice'), (10, 'trust');

-- Day 2: the needs and fears of each town in its own words, by priority within the town (kind 0
-- need, 1 fear; categories 1 Security, 2 Recognition and identity, 3 Dignity, 4 Economic
-- well-being, 5 Self-determination, 6 Justice, 7 Belonging, 8 Other). An acknowledged concern has
-- the other town's restatement, in its own language.
INSERT INTO concern (id, session_id, party_id, kind, text, stated_position, category_id, position, story_id,
                     notes, acknowledged, restatement) VALUES
  (1, 2, 1, 0,
   'حصة عادلة ومضمونة من ماء الحوض، نعرف كميتها مسبقاً ولا تتغير بقرار من طرف واحد',
   'إنهم يسرقون ماءنا: يجب إغلاق الآبار العميقة', 6, 1, 1,
   'First stated as "they steal our water" and a demand to close the deep boreholes; beneath it, a ' ||
   'share they can count on.',
   1,
   'אתם צריכים חלק הוגן וקבוע במי האקוויפר, שתדעו מראש כמה הוא ושלא ישתנה בהחלטה של צד אחד.'),
  (2, 2, 1, 0,
   'ماء في المدارس والبيوت كل أيام الأسبوع، لا يومين بلا ماء',
   '', 3, 2, 5, '', 1,
   'אתם צריכים מים בבתי הספר ובבתים בכל ימות השבוע.'),
  (3, 2, 1, 0,
   'أن تُصدَّق قياساتنا: أن يُعترف بأن النبعة جفّت وأن الآبار تملّحت',
   '', 2, 3, 1, '', 1,
   'אתם צריכים שיכירו בכך שהמעיין התייבש ושהבארות המליחו, ושיאמינו למדידות שלכם.'),
  (4, 2, 1, 1,
   'أن يموت الزيتون وتضطر العائلات إلى ترك الأرض',
   '', 4, 4, 3, '', 0, ''),
  (5, 2, 1, 1,
   'أن يصير الماء سبباً لعنف جديد على طريق الوادي',
   '', 1, 5, 7, '', 0, ''),
  (6, 2, 2, 0,
   'ודאות: מכסת מים יציבה לבתים ולמטעים, שלא תקוצץ בין לילה',
   '', 4, 1, 4, '', 1,
   'تحتاجون إلى يقين: حصة ماء ثابتة للبيوت والبساتين لا تُقلَّص بين ليلة وضحاها.'),
  (7, 2, 2, 0,
   'ביטחון בכביש העמק: לנסוע לעבודה ולבית הספר בלי לפחד',
   '', 1, 2, 2, '', 1,
   'تحتاجون إلى الأمان على طريق الوادي، أن تذهبوا إلى العمل والمدرسة بلا خوف.'),
  (8, 2, 2, 0,
   'שיכירו בכך שאנחנו פועלים לפי החוק ולא "גונבים" מים',
   'הקידוחים שלנו חוקיים ואין על מה לדבר', 2, 3, 2,
   'Stated first as "our boreholes are legal, there is nothing to discuss".',
   1,
   'تحتاجون إلى الاعتراف بأنكم تعملون وفق القانون ولا "تسرقون" الماء.'),
  (9, 2, 2, 1,
   'שוויתור על קידוח אחד יוביל לדרישה לסגור את כולם',
   '', 5, 4, 8, '', 0, ''),
  (10, 2, 2, 1,
   'שהמים יהפכו לכלי פוליטי בידי מי שיושב רחוק מכאן',
   '', 5, 5, 10, 'Ein al-Dalb said at once that this is its fear too.', 0, '');

-- Common ground: concerns the other town said were its own too.
INSERT INTO concern_holder (concern_id, party_id) VALUES
  (7, 1),   -- safety on the valley road
  (10, 1);  -- water as a tool of people far away

-- Day 2: the brainstorm (no proposer recorded), sorted into two clusters.
INSERT INTO option_cluster (id, position, name) VALUES
  (1, 1, 'قياس مشترك · מדידה משותפת · Joint measurement'),
  (2, 2, 'الطريق والناس · הכביש והאנשים · The road and the people');

INSERT INTO option (id, session_id, position, text, cluster_id, proposed_by_party_id, merged_into_id) VALUES
  (1, 2, 1, 'مختبر مستقل يقيس منسوب الحوض وملوحته وينشر النتائج بالعربية والعبرية كل شهر', 1, NULL, NULL),
  (2, 2, 2, 'ועדת מים משותפת לשתי הרשויות, עם מהנדס מטעם כל צד ויושב ראש מוסכם', 1, NULL, NULL),
  (3, 2, 3, 'Close the deep boreholes until the water table recovers', NULL, NULL, NULL),
  (4, 2, 4, 'קו מים לשעת חירום לבתי הספר של עין א-דלב בחודשי הקיץ', 2, NULL, NULL),
  (5, 2, 5, 'إصلاح شبكة المياه في عين الدلب لوقف التسرب، بتمويل مشترك', 1, NULL, NULL),
  (6, 2, 6, 'A direct telephone line between the two councils for any incident on the valley road',
            2, NULL, NULL),
  (7, 2, 7, 'تبادل زيارات بين مدارس البلدتين حول موضوع الماء', 2, NULL, NULL);

-- Each town scored the options against its own top three concerns (matrix_top 3): Ein al-Dalb
-- 1 a fair share, 2 water every day, 3 its measurements believed; Ramat Tsaftsafa 6 a stable
-- quota, 7 the road, 8 recognised as lawful. Closing the boreholes is dreaded by Ramat
-- Tsaftsafa; the school visits are not yet scored.
INSERT INTO score (option_id, concern_id, value, note) VALUES
  (1, 1, 1, ''), (1, 2, 0, ''), (1, 3, 2, 'أخيراً أرقام لا يستطيع أحد إنكارها.'),
  (1, 6, 0, ''), (1, 7, 0, ''), (1, 8, 1, 'נתונים שקופים יראו שאנחנו לא גונבים.'),
  (2, 1, 2, ''), (2, 2, 1, ''), (2, 3, 1, ''),
  (2, 6, 1, ''), (2, 7, 0, ''), (2, 8, 1, ''),
  (3, 1, 2, ''), (3, 2, 1, ''), (3, 3, 1, ''),
  (3, 6, -2, 'זה סוף המטעים.'), (3, 7, -1, ''), (3, 8, -2, ''),
  (4, 1, 0, ''), (4, 2, 2, ''), (4, 3, 0, ''),
  (4, 6, -1, 'מאיפה המים? מהמכסה שלנו?'), (4, 7, 1, ''), (4, 8, 1, ''),
  (5, 1, 1, ''), (5, 2, 2, 'نصف الماء يضيع في الأنابيب قبل أن يصل.'), (5, 3, 0, ''),
  (5, 6, 1, ''), (5, 7, 0, ''), (5, 8, 1, ''),
  (6, 1, 0, ''), (6, 2, 0, ''), (6, 3, 0, ''),
  (6, 6, 0, ''), (6, 7, 2, ''), (6, 8, 0, '');

-- What stands in the way of the best options, on each side (kind 0 political, 1 psychological).
INSERT INTO option_constraint (option_id, party_id, kind, text) VALUES
  (2, 1, 0, 'يخشى المجلس البلدي أن تُفهم اللجنة المشتركة تطبيعاً؛ يحتاج إلى غطاء من وجهاء البلدة.'),
  (2, 1, 1, 'كثيرون لا يصدّقون أن مهندساً من الطرف الآخر سيقيس بأمانة.'),
  (2, 2, 0, 'רשות המים הארצית קובעת את המכסות; ועדה מקומית אינה יכולה לשנות אותן לבדה.'),
  (2, 2, 1, 'חשש שכל ועדה משותפת תהיה צעד ראשון לסגירת הקידוחים.'),
  (5, 1, 0, 'The network belongs to the municipality, which has no budget; joint funding needs a donor ' ||
            'both councils accept.'),
  (5, 2, 1, 'תושבים ישאלו למה לממן צנרת ביישוב השכן כשגם אצלנו יש מחסור.');

-- Steps agreed on day 2 (who: a participant, a town, or the group when both are NULL).
INSERT INTO step (id, option_id, session_id, text, who_participant_id, who_party_id, due, status) VALUES
  (1, 1, 2, 'Find a university laboratory that both councils would accept to measure the aquifer',
   NULL, NULL, '2026-10-15', 0),
  (2, 2, 2, 'לבדוק עם רשות המים אם ועדה משותפת יכולה לייעץ על המכסות', 6, NULL, '2026-10-20', 0),
  (3, 5, 2, 'إعداد قائمة بأكثر مقاطع الشبكة تسرّباً مع تقدير للكلفة', 1, NULL, '2026-10-10', 0),
  (4, 6, 2, 'להציע את הקו הישיר למועצה בשיחה לא רשמית', NULL, 2, '2026-10-30', 0),
  (5, 6, 2, 'طرح فكرة الخط المباشر على المجلس البلدي في لقاء غير رسمي', NULL, 1, '2026-10-30', 0);

-- The joint memorandum, with the six standard sections, their titles in the three languages.
INSERT INTO memo (id, title, date, show_place, show_dates) VALUES
  (1, 'الماء تحت التلال · המים שמתחת לגבעות · The water under the hills', '2026-09-29', 0, 0);

INSERT INTO memo_section (id, memo_id, position, kind, title) VALUES
  (1, 1, 1, 0, 'العنوان والتاريخ · כותרת ותאריך · Title and date'),
  (2, 1, 2, 1, 'من التقى · מי נפגשו · Who met'),
  (3, 1, 3, 2, 'التحليل المشترك · ניתוח משותף · Shared analysis'),
  (4, 1, 4, 3, 'التوصيات · המלצות · Recommendations'),
  (5, 1, 5, 4, 'الخطوات التالية · הצעדים הבאים · Next steps'),
  (6, 1, 6, 5, 'حيث ما زالت الآراء مختلفة · היכן הדעות עדיין חלוקות · Where views still differ');

-- The memo as it stands, a week after Draft 1 (status 0 agreed, 1 bracketed, 2 internal note).
-- No paragraph may name a participant, quote their affiliation or contact, or use a word of
-- their name.
INSERT INTO memo_paragraph (id, section_id, position, text, status, source_kind, source_id) VALUES
  (1, 1, 1, 'مذكرة مشتركة من حوار غير رسمي بين أهالي عين الدلب ورمات تسفتسفا، أيلول/سبتمبر 2026.',
            0, '', 0),
  (2, 1, 2, 'מזכר משותף מדיאלוג לא רשמי בין תושבי עין א-דלב ורמת צפצפה, ספטמבר 2026.', 0, '', 0),
  (3, 1, 3, 'A joint memorandum from an unofficial dialogue between people of Ein al-Dalb and ' ||
            'Ramat Tsaftsafa, September 2026.', 0, '', 0),
  (4, 2, 1, 'Ten participants from both communities (five from each town) met in their personal ' ||
            'capacities. They included farmers, a water engineer, a hydrologist, teachers, local ' ||
            'councillors, a journalist and a lawyer.', 0, 'who-met', 0),
  (5, 2, 2, 'التقى عشرة مشاركين من البلدتين، خمسة من كل بلدة، بصفتهم الشخصية.', 0, '', 0),
  (6, 2, 3, 'עשרה משתתפים משתי הקהילות, חמישה מכל יישוב, נפגשו בשמם האישי.', 0, '', 0),
  (7, 3, 1, 'تحتاج البلدتان كلتاهما إلى ماء يكفي البيوت والمدارس والبساتين، من حوض واحد تشتركان فيه ' ||
            'ولا تملكه إحداهما وحدها.', 0, '', 0),
  (8, 3, 2, 'שתי הקהילות זקוקות לביטחון בכביש העמק: לנסוע לעבודה ולבית הספר בלי לפחד.',
            0, 'concern', 7),
  (9, 3, 3, 'تحتاج عين الدلب إلى حصة عادلة ومضمونة من ماء الحوض، تُعرف كميتها مسبقاً. وتعترف رمات ' ||
            'تسفتسفا بهذه الحاجة.', 0, 'concern', 1),
  (10, 3, 4, 'רמת צפצפה זקוקה לוודאות: מכסת מים יציבה לבתים ולמטעים. עין א-דלב מכירה בצורך הזה.',
             0, 'concern', 6),
  (11, 3, 5, 'Both towns acknowledge that the spring of Ein al-Dalb has dried up and that two of its ' ||
             'wells have turned brackish, and that Ramat Tsaftsafa pumps under licence and meters every ' ||
             'cubic metre it draws.', 0, '', 0),
  (12, 4, 1, 'ينبغي أن يقيس مختبر مستقل منسوب الحوض وملوحته، وأن ينشر النتائج بالعربية والعبرية كل ' ||
             '[شهر/ثلاثة أشهر].', 0, 'option', 1),
  (13, 4, 2, 'שתי הרשויות [יקימו/ישקלו להקים] ועדת מים משותפת, עם מהנדס מטעם כל צד ויושב ראש מוסכם.',
             0, 'option', 2),
  (14, 4, 3, 'يجب إصلاح شبكة المياه في عين الدلب لوقف التسرب خلال 18 شهراً، بتمويل مشترك من جهة مانحة ' ||
             'تقبلها البلدتان.', 0, 'option', 5),
  (15, 5, 1, 'Find a university laboratory that both councils would accept to measure the aquifer ' ||
             '(the group, by 2026-10-15).', 0, 'step', 1),
  (16, 5, 2, 'לבדוק עם רשות המים אם ועדה משותפת יכולה לייעץ על המכסות (משתתפת מרמת צפצפה, עד ' ||
             '2026-10-20).', 0, 'step', 2),
  (17, 5, 3, 'إعداد قائمة بأكثر مقاطع الشبكة تسرّباً مع تقدير للكلفة (مشاركة من عين الدلب، حتى ' ||
             '2026-10-10).', 0, 'step', 3),
  (18, 6, 1, 'Participants from Ein al-Dalb hold that the deep boreholes should stop pumping until the ' ||
             'water table recovers; participants from Ramat Tsaftsafa hold that this would end their ' ||
             'orchards. Both agree that the measurements should not wait for this question.', 0, '', 0),
  (19, 6, 2, 'هل تُعوَّض العائلات التي خسرت موسم الزيتون، ومن يدفع التعويض؟', 1, '', 0),
  (20, 6, 3, 'For the facilitators: the interpreters asked for the memo two days before the next ' ||
             'session, to check the three languages against each other.', 2, '', 0);

-- Draft 1, read out at the end of day 2 in the three languages, still with more brackets.
INSERT INTO memo_version (id, memo_id, number, note, frozen_at, title, date) VALUES
  (1, 1, 1, 'End of day 2, read aloud in Arabic, Hebrew and English', '2026-09-22T17:30:00Z',
   'الماء تحت التلال · המים שמתחת לגבעות · The water under the hills', '2026-09-22');

INSERT INTO version_paragraph (version_id, position, section_title, text, status) VALUES
  (1, 1, 'العنوان والتاريخ · כותרת ותאריך · Title and date',
   'مذكرة مشتركة من حوار غير رسمي بين أهالي عين الدلب ورمات تسفتسفا، أيلول/سبتمبر 2026.', 0),
  (1, 2, 'العنوان والتاريخ · כותרת ותאריך · Title and date',
   'מזכר משותף מדיאלוג לא רשמי בין תושבי עין א-דלב ורמת צפצפה, ספטמבר 2026.', 0),
  (1, 3, 'التحليل المشترك · ניתוח משותף · Shared analysis',
   'تحتاج البلدتان كلتاهما إلى ماء يكفي البيوت والمدارس والبساتين، من حوض واحد تشتركان فيه.', 0),
  (1, 4, 'التحليل المشترك · ניתוח משותף · Shared analysis',
   'שתי הקהילות זקוקות לביטחון בכביש העמק.', 0),
  (1, 5, 'التحليل المشترك · ניתוח משותף · Shared analysis',
   'تحتاج عين الدلب إلى [حصة عادلة/حصة متساوية] من ماء الحوض.', 0),
  (1, 6, 'التحليل المشترك · ניתוח משותף · Shared analysis',
   'רמת צפצפה זקוקה [למכסה קבועה/לוודאות] לבתים ולמטעים.', 0),
  (1, 7, 'التوصيات · המלצות · Recommendations',
   'ينبغي أن يقيس مختبر مستقل منسوب الحوض وينشر النتائج [كل شهر].', 0),
  (1, 8, 'التوصيات · המלצות · Recommendations',
   'שתי הרשויות [יקימו/ישקלו להקים] ועדת מים משותפת.', 0),
  (1, 9, 'حيث ما زالت الآراء مختلفة · היכן הדעות עדיין חלוקות · Where views still differ',
   'Whether the deep boreholes should stop pumping until the water table recovers.', 1);

-- Who received the draft: institutions only, never participants.
INSERT INTO distribution (version_id, recipient, sent_on, note) VALUES
  (1, 'مكتب محافظ اللواء · לשכת הממונה על המחוז · The district governor''s office', '2026-09-24',
   'For comment, in confidence');

-- Draft 2, the memo as it stands, frozen a week later for the interpreters to check the three
-- languages against each other: compared with Draft 1, it shows what the week changed.
INSERT INTO memo_version (id, memo_id, number, note, frozen_at, title, date) VALUES
  (2, 1, 2, 'For the interpreters, before the next session', '2026-09-29T15:00:00Z',
   'الماء تحت التلال · המים שמתחת לגבעות · The water under the hills', '2026-09-29');

INSERT INTO version_paragraph (version_id, position, section_title, text, status)
  SELECT 2, ROW_NUMBER() OVER (ORDER BY s.position, p.position), s.title, p.text, p.status
  FROM memo_paragraph p JOIN memo_section s ON s.id = p.section_id WHERE s.memo_id = 1;
