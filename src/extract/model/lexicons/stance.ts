// Stance words: the general English verbs, nouns and adjectives by which an actor opposes or worries
// about an action or a policy. Data only; read by the stance pass (03-stance.ts and its rows in stance/).
// No names here.

export type StancePredicate = 'concernedAbout' | 'opposes';

// Verbs whose direct object is what the subject opposes: "decried the cuts", "vetoed the bill",
// "resists easing the embargo". (Verbs of physical attack are left out: "troops attacked the town".)
export const OPPOSE_VERBS = new Set([
  'oppose', 'opposes', 'opposed', 'opposing', 'condemn', 'condemns', 'condemned', 'condemning', 'denounce',
  'denounces', 'denounced', 'denouncing', 'criticise', 'criticises', 'criticised', 'criticising', 'criticize',
  'criticizes', 'criticized', 'criticizing', 'reject', 'rejects', 'rejected', 'rejecting', 'decry', 'decries',
  'decried', 'decrying', 'deplore', 'deplores', 'deplored', 'deploring', 'veto', 'vetoes', 'vetoed', 'vetoing',
  'resist', 'resists', 'resisted', 'resisting', 'block', 'blocks', 'blocked', 'blocking', 'prevent', 'prevents',
  'prevented', 'preventing', 'slam', 'slams', 'slammed', 'lambast', 'lambasted',
  'protest', 'protests', 'protested', 'protesting', 'object', 'objects', 'objected', 'objecting', 'abolish', 'challenge', 'challenged', 'challenges', 'challenging', 'boycott', 'boycotted', 'boycotting',
  'threaten', 'threatens', 'threatened', 'threatening',
  // "is suing the firms involved in the sale": a lawsuit opposes what it is about.
  'sue', 'sues', 'sued', 'suing',
  // "blamed Peru for the collapse of the talks": what is blamed on someone is opposed.
  'blame', 'blames', 'blamed', 'blaming',
  // "has banned imports of maize": what a government bans or outlaws it opposes.
  'ban', 'bans', 'banned', 'banning', 'outlaw', 'outlaws', 'outlawed', 'outlawing',
]);

// Participles that, after "should/must be", say an actor wants something undone: "thinks the
// amendment should be rejected", "say the stake should be cut".
export const UNDO_PARTICIPLES = new Set(['rejected', 'defeated', 'killed', 'blocked', 'vetoed', 'stopped', 'opposed', 'condemned', 'overturned', 'struck']);

// Verbs that, besides the verbs of speech, report a judgement: "ruled that the stake is too high".
export const JUDGING_VERBS = new Set(['ruled', 'rules', 'found', 'finds', 'concluded', 'concludes', 'decided', 'feels', 'felt', 'considers', 'considered', 'maintains', 'maintained', 'contends', 'contended']);

// Verbs whose object is a problem the subject means to deal with: "tackle poverty", "countering
// Russia's aggression", "curb inflation". (Not "fight": "troops were fighting the army".)
export const CONCERN_VERBS = new Set([
  'tackle', 'tackles', 'tackled', 'tackling', 'combat', 'combats', 'combated', 'combating', 'combatting', 'counter',
  'counters', 'countered', 'countering', 'curb', 'curbs', 'curbed', 'curbing', 'eradicate', 'eradicates',
  'eradicated', 'eradicating', 'alleviate', 'alleviating',
]);

// Prepositions that some stance verbs take before their object: "objected to", "protested against",
// "warned of", "worried about".
export const STANCE_PREPOSITIONS = new Set(['to', 'against', 'about', 'over', 'at', 'of', 'on']);

// Verbs that name what was discussed: "talked about X", "discussed X", "raised X" (topics of a meeting
// are concerns of those who met when they head a concern noun).
export const TOPIC_VERBS = new Set(['discuss', 'discussed', 'discusses', 'discussing', 'talked', 'talk', 'talks', 'raised', 'raise', 'raises', 'debated', 'debate']);

