// Closed word lists the recognisers and relation patterns share. Data only; each list says what it is for.

// Verbs of speech that attribute a quote or claim: "…, Ardern said", "said Prof Patman".
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'warned', 'warns',
  'explained', 'explains', 'argued', 'argues', 'insisted', 'insists', 'claimed', 'claims', 'declared', 'declares',
  'announced', 'announces', 'wrote', 'writes', 'asked', 'asks', 'replied', 'replies', 'responded', 'responds',
  'commented', 'comments', 'acknowledged', 'admitted', 'confirmed', 'stressed', 'emphasised', 'emphasized',
  'suggested', 'believes', 'believed', 'thinks', 'thought', 'described', 'describes', 'cautioned', 'urged',
  'urges', 'predicted', 'concluded', 'continued', 'recalled', 'remarked', 'reiterated', 'pointed',
]);

// Words that head an agreement noun phrase.
export const AGREEMENT_HEADS = new Set([
  'agreement', 'agreements', 'arrangement', 'arrangements', 'pact', 'pacts', 'deal', 'deals', 'treaty', 'treaties',
  'accord', 'accords', 'alliance', 'partnership', 'memorandum', 'protocol', 'contract', 'contracts', 'convention',
  'compact', 'entente', 'mou', 'statement', 'coalition', 'coalitions', 'ceasefire', 'truce', 'armistice',
  'sanctions', 'embargo', 'embargoes', 'moratorium', 'code', 'licence', 'license', 'concession',
  // Undertakings that countries sign up to, loans a lender grants a borrower, and purchases of firms.
  'pledge', 'loan', 'bailout', 'takeover', 'acquisition', 'merger', 'buyout', 'communique', 'communiqué',
]);

// Measures one side imposes on another: their imposer is the party ("the US imposed sanctions"), the
// side they target is involved ("sanctions on Russia", "an embargo against Cuba").
export const SANCTION_HEADS = new Set(['sanctions', 'embargo', 'embargoes', 'moratorium']);
export const IMPOSE_VERBS = new Set([
  'imposed', 'imposes', 'impose', 'imposing', 'slapped', 'introduced', 'introduces', 'announced', 'extended',
  'extends', 'expanded', 'tightened', 'placed', 'levied', 'enforced', 'enforces', 'declared', 'renewed',
  // "the bloc adopted sanctions against …", "approved an embargo": a body's decision imposes them.
  'adopted', 'adopts', 'approved', 'approves', 'unveiled', 'unveils', 'granted', 'grants',
]);

// "statement" is an agreement only as a "joint statement"; "alliance" and "partnership" only with parties.
export const WEAK_AGREEMENT_HEADS = new Set(['statement', 'partnership', 'partnerships', 'alliance', 'contract', 'contracts', 'convention', 'coalition', 'coalitions', 'licence', 'license', 'concession', 'pledge', 'loan', 'bailout', 'takeover', 'acquisition', 'merger', 'buyout']);

// Verbs that make a weak head an agreement even with no party in the phrase: "Zenco won a contract",
// "signed a licence" (the verb's subject becomes the party).
export const CONTRACTING_VERBS = new Set(['signed', 'signs', 'sign', 'won', 'wins', 'win', 'awarded', 'secured', 'clinched', 'landed', 'granted', 'approved', 'approves']);

// Modifiers that do not change which agreement is meant ("a new security agreement", "formal talks").
export const AGREEMENT_FILLER = new Set([
  'a', 'an', 'the', 'new', 'formal', 'possible', 'proposed', 'planned', 'historic', 'landmark', 'bilateral',
  'trilateral', 'multilateral', 'similar', 'such', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her',
  'our', 'my', 'your', 'major', 'key', 'first', 'second', 'initial', 'final', 'draft', 'controversial', 'secret',
  'signed', 'long-standing', 'longstanding', 'existing', 'broad', 'wide-ranging', 'comprehensive', 'current',
  'same', 'one', 'two', 'three', 'several', 'any', 'recent', 'latest', 'military', 'kind', 'kinds', 'of',
  'two-nation', 'four-nation', 'ambitious', 'special', 'potential', 'reported', 'so-called', 'much-anticipated',
  'long', 'standing', 'preliminary', 'important', 'most', 'economic', 'big', 'huge', 'deep', 'parallel',
  'led', 'backed', 'brokered', 'mediated', 'sponsored', 'extended', 'renewed', 'agreed', 'signed', 'sealed', 'seal',
]);