// Verbs of naming that take an object and a judgement: "called the plan unworkable", "described the
// deal as a disaster", "branded the tax unfair".
// ("dismissed the plan as unworkable", "derided the levy as a stunt": with a judgement after them.)
export const CALL_VERBS = new Set(['call', 'calls', 'called', 'calling', 'described', 'describes', 'describe', 'branded', 'brands', 'labelled', 'labeled', 'termed', 'dubbed', 'deemed', 'considers', 'considered', 'regards', 'regarded', 'dismissed', 'dismisses', 'dismissing', 'derided', 'derides', 'condemned', 'attacked', 'attacks', 'criticised', 'criticized', 'denounced', 'slammed']);

// Adjectives and nouns that judge something bad: "unjustified", "a disgrace", "a mistake".
export const NEGATIVE_JUDGEMENTS = new Set([
  'unjustified', 'unjustifiable', 'unacceptable', 'unfair', 'unjust', 'illegal', 'unlawful', 'illegitimate',
  'wrong', 'outrageous', 'absurd', 'disgraceful', 'shameful', 'ridiculous', 'irresponsible', 'immoral',
  'unworkable', 'misguided', 'flawed', 'dangerous', 'reckless', 'indefensible', 'intolerable', 'scandalous',
  'undemocratic', 'unconstitutional', 'discriminatory', 'counterproductive', 'counter-productive', 'damaging',
  'harmful', 'divisive', 'provocative', 'deplorable', 'appalling', 'unhelpful', 'excessive', 'pointless',
  'outdated', 'anachronistic', 'mistake', 'disgrace', 'disaster', 'scandal', 'travesty', 'outrage', 'farce',
  'nonsense', 'betrayal', 'blunder', 'threat', 'unwarranted', 'worrying', 'alarming', 'troubling', 'backward', 'regressive',
  'unnecessary', 'unrealistic', 'unaffordable', 'draconian', 'heavy-handed', 'ill-conceived', 'ill-advised', 'unwise',
  'short-sighted', 'hypocritical', 'unenforceable', 'inhumane', 'punitive', 'confiscatory', 'disastrous', 'catastrophic',
  'gimmick', 'stunt', 'fiasco', 'shambles', 'sham', 'charade', 'waste', 'insult', 'affront', 'burden', 'setback',
]);

// Adjectives that judge something good; negated ("can no longer be justified", "is not acceptable")
// they judge it bad.
export const POSITIVE_JUDGEMENTS = new Set(['justified', 'justifiable', 'acceptable', 'fair', 'legal', 'lawful', 'legitimate', 'right', 'necessary', 'sustainable', 'defensible', 'tenable', 'needed', 'warranted']);

// Verbs of wanting or demanding that something end: "wants the rebate to end", "demanded the tariffs
// be scrapped", "called for the ban to be lifted".
export const WANT_VERBS = new Set([
  'want', 'wants', 'wanted', 'wanting', 'demand', 'demands', 'demanded', 'demanding', 'urge', 'urges', 'urged',
  'urging', 'expect', 'expects', 'expected', 'prefer', 'prefers', 'preferred', 'insisted', 'insists', 'insist',
]);

// Words for ending or removing something, after "to (be)" or a subjunctive "be".
export const END_WORDS = new Set([
  'end', 'ended', 'stop', 'stopped', 'cease', 'scrapped', 'scrap', 'abolished', 'abolish', 'axed', 'dropped',
  'drop', 'cut', 'reduced', 'removed', 'lifted', 'withdrawn', 'banned', 'halted', 'phased', 'dismantled',
  'repealed', 'rescinded', 'reversed', 'suspended', 'shelved', 'abandoned', 'ditched', 'slashed', 'closed',
]);

// Verbs of urging someone (not) to act: "urged the council not to close the school".
export const URGE_VERBS = new Set(['urge', 'urges', 'urged', 'urging', 'pressed', 'presses', 'implored', 'begged', 'called', 'calls', 'calling', 'advised', 'warned', 'warns', 'encouraged', 'encourages', 'asked', 'asks']);

// Verbs of support; negated ("cannot support", "refused to back") they oppose their object.
export const SUPPORT_VERBS = new Set(['support', 'supports', 'back', 'backs', 'endorse', 'endorses', 'accept', 'accepts', 'approve', 'approves', 'favour', 'favours', 'favor', 'favors', 'welcome', 'welcomes', 'recognise', 'recognize', 'sign', 'ratify']);

// Refusals before a verb: "refused to back", "declined to endorse", "will never accept".
export const REFUSALS = new Set(['not', "n't", 'never', 'cannot', 'refused', 'refuses', 'refuse', 'declined', 'declines', 'decline', 'unwilling', 'reluctant']);

// Nouns of a campaign or struggle against something: "the campaign against poverty", "his fight
// against corruption", "measures against money laundering".
export const STRUGGLE_NOUNS = new Set([
  'campaign', 'campaigns', 'fight', 'battle', 'struggle', 'crusade', 'war', 'drive', 'protest', 'protests',
  'crackdown', 'measures', 'action', 'efforts', 'effort', 'opposition', 'resistance', 'case', 'lawsuit',
  'legislation', 'law', 'laws', 'rules', 'offensive', 'push', 'stand', 'objection', 'objections', 'hostility',
]);

// Verbs of calling for something, whose object the subject is concerned about: "called for more
// flexibility in exchange rates", "pressed for reforms".
export const CALL_FOR_VERBS = new Set(['called', 'calls', 'call', 'calling', 'pressed', 'pressing', 'pushed', 'pushing', 'appealed', 'appeals', 'lobbied', 'lobbying', 'campaigned', 'campaigning']);

// Priority phrases: "made poverty a key theme", "has made corruption its top priority".
export const PRIORITY_NOUNS = new Set(['priority', 'priorities', 'theme', 'focus', 'issue', 'concern', 'goal', 'aim', 'target', 'cause']);

// Words that, alone, make no useful concern: a concern needs more than "the plan" or "the war".
export const GENERIC_OBJECTS = new Set([
  'plan', 'plans', 'move', 'moves', 'idea', 'ideas', 'proposal', 'proposals', 'decision', 'decisions', 'policy',
  'policies', 'measure', 'measures', 'bill', 'bills', 'law', 'laws', 'thing', 'things', 'way', 'ways', 'situation',
  'issue', 'issues', 'matter', 'matters', 'step', 'steps', 'change', 'changes', 'view', 'views', 'statement',
  'report', 'reports', 'claim', 'claims', 'war', 'wars', 'crisis', 'one', 'ones', 'fact', 'people', 'others',
  'idea', 'suggestion', 'call', 'calls', 'request', 'demand', 'demands', 'offer', 'deal', 'agreement', 'action',
  'actions', 'effort', 'efforts', 'work', 'case', 'question', 'questions', 'problem', 'problems', 'point',
  'position', 'stance', 'approach', 'system', 'project', 'programme', 'program', 'process', 'government', 'side',
  'sides', 'lot', 'number', 'kind', 'part', 'rest', 'all', 'both', 'anything', 'something', 'everything',
  'nothing', 'this', 'that', 'these', 'those', 'it', 'them', 'him', 'her', 'us', 'me', 'you', 'everyone', 'time',
  'year', 'years', 'day', 'days', 'week', 'weeks', 'month', 'months', 'support', 'help', 'aid', 'chance', 'need',
  'needs', 'role', 'job', 'jobs', 'future', 'past', 'challenge', 'challenges', 'threat', 'threats', 'risk', 'risks',
  'country', 'countries', 'nation', 'nations', 'state', 'states', 'leader', 'leaders', 'member', 'members',
  'party', 'parties', 'official', 'officials', 'minister', 'ministers', 'firm', 'firms', 'company', 'companies',
  'business', 'businesses', 'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'temptation',
  // A proposition rejected or a thing slammed or blocked alone names no issue: "rejected the proposition
  // that …", "slammed the door", "blocked the road".
  'proposition', 'propositions', 'notion', 'contention', 'assertion', 'theory', 'argument', 'arguments',
  'absolutes', 'door', 'doors', 'window', 'windows', 'gate', 'gates', 'road', 'roads', 'path', 'entrance', 'exit',
  'shot', 'shots', 'ball', 'lid', 'traffic', 'street', 'passage',
]);