// Synonyms for an agreement's subject, so differently worded reports of one deal compare equal.
export const SUBJECT_SYNONYMS: Record<string, string> = {
  intelligence: 'information',
  intel: 'information',
  info: 'information',
  defence: 'security',
  defense: 'security',
  military: 'security',
  commerce: 'trade',
  commercial: 'trade',
  cooperation: '',
  'co-operation': '',
  sharing: 'sharing',
  exchange: 'sharing',
  'information-sharing': 'information sharing',
  'intelligence-sharing': 'information sharing',
};

// Nouns that head a concern ("Russia's invasion of Ukraine", "rising tensions between China and Taiwan").
export const CONCERN_HEADS = new Set([
  'invasion', 'war', 'wars', 'crackdown', 'crackdowns', 'abuse', 'abuses', 'rights', 'militarisation',
  'militarization', 'tension', 'tensions', 'dispute', 'disputes', 'conflict', 'conflicts', 'aggression',
  'actions', 'action', 'activities', 'activity', 'assertiveness', 'expansion', 'extension', 'coercion', 'threat',
  'threats', 'violence', 'attack', 'attacks', 'occupation', 'annexation', 'crisis', 'shortage', 'shortages',
  'situation', 'base', 'bases', 'build-up', 'buildup', 'presence', 'influence', 'escalation', 'instability',
  'terrorism', 'persecution', 'repression', 'torture', 'genocide', 'famine', 'poverty', 'pandemic', 'change', 'changes',
  'sanctions', 'tariffs', 'embargo', 'blockade', 'claims', 'claim', 'sovereignty', 'ambitions', 'programme',
  'program', 'proliferation', 'corruption', 'inflation', 'recession', 'unrest', 'protests', 'coup',
  'interference', 'hostility', 'provocation', 'provocations', 'incursions', 'incursion', 'drills', 'tests',
  'education', 'future', 'process', 'order', 'stability', 'security', 'deal', 'pact', 'agreement', 'plan',
  'coalition', 'decision', 'policy', 'policies', 'role', 'status', 'emissions', 'drought', 'floods', 'disaster',
  'manoeuvres', 'maneuvers', 'behaviour', 'behavior', 'conduct', 'practices', 'provocations', 'harassment',
  'debt', 'deficit', 'deficits', 'unemployment', 'prices', 'slowdown', 'downturn', 'hunger', 'malnutrition',
  'disease', 'outbreak', 'epidemic', 'smuggling', 'trafficking', 'piracy', 'pollution', 'deforestation', 'warming',
  'discrimination', 'censorship', 'surveillance', 'fraud', 'espionage', 'hacking', 'cyberattacks', 'extremism',
  'settlement', 'integrity', 'independence', 'reconciliation', 'reunification', 'disarmament', 'denuclearisation', 'denuclearization',
  'impact', 'effects', 'consequences', 'implications', 'fallout', 'stand-off', 'standoff', 'clashes', 'fighting', 'strikes', 'bombing', 'shelling', 'killings', 'deaths', 'ambitions',
  // What rights groups, unions and regulators say they are concerned about: "the ethnic cleansing of
  // X", "the treatment of detainees", "the misuse of state media", "patient safety", "a housing bubble".
  'cleansing', 'treatment', 'plight', 'misuse', 'reclamation', 'bubble', 'deflation', 'safety', 'staffing',
  'losses', 'closure', 'closures', 'redundancies', 'detention', 'detentions', 'arrest', 'arrests',
]);