// Verbs by which an actor states its support for something it cares about: "emphasised the support for
// Ukraine's territorial integrity", "reaffirmed its commitment to a peaceful settlement".
export const AVOW_VERBS = new Set([
  'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'stressed', 'stresses', 'reaffirmed', 'reaffirms',
  'reiterated', 'reiterates', 'expressed', 'expresses', 'voiced', 'voices', 'pledged', 'pledges', 'declared',
  'declares', 'underlined', 'underlines', 'underscored', 'underscores', 'confirmed', 'confirms', 'offered', 'offers',
]);
export const AVOWAL_NOUNS = new Set(['support', 'commitment', 'backing', 'solidarity']);

// Words of worry whose object, after "about", "over", "of" or "at", is what the actor worries about:
// "worried about the number of migrant workers", "warned of higher fuel prices".
export const WORRY_WORDS = new Set([
  'concern', 'concerns', 'concerned', 'worry', 'worries', 'worried', 'fear', 'fears', 'feared', 'warned', 'warns',
  'warning', 'alarmed', 'alarm', 'anxious', 'anxiety', 'unease', 'uneasy', 'nervous', 'troubled', 'disturbed',
  'disquiet', 'sensitivity', 'apprehension', 'misgivings',
]);

// Verbs that take a stand "against" something: "voted against the tax bill", "spoke out against the
// crackdown", "campaigned against the closure", "railed against the levy". (Not "warned against":
// a warning names a danger, which the phrases pass reads with its concern nouns.)
export const AGAINST_VERBS = new Set([
  'vote', 'votes', 'voted', 'voting', 'spoke', 'speaks', 'speak', 'speaking', 'came', 'comes', 'come', 'campaign',
  'campaigns', 'campaigned', 'campaigning', 'argue', 'argues', 'argued', 'arguing', 'lobby', 'lobbies', 'lobbied',
  'lobbying', 'rail', 'rails', 'railed', 'railing', 'fight', 'fights', 'fought', 'fighting', 'struggle',
  'struggled', 'marched', 'march', 'marching', 'rallied', 'rally', 'testified', 'testify', 'sided', 'mobilised',
  'mobilized', 'ruled', 'rules', 'legislate', 'legislated', 'inveighed',
]);

// Verbs that report a belief or a fear about what something will do, besides the verbs of speech:
// "critics believe the reform could undercut wages", "fears the merger would cost jobs".
export const BELIEF_VERBS = new Set([
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'fear', 'fears', 'feared', 'warn', 'warned', 'warns',
  'argue', 'argued', 'argues', 'predict', 'predicts', 'predicted', 'worry', 'worries', 'worried', 'contend', 'contends',
]);

// Verbs of harm: what a thing is said to do when the speaker is against it ("said the levy would
// undermine the harbour's trade", "warned the cuts could damage schools").
export const HARM_VERBS = new Set([
  'undermine', 'undermines', 'undermining', 'damage', 'damages', 'damaging', 'harm', 'harms', 'harming', 'hurt',
  'hurts', 'hurting', 'destroy', 'destroys', 'destroying', 'impair', 'impairs', 'impairing', 'jeopardise',
  'jeopardize', 'jeopardises', 'jeopardizes', 'jeopardising', 'jeopardizing', 'endanger', 'endangers',
  'endangering', 'weaken', 'weakens', 'weakening', 'erode', 'erodes', 'eroding', 'cripple', 'cripples',
  'crippling', 'wreck', 'wrecks', 'wrecking', 'ruin', 'ruins', 'ruining', 'impede', 'impedes', 'impeding',
  'hamper', 'hampers', 'hampering', 'hinder', 'hinders', 'hindering', 'derail', 'derails', 'derailing',
  'destabilise', 'destabilize', 'destabilises', 'destabilizes', 'destabilising', 'destabilizing', 'violate',
  'violates', 'violating', 'undercut', 'undercuts', 'undercutting', 'worsen', 'worsens', 'worsening', 'exacerbate',
  'exacerbates', 'exacerbating', 'devastate', 'devastates', 'devastating', 'bankrupt', 'penalise', 'penalize',
  'punish', 'punishes', 'punishing', 'poison', 'poisons', 'poisoning', 'pollute', 'pollutes', 'polluting', 'contaminate', 'contaminates', 'contaminating',
]);

// Past forms of the verbs of harm, said of what has already done harm: "said the flood damaged the crops".
export const HARM_PAST = new Set([
  'undermined', 'damaged', 'harmed', 'destroyed', 'impaired', 'jeopardised', 'jeopardized', 'endangered',
  'weakened', 'eroded', 'crippled', 'wrecked', 'ruined', 'impeded', 'hampered', 'hindered', 'derailed',
  'destabilised', 'destabilized', 'violated', 'worsened', 'exacerbated', 'devastated',
]);

// Verbs of consequence, whose outcome is bad when a harm verb or a bad-outcome noun follows in the
// clause: "would mean a steep hike in fees", "could result in firms shifting jobs abroad, undercutting …".
export const CONSEQUENCE_VERBS = new Set(['mean', 'means', 'lead', 'leads', 'result', 'results', 'cause', 'causes', 'bring', 'brings', 'trigger', 'triggers', 'spark', 'sparks', 'force', 'forces', 'create', 'creates', 'put', 'puts', 'leave', 'leaves']);
export const BAD_OUTCOMES = new Set([
  'hike', 'hikes', 'loss', 'losses', 'chaos', 'collapse', 'damage', 'crisis', 'bankruptcy', 'closure', 'closures',
  'shortage', 'shortages', 'deaths', 'harm', 'disaster', 'ruin', 'hardship', 'misery', 'layoffs', 'redundancies',
  'instability', 'unrest', 'violence', 'poverty', 'unemployment', 'risk', 'danger', 'jeopardy',
]);
// Adjectives of difficulty after "make" or "become": "would make the rescue more difficult", "will become risky".
export const HARDSHIP_ADJECTIVES = new Set(['difficult', 'harder', 'impossible', 'worse', 'risky', 'riskier', 'dangerous', 'unworkable', 'unviable', 'unaffordable', 'costlier', 'precarious']);
// Nouns of risk after "increase" or "raise": "said the ruling increases the risks to the project".
export const RISK_NOUNS = new Set(['risk', 'risks', 'danger', 'dangers', 'threat', 'threats', 'likelihood', 'cost', 'costs']);
// Verbs of increase before a risk noun.
export const INCREASE_VERBS = new Set(['increase', 'increases', 'increased', 'raise', 'raises', 'heighten', 'heightens', 'add', 'adds']);

// Participles of dealing with a problem, after "must be" or "had to be": "said education needs had to
// be tackled", "insisted the backlog must be addressed".
export const REMEDY_PARTICIPLES = new Set([
  'tackled', 'addressed', 'resolved', 'solved', 'confronted', 'fought', 'combated', 'combatted', 'eradicated',
  'curbed', 'countered', 'overcome', 'remedied', 'fixed', 'stopped', 'halted', 'reversed',
]);

// Nouns that name what follows "of" as a problem: "the issue of illiteracy", "the scourge of drug abuse",
// "breeding grounds of extremism".
// (Not "evil" or "curse": "the good or the evil of the world" names no problem.)
export const PROBLEM_NOUNS = new Set(['issue', 'issues', 'problem', 'problems', 'scourge', 'menace', 'plague', 'spectre', 'specter']);

// Nouns for those who oppose something, before "of": "a fierce critic of the dam", "opponents of the plan".
export const CRITIC_NOUNS = new Set(['critic', 'critics', 'opponent', 'opponents', 'foe', 'foes', 'detractor', 'detractors']);

// Past and present forms of backing a plan: "backed plans to write off the debts", "endorsed a move to curb X".
export const BACKING_VERBS = new Set(['backed', 'backs', 'supported', 'supports', 'endorsed', 'endorses', 'approved', 'approves', 'welcomed', 'welcomes', 'adopted', 'adopts', 'unveiled', 'unveils', 'announced', 'announces']);
// Light nouns for a plan to act: "plans to", "a proposal to", "moves to".
export const PLAN_NOUNS = new Set(['plan', 'plans', 'proposal', 'proposals', 'move', 'moves', 'measures', 'efforts', 'bid', 'scheme', 'initiative', 'steps']);
// Verbs of relief or removal a plan may be to: "to write off the debts", "to cancel the arrears", "to cut emissions".
export const RELIEF_VERBS = new Set(['write', 'cancel', 'forgive', 'relieve', 'ease', 'reduce', 'cut', 'curb', 'tackle', 'combat', 'end', 'eliminate', 'eradicate', 'fight', 'halve', 'alleviate', 'prevent', 'stop']);