// Heads of a measure put to a vote or fought over: "the sales tax bill", "the abandoned property act",
// "a water development bill". With a modifier of its own such a phrase is a candidate concern, which
// a later "opposed the bill" or "argued the bill is unconstitutional" names by its head.
// ("bills" and the bills of a household are money owed; "state law", "tax law" name a body of law.)
export const MEASURE_HEADS = new Set(['bill', 'act', 'amendment', 'measure', 'law', 'levy', 'ordinance', 'resolution', 'referendum', 'tax']);
export const GENERIC_MEASURE_MODIFIERS = new Set([
  'state', 'federal', 'city', 'county', 'town', 'case', 'common', 'martial', 'criminal', 'civil', 'international',
  'national', 'local', 'public', 'private', 'natural', 'moral', 'divine', 'human', 'family', 'tax', 'household',
  'phone', 'telephone', 'electricity', 'gas', 'grocery', 'hospital', 'medical', 'hotel', 'fuel', 'heating',
  'utility', 'food', 'dollar', 'house', 'senate', 'government', 'church', 'canon', 'company',
]);
// Words before a measure's head that are no part of its name: "a new housing levy" is "the housing levy".
export const MEASURE_FILLERS = new Set(['new', 'proposed', 'controversial', 'latest', 'planned', 'draft', 'current', 'existing', 'present', 'old', 'first', 'final', 'recent', 'original', 'revised', 'amended', 'same', 'whole', 'entire', 'pending', 'so-called', 'similar', 'separate', 'major', 'sweeping']);
// Heads by which "the bill" takes up an earlier measure: a bill may be called the act or the measure.
export const MEASURE_FAMILIES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['bill', 'act', 'measure', 'law', 'legislation', 'amendment', 'proposal', 'resolution', 'ordinance']),
  new Set(['tax', 'levy', 'bill', 'measure', 'proposal']),
];

// Verbs and nouns that express concern or opposition; the object that follows is a concern.
export const CONCERN_TRIGGERS: Array<{ words: string[]; predicate: 'concernedAbout' | 'opposes'; id: string }> = [
  { words: ['concern', 'concerns', 'concerned', 'worries', 'worry', 'worried', 'worrying', 'fears', 'fear', 'feared', 'alarm', 'alarmed', 'unease', 'anxiety', 'anxious'], predicate: 'concernedAbout', id: 'concern-noun' },
  { words: ['condemn', 'condemns', 'condemned', 'condemning', 'denounce', 'denounces', 'denounced', 'denouncing', 'oppose', 'opposes', 'opposed', 'opposing', 'opposition', 'criticise', 'criticised', 'criticises', 'criticize', 'criticized', 'criticizes', 'rejected', 'rejects', 'reject', 'protested', 'objected', 'objects', 'accused', 'accuses', 'accusing'], predicate: 'opposes', id: 'oppose-verb' },
  { words: ['warned', 'warns', 'warning', 'cautioned', 'threat'], predicate: 'concernedAbout', id: 'warn-verb' },
];

// Words that negate the statement they stand in: "is not part of", "would not be", "never signed".
export const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'none', 'nobody', 'cannot']);

// Verbs whose subjects become parties to the agreement that is their object. (Not "brokered" or
// "mediated": "Qatar brokered a deal between X and Y" makes Qatar the go-between, no party.)
export const AGREE_VERBS = new Set([
  'agree', 'agreed', 'agrees', 'agreeing', 'sign', 'signed', 'signs', 'signing', 'negotiate', 'negotiated',
  'negotiates', 'negotiating', 'seal', 'sealed', 'seals', 'conclude', 'concluded', 'ink', 'inked', 'reach',
  'reached', 'strike', 'struck', 'forge', 'forged', 'enter', 'entering', 'entered', 'ratify', 'ratified', 'finalise',
  'finalised', 'finalize', 'finalized', 'announce', 'announced', 'launch', 'launched', 'establish', 'established',
  'form', 'formed', 'join', 'joined', 'renew', 'renewed', 'drum', 'set', 'secure', 'secured',
  'won', 'wins', 'win', 'awarded', 'clinched', 'landed',
  // "the leaders issued a joint statement": who issues a joint text agrees to it.
  'issued', 'issue', 'issues',
]);