// Adjectives of stance and the prepositions their object takes: "is sceptical about the levy", "remains
// wary of the pact", "was angry over the closure", "is critical of the plan", "worried by the rise".
export const STANCE_ADJECTIVES = new Map<string, { predicate: StancePredicate; preps: string[] }>([
  ...['critical', 'hostile', 'sceptical', 'skeptical', 'wary', 'unhappy', 'angry', 'furious', 'dismayed', 'outraged', 'upset', 'frustrated', 'scathing', 'dismissive', 'contemptuous'].map(
    (w): [string, { predicate: StancePredicate; preps: string[] }] => [w, { predicate: 'opposes', preps: ['of', 'about', 'over', 'at', 'with', 'by', 'to', 'toward', 'towards'] }],
  ),
  // (Not "disturbed by" or "troubled by", said as often of a noise or a visitor as of an issue.)
  ...['worried', 'concerned', 'alarmed', 'fearful', 'afraid', 'apprehensive'].map(
    (w): [string, { predicate: StancePredicate; preps: string[] }] => [w, { predicate: 'concernedAbout', preps: ['by', 'of'] }],
  ),
]);
// Copular verbs before a stance adjective: "remains wary of", "grew uneasy about".
export const COPULAR_VERBS = new Set(['is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'remains', 'remained', 'remain', 'seems', 'seemed', 'appears', 'appeared', 'became', 'becomes', 'grew', 'grows', 'stays', 'stayed', "'s", "'re", "'m"]);

// Phrasal verbs of stance, each a verb's forms and the words that must follow it: "hit out at the levy",
// "took aim at the plan", "cast doubt on the deal", "questioned the wisdom of the move". (Not "warned
// against": what one warns against doing, "warned against pigeonholing X", is advice, not a concern.)
export const PHRASAL_STANCES: Array<{ verbs: string[]; rest: string[]; predicate: StancePredicate }> = [
  { verbs: ['hit', 'hits', 'hitting'], rest: ['out', 'at'], predicate: 'opposes' },
  { verbs: ['lashed', 'lashes', 'lash', 'lashing'], rest: ['out', 'at'], predicate: 'opposes' },
  { verbs: ['took', 'take', 'takes', 'taking'], rest: ['aim', 'at'], predicate: 'opposes' },
  { verbs: ['cast', 'casts', 'casting'], rest: ['doubt', 'on'], predicate: 'opposes' },
  { verbs: ['poured', 'pours', 'pour', 'pouring'], rest: ['scorn', 'on'], predicate: 'opposes' },
  { verbs: ['questioned', 'questions', 'question', 'questioning'], rest: ['the', 'wisdom', 'of'], predicate: 'opposes' },
  { verbs: ['balked', 'baulked', 'balks', 'baulks', 'balk', 'baulk'], rest: ['at'], predicate: 'opposes' },
  { verbs: ['bristled', 'bristles'], rest: ['at'], predicate: 'opposes' },
  { verbs: ['pushed', 'pushes', 'push', 'pushing'], rest: ['back', 'against'], predicate: 'opposes' },
  { verbs: ['cracked', 'cracks', 'crack', 'cracking'], rest: ['down', 'on'], predicate: 'concernedAbout' },
  { verbs: ['clamped', 'clamps', 'clamp', 'clamping'], rest: ['down', 'on'], predicate: 'concernedAbout' },
];

// Nouns that, after "an end to", "a halt to", "the abolition of", make what follows opposed: "called for an end to the ban".
export const ENDING_NOUNS = new Set(['end', 'halt', 'stop', 'abolition', 'scrapping', 'withdrawal', 'repeal', 'removal', 'lifting', 'ban', 'moratorium']);

// Nouns by which a judgement names something a problem: "X remains the most troublesome issue", "the
// biggest threat is X", "two problems: X and Y".
export const JUDGED_PROBLEM_NOUNS = new Set([
  'issue', 'issues', 'problem', 'problems', 'threat', 'threats', 'danger', 'dangers', 'menace', 'concern',
  'concerns', 'challenge', 'challenges', 'worry', 'worries', 'headache', 'headaches', 'scourge', 'evil', 'evils', 'ills',
  'emergency', 'catastrophe', 'scandal',
]);
// Of those, the ones that are bad by themselves ("X is a threat to Y"); the others need a word of
// weight before them ("the main issue", "a serious problem": "an issue" alone judges nothing).
export const BAD_PROBLEM_NOUNS = new Set(['threat', 'threats', 'danger', 'dangers', 'menace', 'scourge', 'headache', 'headaches', 'emergency', 'catastrophe', 'scandal']);
// Words of weight before a problem noun: "the most troublesome issue", "the biggest problem".
export const SEVERITY_WORDS = new Set([
  'biggest', 'greatest', 'gravest', 'main', 'major', 'most', 'serious', 'grave', 'troublesome', 'pressing', 'vexing',
  'thorny', 'burning', 'key', 'central', 'chief', 'principal', 'urgent', 'critical', 'underlying', 'real', 'growing',
  'worst', 'largest', 'overriding', 'dominant', 'paramount', 'acute', 'difficult', 'sensitive',
  'explosive', 'divisive', 'contentious', 'persistent', 'chronic', 'constant', 'top', 'foremost',
]);

// Verbs of attack and struggle that oppose their object when it is a measure: "attacked the sales tax
// bill", "fought the levy", "assailed the proposal" ("troops attacked the town" names no measure).
export const ATTACK_VERBS = new Set([
  'attack', 'attacks', 'attacked', 'attacking', 'assail', 'assails', 'assailed', 'assailing', 'fight', 'fights',
  'fought', 'fighting', 'battle', 'battled', 'battling', 'blasted', 'blasts', 'derided', 'derides', 'ridiculed',
  'ridicules', 'castigated', 'castigates', 'excoriated', 'savaged', 'scorned', 'faulted', 'faults', 'knocked',
]);
// Nouns that head a measure, a policy or a public decision: what the verbs of attack above oppose.
export const MEASURE_NOUNS = new Set([
  'bill', 'bills', 'measure', 'measures', 'proposal', 'proposals', 'tax', 'taxes', 'levy', 'levies', 'plan', 'plans',
  'law', 'laws', 'reform', 'reforms', 'policy', 'policies', 'amendment', 'amendments', 'legislation', 'budget',
  'scheme', 'schemes', 'program', 'programs', 'programme', 'programmes', 'cuts', 'ban', 'bans', 'tariff', 'tariffs',
  'decision', 'ruling', 'resolution', 'ordinance', 'act', 'increase', 'increases', 'hike', 'hikes', 'merger',
  'closure', 'closures', 'rezoning', 'charges', 'fees', 'fee', 'surcharge', 'quota', 'quotas', 'subsidy',
  'subsidies', 'privatisation', 'privatization', 'restrictions', 'regulations', 'rules', 'curbs', 'orders', 'order',
  'directive', 'treaty', 'settlement', 'referendum', 'appointment', 'nomination',
]);

// Verbs of keeping a value safe, and the values they keep: "upholding civil liberties", "to defend
// press freedom", "protect the country's sovereignty".
export const SAFEGUARD_VERBS = new Set([
  'uphold', 'upholds', 'upheld', 'upholding', 'defend', 'defends', 'defended', 'defending', 'protect', 'protects',
  'protected', 'protecting', 'safeguard', 'safeguards', 'safeguarded', 'safeguarding', 'preserve', 'preserves',
  'preserved', 'preserving', 'guarantee', 'guarantees', 'guaranteed', 'guaranteeing',
]);
export const VALUE_NOUNS = new Set([
  'liberties', 'liberty', 'rights', 'freedom', 'freedoms', 'democracy', 'sovereignty', 'independence', 'privacy',
  'integrity', 'neutrality', 'autonomy', 'pluralism',
]);

// Nouns of the grounds a measure is taken on: "blocked the deal on national security grounds",
// "on grounds of public health".
export const GROUNDS_NOUNS = new Set(['grounds', 'reasons']);

// Verbs of dealing with a problem, with the word their object takes ('' for none): "address the housing
// shortage", "grappled with inflation", "deal with the debt crisis". Their object must head a concern
// ("addressed the conference", "dealt with the letters" name none).
export const DEALING_VERBS = new Map<string, string>([
  // (Not "fight", "reduce" or "ease": "fight a war", "reduce the role of the courts" deal with no problem.)
  ...['address', 'addresses', 'addressed', 'addressing', 'confront', 'confronts', 'confronted', 'confronting', 'solve', 'solves', 'solved', 'solving', 'resolve', 'resolves', 'resolved', 'resolving'].map((w): [string, string] => [w, '']),
  // ("fight corruption"; "fight the war" is the deal-with row's to refuse: see MARTIAL_HEADS.)
  ...['fight', 'fights', 'fought', 'fighting', 'battle', 'battles', 'battled', 'battling'].map((w): [string, string] => [w, '']),
  ...['deal', 'deals', 'dealt', 'dealing', 'grapple', 'grapples', 'grappled', 'grappling', 'cope', 'copes', 'coped', 'coping', 'wrestle', 'wrestles', 'wrestled', 'wrestling'].map((w): [string, string] => [w, 'with']),
]);

// Nouns of a dispute whose object, after "over", is an issue: "the row over the rebate", "the battle
// over redistricting", "a dispute over fishing rights".
export const DISPUTE_NOUNS = new Set(['row', 'rows', 'dispute', 'disputes', 'battle', 'fight', 'controversy', 'furore', 'furor', 'uproar', 'wrangle', 'wrangling', 'feud', 'quarrel', 'squabble', 'standoff', 'stand-off', 'clash', 'clashes', 'showdown']);

// Verbs of pledging or trying, before "to" and a verb of ending: "vowed to scrap the levy", "pledged to
// end child poverty", "moved to stop the sale" (only that form: "planned the fair to end at five" is none).
export const PLEDGE_VERBS = new Set([
  'vow', 'vows', 'vowed', 'vowing', 'pledge', 'pledges', 'pledged', 'pledging', 'promise', 'promises', 'promised',
  'promising', 'seek', 'seeks', 'sought', 'seeking', 'aim', 'aims', 'aimed', 'aiming', 'move', 'moves', 'moved',
  'try', 'tries', 'tried', 'trying', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended',
  'threaten', 'threatens', 'threatened', 'attempt', 'attempts', 'attempted', 'campaign', 'campaigns', 'campaigned',
  'fight', 'fights', 'fought', 'work', 'works', 'worked', 'struggle', 'struggled', 'strive', 'strives', 'strove',
]);

// Heads of a fight itself, which one fights without it being a problem one deals with: "fought the war".
export const MARTIAL_HEADS = new Set(['war', 'wars', 'battle', 'battles', 'fight', 'fighting', 'attack', 'attacks', 'invasion', 'conflict', 'conflicts', 'clashes', 'campaign', 'election', 'elections', 'case', 'fire', 'fires', 'action', 'actions', 'decision', 'plan', 'policy', 'policies', 'order', 'process', 'future', 'role', 'status', 'deal', 'pact', 'agreement', 'coalition', 'programme', 'program', 'change', 'changes', 'settlement']);

// Verbs of a measure or a protest taken against someone "over" an issue: "imposed sanctions on X over its
// nuclear programme", "expelled two diplomats over the poisoning", "recalled its ambassador over the
// remarks". What the act is "over" is opposed by its subject.
export const PROTEST_ACT_VERBS = new Set([
  'impose', 'imposes', 'imposed', 'imposing', 'slapped', 'slaps', 'expel', 'expels', 'expelled', 'expelling',
  'recall', 'recalls', 'recalled', 'recalling', 'summon', 'summons', 'summoned', 'summoning', 'suspend',
  'suspends', 'suspended', 'suspending', 'froze', 'freezes', 'freeze', 'frozen', 'halted', 'halts', 'halt',
  'boycott', 'boycotts', 'boycotted', 'boycotting', 'fined', 'fines', 'sanctioned', 'sanctions', 'penalised',
  'penalized', 'protested', 'protests', 'complained', 'complains', 'resigned', 'resigns', 'quit', 'quits',
  'walked', 'walks', 'cut', 'cuts', 'severed', 'severs', 'downgraded', 'downgrades', 'sued', 'sues', 'struck',
  'strike', 'strikes', 'marched', 'rallied', 'demonstrated',
]);