// Verbs and nouns of meeting.
export const MEET_WORDS = new Set([
  'met', 'meet', 'meets', 'meeting', 'meetings', 'talks', 'hosted', 'hosts', 'host', 'welcomed', 'received',
  'sat', 'summit', 'spoke', 'discussed', 'conversation', 'bilateral', 'shook',
]);

// Words of travel: "visited Japan", "her visit to Japan", "a trip to Asia", "arrived in Tokyo".
export const VISIT_WORDS = new Set([
  'visit', 'visited', 'visits', 'visiting', 'trip', 'tour', 'toured', 'touring', 'arrived', 'arrives', 'arrive',
  'travelled', 'traveled', 'travelling', 'traveling', 'flew', 'flying', 'landed', 'stopover', 'stop', 'journey',
  'holiday', 'holidays', 'vacation', 'stay',
]);

// Months and weekdays are capitalised but never names.
export const CALENDAR = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Jan', 'Feb', 'Mar',
  'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

// Weekdays, which news puts right after a body's name ("told the Alden Rotary Club Tuesday") and no
// body's name holds.
export const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

// Capitalised words that begin sentences or headlines but are not names.
export const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those',
  'But', 'And', 'Or', 'If', 'As', 'For', 'From', 'With', 'By', 'Of', 'To', 'After', 'Before', 'While', 'When',
  'Where', 'What', 'Who', 'Why', 'How', 'Our', 'Their', 'His', 'Her', 'Its', 'My', 'Your', 'There', 'Here', 'Now',
  'Then', 'Also', 'However', 'Meanwhile', 'Earlier', 'Later', 'Last', 'Next', 'Some', 'Many', 'Most', 'All', 'Both',
  'Each', 'Every', 'Any', 'No', 'Not', 'Yes', 'According', 'Like', 'Unlike', 'Besides', 'Beyond', 'Despite',
  'Although', 'Though', 'Because', 'Since', 'Until', 'Under', 'Over', 'Among', 'Between', 'During', 'Without',
  'Speaking', 'Having', 'Being', 'Sharing', 'Asked', 'Let', 'Let\'s', 'Mr', 'Mrs', 'Ms', 'Dr', 'Covid', 'COVID',
  'COVID-19', 'Covid-19', 'Internet', 'God', 'Christmas', 'Easter', 'Ramadan', 'English', 'Government', 'State',
  'Minister', 'Secretary', 'Prime', 'Foreign', 'Chief', 'Cabinet', 'Parliament', 'Opposition', 'Chancellor',
  'President', 'Read', 'More', 'Watch', 'Sign', 'Two', 'Three', 'One', 'Four', 'Five', 'Six', 'Ten', 'First',
  'Second', 'Third', 'New', 'Old', 'Top', 'Talks', 'Officials', 'Most', 'Several', 'Even', 'Just', 'Only', 'Such',
  'So', 'Thus', 'Still', 'Yet', 'Again', 'Once', 'Twice', 'Today', 'Tomorrow', 'Yesterday', 'Tonight', 'Neither',
  'Either', 'Nor', 'Whether', 'Which', 'Whose', 'Whom', 'Will', 'Would', 'Could', 'Should', 'May', 'Might', 'Must',
  'Can', 'Do', 'Does', 'Did', 'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Had', 'Be', 'Been', 'Get', 'Got',
  // Members of parliaments in the plural: a group, never one person's name ("MPs said", "Labour MPs").
  'MPs', 'MEPs', 'MSPs', 'Peers',
]);
