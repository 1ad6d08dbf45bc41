/**
 * Word lists the detectors share. Lower case; looked up after lower-casing.
 */

/** Verbs that double their last consonant: "planned", "referring", "slammed", "admitted". */
const DOUBLES_FINAL_CONSONANT = /^(?:plan|snap|quip|admit|rebut|refer|regret|compel|prefer|concur|slam|rip|beg|chat|nod|commit|permit|omit|submit|stop|drop|ban|bar|jab|tap|clap|dub|rap|spot|flag|scrap|prod|plug|confer|defer|deter|occur|infer|abet|gab|blog|vet)$/;

function inflect(lemma: string): string[] {
  const forms = [lemma];
  if (DOUBLES_FINAL_CONSONANT.test(lemma)) {
    const doubled = lemma + lemma.at(-1)!;
    return [lemma, lemma + 's', doubled + 'ed', doubled + 'ing'];
  }
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  if (/[^aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied', lemma + 'ing');
  else {
    forms.push(/(?:s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's');
    forms.push(lemma.endsWith('e') ? lemma + 'd' : lemma + 'ed', stem + 'ing');
  }
  return forms;
}

function verbs(regular: readonly string[], irregular: readonly string[] = []): Map<string, string> {
  const map = new Map<string, string>();
  for (const lemma of regular) for (const form of inflect(lemma)) map.set(form, lemma);
  for (const entry of irregular) {
    const [lemma, ...forms] = entry.split(' ');
    for (const form of [lemma!, ...forms]) map.set(form, lemma!);
  }
  return map;
}

export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Reporting verbs that make an attribution on their own: "Ukrainian officials
 * say", "Kyiv disputes that figure", "Russia acknowledged".
 */
export const STRONG_CUES = verbs(
  ['acknowledge', 'confirm', 'dispute', 'claim', 'insist', 'declare', 'announce', 'argue', 'assert', 'contend', 'deny',
    'admit', 'allege', 'explain', 'testify', 'concede', 'estimate', 'warn', 'report', 'tweet', 'state', 'reiterate', 'reaffirm', 'stress',
    'emphasize', 'emphasise', 'predict', 'disclose', 'reveal', 'recount', 'proclaim', 'exclaim', 'complain'],
  ['say says said saying', 'tell tells told telling', 'write writes wrote written writing'],
);

/**
 * Verbs that report speech only next to a quotation or before "that"/":"
 * ("he added", "she noted that"), because they have other senses
 * ("forces continued to advance", "added to the list").
 */
export const WEAK_CUES = verbs(
  ['add', 'maintain', 'note', 'continue', 'call', 'observe', 'recall', 'reply', 'respond', 'answer', 'ask', 'suggest', 'remark',
    'joke', 'quip', 'boast', 'lament', 'urge', 'promise', 'vow', 'pledge', 'shout', 'yell', 'scream', 'chant',
    'whisper', 'post', 'describe', 'praise', 'criticize', 'criticise', 'blast', 'slam', 'accuse', 'charge',
    'counter', 'retort', 'wonder', 'demand', 'caution', 'mention', 'indicate', 'signal', 'agree', 'conclude', 'muse',
    'mutter', 'murmur', 'snap', 'scoff', 'sneer', 'plead', 'beg', 'recommend', 'advise', 'quote', 'cite', 'point',
    'question', 'marvel', 'concur', 'object', 'protest', 'rail', 'fume', 'gush', 'crow', 'brag', 'thunder', 'sigh',
    'laugh', 'smile', 'laud', 'hail', 'dismiss', 'liken', 'compare', 'reject', 'defend', 'tout', 'decry', 'denounce',
    'condemn', 'mock', 'ridicule', 'attack', 'label', 'dub', 'brand', 'term', 'lash', 'rip', 'chide', 'scold',
    'confide', 'assure', 'reassure', 'interject', 'interrupt', 'inform', 'remind', 'instruct', 'implore', 'repeat',
    'echo', 'summarize', 'summarise', 'characterize', 'characterise', 'refer', 'invoke'],
  ['sing sings sang sung singing', 'read reads reading', 'put puts putting', 'peg pegs pegged pegging', 'go goes went gone going',
    'cry cries cried crying'],
);

/**
 * Verbs of belief, intention and wish, which PolNeAR and newsroom checkers
 * count as attributions when someone who can hold a view is their subject:
 * "The council wants 500 new homes", "Clinton plans to call ...".
 */
export const BELIEF_CUES = verbs(
  ['believe', 'fear', 'hope', 'expect', 'want', 'plan', 'intend', 'wish', 'worry', 'doubt', 'suspect', 'assume', 'consider',
    'regard', 'view', 'imagine', 'envision', 'anticipate', 'reckon', 'prefer', 'favor', 'favour', 'oppose', 'support', 'endorse',
    'aim', 'decide', 'refuse', 'hate', 'dislike', 'distrust', 'admire', 'blame', 'recognize', 'recognise', 'realize',
    'realise', 'trust'],
  ['think thinks thought thinking', 'feel feels felt feeling', 'know knows knew known knowing',
    'understand understands understood understanding', 'back backs backed backing'],
);

/**
 * Verbs by which a poll, a study, data or an agency gives a finding:
 * "A Harbour Institute poll shows ...", "the data showed", "a study found".
 */
export const FINDING_CUES = verbs(
  ['show', 'project', 'forecast', 'calculate', 'rank', 'rate', 'learn', 'document', 'detail', 'determine', 'record',
    'measure', 'count', 'tally', 'identify', 'highlight', 'list'],
  ['find finds found finding', 'show shows showed shown showing'],
);

/**
 * Verbs of public stance, which count when their subject can speak:
 * "Clinton cited the report", "the city is demanding that ...".
 */
export const STANCE_CUES = verbs(
  ['propose', 'reference', 'discuss', 'address', 'promote', 'encourage', 'threaten', 'request', 'order', 'welcome',
    'applaud', 'celebrate', 'embrace', 'champion', 'deny', 'refute', 'rebut', 'contradict', 'challenge', 'disagree', 'accept',
    'outline', 'unveil', 'detail', 'float', 'decline', 'refer', 'predict', 'recommend', 'insist', 'demand', 'lobby', 'pressure', 'press',
    'argue', 'vow', 'pledge', 'promise', 'warn', 'ask', 'urge', 'call', 'cite', 'mention', 'question', 'defend', 'attack',
    'accuse', 'criticize', 'criticise', 'praise', 'dismiss', 'reject', 'tout', 'decry', 'denounce', 'condemn', 'mock',
    'blast', 'slam', 'describe', 'label', 'dub', 'brand', 'acknowledge', 'admit', 'note', 'suggest', 'indicate',
    'conclude', 'signal', 'respond', 'reply', 'answer', 'complain', 'describe', 'characterize', 'characterise',
    'recall', 'thank', 'retweet', 'echo', 'assail', 'bemoan', 'lament', 'voice', 'express', 'stress', 'concede', 'emphasize',
    'emphasise', 'portray', 'congratulate', 'pronounce', 'liken'],
  ['lay lays laid laying'],
);

/** Verbs of seeing that are views only with "as" after their object or "that": "Voters see Lind as honest", "they saw that …". */
export const SEE_AS_CUES: ReadonlySet<string> = new Set(['see', 'sees', 'saw', 'seeing']);

/**
 * "has" giving a poll's standings: "The weekly poll has Lind leading by four
 * points", "a survey had him at 4 percent". A cue only after a poll's noun,
 * with a name or pronoun and then one of `STANDING_WORDS`.
 */
export const STANDING_HAVE: ReadonlySet<string> = new Set(['has', 'have', 'had']);
export const STANDING_WORDS: ReadonlySet<string> = new Set([
  'at', 'leading', 'ahead', 'trailing', 'behind', 'up', 'down', 'with', 'winning', 'losing', 'tied', 'beating', 'edging',
]);
/** The nouns of polls that give standings. */
export const POLL_NOUNS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'survey', 'surveys', 'average', 'averages', 'tracker', 'tracking', 'polling', 'forecast', 'model',
]);

/** Verbs of talking that are stances only with their topic: "Clinton spoke about the economy", "he talks of change". */
export const TOPIC_CUES = verbs(['talk'], ['speak speaks spoke spoken speaking']);

/**
 * Verbs that are stances with their own preposition, which joins the cue:
 * "He calls for a recount", "Lind pointed to the audit", "the union pushed for …".
 * Each verb with the preposition it takes.
 */
export const CUE_PREPOSITIONS: ReadonlyMap<string, string> = new Map([['point', 'to'], ['call', 'for'], ['push', 'for']]);

/** Their forms ("calls", "pointed"). */
export const PREPOSITION_CUES = verbs([...CUE_PREPOSITIONS.keys()]);

/** What must follow a topic cue: "spoke about", "talked of". */
export const TOPIC_PREPOSITIONS = new Set(['about', 'of']);

/** Participles that describe the noun before them: "a report released last year", "a poll out this week". */
export const REDUCED_RELATIVE = /^(?:released|published|conducted|commissioned|issued|obtained|seen|reviewed|cited|filed|posted|prepared|compiled|produced|taken|carried|out|briefed)$/;

/** Words after a verb that make it a phrasal verb of another sense: "showed up", "found out", "backed off". */
export const NOT_CUE_PARTICLES = new Set(['up', 'off', 'out', 'down', 'away', 'over', 'around', 'back', 'into', 'through']);

/** Auxiliaries with "not" that may stand between a subject and a cue: "isn't saying", "didn't address". */
export const NEGATED_AUXILIARIES = new Set([
  "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "hasn't", "haven't", "hadn't", "won't", "wouldn't",
  "can't", "cannot", "couldn't", "shouldn't",
]);

/** Words that open a clause, so a noun phrase after them can be its subject: "…, and Clinton cited …". */
export const CLAUSE_OPENERS = new Set([
  'and', 'but', 'or', 'that', 'who', 'which', 'when', 'while', 'because', 'as', 'if', 'since', 'after', 'before', 'although',
  'though', 'so', 'then', 'where', 'whether', 'now', 'meanwhile', 'instead', 'also', 'yet', 'still', 'however',
]);

/** Auxiliaries and copulas: a cue form right before one is a noun ("Widespread protests have …", "the plans are …"). */
export const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'do', 'does', 'did',
]);

/** The auxiliaries of a progressive: "is demanding", "were questioning". */
export const PROGRESSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'am', "'s", "'re", "'m", 'be', 'been']);

/** What gives findings: "the poll shows", "the data showed", "a new analysis finds". */
export const FINDING_NOUNS = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'data', 'analysis', 'analyses', 'research',
  'figures', 'numbers', 'results', 'census', 'audit', 'review', 'estimate', 'estimates', 'forecast', 'forecasts', 'model',
  'models', 'index', 'tally', 'count', 'records', 'documents', 'filing', 'filings', 'investigation', 'probe', 'projection', 'projections',
  'statistics', 'findings', 'assessment', 'evaluation', 'paper', 'ranking', 'rankings', 'test', 'tests', 'experiment',
  'video', 'footage', 'slide', 'chart', 'graph', 'map', 'photo', 'image', 'recording', 'tape', 'clip', 'memo', 'email',
  'letter', 'document', 'records', 'list', 'transcript', 'average', 'tracker', 'tracking', 'polling', 'emails', 'e-mails',
  'disclosures', 'receipts', 'logs',
]);

/** Nouns for what someone asserts, which with a possessor and "that" attribute: "Trump's claim that …". */
export const CLAIM_NOUNS = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'statement', 'argument', 'contention', 'belief', 'insistence', 'prediction',
  'promise', 'pledge', 'allegation', 'allegations', 'suggestion', 'charge', 'boast', 'warning', 'estimate', 'view', 'position',
  'assurance', 'accusation', 'theory', 'conclusion', 'finding', 'admission', 'denial', 'insinuation', 'implication',
]);

/** Nouns that carry a statement: "in a statement", "in an interview". */
export const NOUN_CUES = new Set([
  'statement', 'statements', 'interview', 'interviews', 'speech', 'tweet', 'post', 'briefing', 'conference', 'email',
  'letter', 'remarks', 'memo', 'report', 'testimony', 'op-ed', 'essay', 'address', 'announcement', 'news',
]);

export const PERSONAL_PRONOUNS = new Map<string, 'male' | 'female' | 'plural' | 'neuter' | 'first'>([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'neuter'], ['we', 'first'], ['i', 'first'],
  ['him', 'male'], ['her', 'female'], ['them', 'plural'],
]);

/** Honorifics and titles in front of a name: "Mr. Lavrov", "Foreign Minister Sergey Lavrov". */
export const HONORIFICS = new Map<string, 'male' | 'female' | undefined>([
  ['mr.', 'male'], ['mr', 'male'], ['mrs.', 'female'], ['mrs', 'female'], ['ms.', 'female'], ['ms', 'female'],
  ['miss', 'female'], ['sir', 'male'], ['dame', 'female'], ['lord', 'male'], ['lady', 'female'], ['king', 'male'],
  ['queen', 'female'], ['prince', 'male'], ['princess', 'female'], ['dr.', undefined], ['dr', undefined],
  ['prof.', undefined], ['sen.', undefined], ['rep.', undefined], ['gov.', undefined], ['gen.', undefined],
  ['lt.', undefined], ['col.', undefined], ['capt.', undefined], ['sgt.', undefined], ['adm.', undefined],
  ['rev.', undefined], ['pres.', undefined], ['atty.', undefined], ['amb.', undefined], ['mme.', 'female'],
]);

/** Capitalised role words that stand before a name: "President Biden", "Secretary of State Antony Blinken". */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'congressman', 'congresswoman', 'governor', 'mayor',
  'chancellor', 'premier', 'ambassador', 'general', 'attorney', 'judge', 'justice', 'chief', 'director', 'chairman',
  'chairwoman', 'chair', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson', 'speaker', 'leader', 'representative',
  'sheriff', 'officer', 'professor', 'pope', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam', 'foreign', 'defense',
  'defence', 'interior', 'finance', 'deputy', 'acting', 'former', 'state', 'house', 'senate', 'majority', 'minority',
  'democratic', 'republican', 'gop', 'rep.', 'sen.', 'gov.', 'gen.', 'lt.', 'col.', 'capt.', 'sgt.', 'adm.', 'dr.',
  'mr.', 'mrs.', 'ms.', 'prof.', 'rev.', 'col', 'field', 'marshal', 'commander', 'lieutenant', 'colonel', 'major',
  'captain', 'sergeant', 'admiral', 'candidate', 'nominee', 'coach', 'ceo', 'founder', 'executive', 'economy',
  'health', 'trade', 'labor', 'labour', 'education', 'energy', 'transport', 'home', 'treasury',
]);

/** Head nouns that show a capitalised run names a body, not a person. */
export const ORGANIZATION_WORDS = new Set([
  'department', 'ministry', 'office', 'agency', 'times', 'post', 'news', 'press', 'journal', 'council', 'commission',
  'committee', 'assembly', 'nations', 'union', 'party', 'bank', 'university', 'institute', 'institution', 'center', 'centre',
  'foundation', 'company', 'inc.', 'inc', 'corp.', 'corp', 'group', 'association', 'house', 'senate', 'congress', 'court',
  'service', 'force', 'forces', 'army', 'navy', 'guard', 'police', 'network', 'channel', 'review', 'magazine', 'reuters',
  'government', 'administration', 'campaign', 'organization', 'organisation', 'fund', 'board', 'bureau', 'authority',
  'coalition', 'alliance', 'league', 'federation', 'parliament', 'kremlin', 'pentagon', 'nato', 'cnn', 'bbc', 'fbi',
  'cia', 'ap', 'afp', 'tass', 'club', 'society', 'trust', 'project', 'watch', 'international', 'tribune', 'herald',
  'gazette', 'daily', 'weekly', 'globe', 'telegraph', 'guardian', 'observer', 'monitor', 'wire', 'television', 'radio',
  'tv', 'media', 'network', 'studios', 'school', 'college', 'hospital', 'museum', 'library', 'church', 'conference',
  'summit', 'council', 'cabinet', 'politburo', 'duma', 'rada', 'council', 'secretariat', 'mission', 'embassy', 'consulate',
  'command', 'corps', 'brigade', 'division', 'unit', 'ltd', 'llc', 'plc', 'co.', 'airlines', 'motors', 'electric', 'systems',
  'technologies', 'partners', 'capital', 'holdings', 'industries', 'labs', 'poll', 'survey', 'index', 'exchange',
  'street', 'avenue', 'road', 'square', 'city', 'state', 'states', 'county', 'republic', 'kingdom', 'region', 'province',
]);

/** Nouns that name who speaks when written in lower case: "officials say", "the group said". */
export const SPEAKER_NOUNS = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'leader', 'leaders', 'president',
  'minister', 'ministers', 'group', 'groups', 'office', 'government', 'governments', 'police', 'family', 'families',
  'residents', 'resident', 'experts', 'expert', 'analysts', 'analyst', 'sources', 'source', 'report', 'reports',
  'statement', 'study', 'survey', 'poll', 'data', 'agency', 'ministry', 'department', 'military', 'army', 'authorities',
  'witnesses', 'witness', 'activists', 'activist', 'organizers', 'organisers', 'lawyer', 'lawyers', 'attorney',
  'attorneys', 'prosecutor', 'prosecutors', 'investigators', 'investigator', 'campaign', 'aide', 'aides', 'adviser',
  'advisers', 'advisor', 'advisors', 'administration', 'economist', 'economists', 'critics', 'critic', 'supporters',
  'supporter', 'people', 'voters', 'voter', 'observers', 'diplomats', 'diplomat', 'officer', 'officers', 'commander',
  'commanders', 'newspaper', 'paper', 'outlet', 'network', 'channel', 'site', 'website', 'company', 'firm', 'board',
  'committee', 'council', 'chairman', 'chairwoman', 'chair', 'director', 'executive', 'executives', 'candidate',
  'candidates', 'nominee', 'senator', 'senators', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'governor',
  'mayor', 'ambassador', 'envoy', 'secretary', 'general', 'judge', 'court', 'regulator', 'regulators', 'scientist',
  'scientists', 'researchers', 'researcher', 'doctors', 'doctor', 'nurse', 'teacher', 'student', 'students', 'mother',
  'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'friend', 'friends', 'neighbor', 'neighbors',
  'neighbour', 'neighbours', 'man', 'woman', 'men', 'women', 'owner', 'owners', 'founder', 'author', 'authors', 'writer',
  'editor', 'editors', 'host', 'anchor', 'reporter', 'reporters', 'journalist', 'journalists', 'correspondent',
  'representative', 'representatives', 'member', 'members', 'staff', 'staffer', 'staffers', 'employee', 'employees',
  'worker', 'workers', 'union', 'protesters', 'protester', 'demonstrators', 'soldier', 'soldiers', 'troops', 'general',
  'colonel', 'veteran', 'veterans', 'victim', 'victims', 'survivor', 'survivors', 'refugee', 'refugees', 'historian',
  'professor', 'strategist', 'strategists', 'pollster', 'pollsters', 'operative', 'operatives', 'insider', 'insiders',
  'allies', 'ally', 'rival', 'rivals', 'opponent', 'opponents', 'partner', 'partners', 'surrogate', 'surrogates',
  'democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'ministry', 'kremlin', 'white', 'agency',
  'organization', 'organisation', 'institute', 'foundation', 'bank', 'fund', 'union', 'coalition', 'alliance', 'party',
  'document', 'documents', 'memo', 'letter', 'filing', 'complaint', 'lawsuit', 'indictment', 'ruling', 'estimate',
  'estimates', 'figures', 'tally', 'count', 'census', 'analysis', 'assessment', 'review', 'audit', 'investigation',
  'inquiry', 'release', 'announcement', 'post', 'tweet', 'blog', 'article', 'story', 'book', 'memoir', 'editorial',
  'column', 'columnist', 'commentator', 'pundit', 'host', 'moderator', 'interviewer', 'panel', 'jury', 'speaker',
  'chief', 'head', 'boss', 'manager', 'coach', 'player', 'players', 'fan', 'fans', 'citizen', 'citizens', 'resident',
  'locals', 'villagers', 'farmers', 'parents', 'children', 'kids', 'crowd', 'audience', 'campaigners', 'advocates',
  'advocate', 'monitors', 'monitor', 'inspectors', 'inspector', 'mission', 'embassy', 'consulate', 'state', 'states',
  'countries', 'country', 'nations', 'nation', 'side', 'sides', 'camp', 'team', 'department', 'administration',
  'narrator', 'narrators', 'announcer', 'caller', 'callers', 'speaker', 'speakers', 'coordinator', 'organiser', 'organisers',
  'organizer', 'engineer', 'engineers', 'chamber', 'council', 'authority', 'ministry', 'union', 'delegate', 'delegates',
  'donors', 'donor', 'bundlers', 'fundraisers', 'caucusgoers', 'participants', 'respondents', 'attendees', 'backers',
  'producer', 'producers', 'consultant', 'consultants', 'contender', 'contenders', 'hopeful', 'hopefuls', 'challenger',
  'incumbent', 'front-runner', 'frontrunner', 'moderators', 'person', 'politician', 'politicians', 'organizations', 'organisations',
  'campaigns', 'parties', 'independents', 'moderates', 'investors', 'companies', 'firms', 'agencies', 'unions', 'businessman',
  'businesswoman', 'mogul', 'tycoon', 'actor', 'actress', 'detractors', 'admirers', 'libertarians', 'specialists', 'lobbyist',
  'lobbyists', 'foes', 'governors', 'mayors',
]);

/**
 * Words after a speaker noun that describe it before a preposition: "people
 * close to the mayor said", "officials familiar with the talks", "people
 * briefed on the move", "lawmakers opposed to the plan".
 */
export const SPEAKER_POSTMODIFIERS = new Set([
  'close', 'familiar', 'briefed', 'loyal', 'allied', 'aligned', 'opposed', 'connected', 'involved', 'knowledgeable', 'sympathetic',
  'working', 'speaking', 'based',
]);

/**
 * Kinds of body, each with the words a name of that kind may end in: "the
 * school" may be Harvard University, "the channel" Fox News, "the bank"
 * Goldman Sachs Group, "the party" the Democratic National Committee; "the
 * council" is never Harbor Bank.
 */
export const BODY_KINDS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['school', 'university', 'college', 'academy', 'institute']),
  new Set(['bank', 'group', 'firm', 'company', 'corp', 'corp.', 'inc', 'inc.', 'holdings', 'capital', 'financial', 'fund']),
  new Set(['channel', 'network', 'station', 'broadcaster', 'news', 'television', 'radio', 'broadcasting', 'media']),
  new Set(['party', 'committee', 'caucus']),
  new Set(['court', 'tribunal']),
  new Set(['council', 'assembly', 'board', 'commission']),
  new Set(['union', 'federation', 'association', 'guild']),
  new Set(['ministry', 'department', 'office', 'agency', 'bureau', 'administration', 'service']),
];

/** Adjectives that may open a sentence before the noun of its subject: "New polls show", "Other aides said". */
export const OPENING_MODIFIERS = new Set([
  'new', 'recent', 'latest', 'other', 'previous', 'earlier', 'early', 'local', 'senior', 'top', 'separate', 'independent',
  'internal', 'initial', 'preliminary', 'official', 'several', 'many', 'some', 'most', 'few',
]);

/** Nouns for a body of any kind: "the agency" may be the Government Accountability Office, while "the council" is no bank. */
export const GENERIC_BODY_NOUNS = new Set([
  'agency', 'group', 'organization', 'organisation', 'body', 'company', 'firm', 'outlet', 'office', 'network', 'newspaper',
  'paper', 'publication', 'department', 'government', 'administration', 'institution', 'entity',
]);

/** Nouns that name a body, for "it" and descriptions such as "the group" or "the newspaper". */
export const ORGANIZATION_NOUNS = new Set([
  'group', 'office', 'government', 'agency', 'ministry', 'department', 'newspaper', 'paper', 'outlet', 'network',
  'channel', 'site', 'website', 'company', 'firm', 'board', 'committee', 'council', 'court', 'organization',
  'organisation', 'institute', 'foundation', 'bank', 'fund', 'union', 'coalition', 'alliance', 'party', 'campaign',
  'administration', 'military', 'army', 'police', 'kremlin', 'agency', 'report', 'study', 'survey', 'poll', 'mission',
  'embassy', 'consulate', 'magazine', 'broadcaster', 'station', 'publication', 'daily', 'tabloid', 'service', 'team',
  'city', 'town', 'county', 'village', 'district', 'school', 'hospital', 'university', 'state', 'province', 'region',
  'legislature', 'parliament', 'congress', 'senate', 'house', 'cabinet', 'regime', 'authority', 'commission', 'bureau',
]);

/** Words that end a noun phrase when read backwards from a cue. */
export const PHRASE_BREAKERS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whereas', 'though', 'although', 'because', 'since',
  'as', 'if', 'unless', 'until', 'after', 'before', 'so', 'but', 'or', 'nor', 'yet', 'is', 'was', 'were', 'are', 'be',
  'been', 'being', 'am', 'in', 'on', 'at', 'with', 'by', 'from', 'into', 'about', 'over', 'than', 'to', 'for', 'against',
  'between', 'through', 'during', 'without', 'within', 'under', 'upon', 'like', 'per', 'via', 'what', 'how', 'why',
  'whether', 'then', 'there', 'here', 'not', 'also', 'even', 'only', 'just', 'said', 'says', 'say', 'told', 'tells',
  'what', 'whatever', 'whoever', 'both', 'either', 'neither', 'instead', 'rather', 'do', 'does', 'did', 'has', 'have',
  'had', 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'to', 'and', 'of', 'up', 'out',
  'off', 'down', 'around', 'across', 'toward', 'towards', 'amid', 'among', 'despite', 'except', 'near', 'onto', 'along',
]);

/** Adverbs and auxiliaries allowed between a speaker and a cue: "Mr. Zelenskyy again said", "has said". */
export const CUE_MODIFIERS = new Set([
  'also', 'again', 'later', 'earlier', 'previously', 'recently', 'then', 'once', 'already', 'just', 'further', 'has',
  'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'never', 'not',
  'still', 'often', 'always', 'repeatedly', 'first', 'himself', 'herself', 'themselves', 'itself', 'even', 'separately',
  'similarly', 'publicly', 'privately', 'frequently', 'reportedly', 'allegedly', 'initially', 'finally', 'simply',
  'flatly', 'openly', 'bluntly', 'quietly', 'loudly', 'angrily', 'calmly', 'curtly', 'tersely', 'today', 'yesterday',
  'tonight', 'now', 'ever', 'long', 'consistently', 'routinely', 'privately', 'officially', 'formally', 'subsequently',
  'last', 'this', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'on', ...WEEKDAYS,
  'been', 'being', 'had', 'quickly', 'immediately', 'yet',
  "'s", "'ve", "'d", "'ll", "'re",
]);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'many', 'several',
  'other', 'both', 'all', 'each', 'every', 'another', 'one', 'two', 'three', 'four', 'five', 'few', 'most', 'no', 'such',
  'any', 'whose',
]);

export const DAY_AND_TIME_WORDS = new Set([
  ...WEEKDAYS, 'today', 'yesterday', 'tonight', 'tomorrow',
  'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend', 'earlier', 'later', 'recently', 'last',
  'this', 'next', 'early', 'late', 'on', 'in', 'at', 'during', 'friday’s', 'now',
]);

export const MONTHS = new Map<string, number>([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4], ['may', 5],
  ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/**
 * Common given names with a usual gender, so "she" can skip "Mr. Blinken" and
 * find "Linda Thomas-Greenfield". A name not listed is simply of unknown gender.
 */
const FEMALE_NAMES = 'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori hillary hilary nancy kamala elizabeth angela theresa ursula christine marine giorgia jacinda sanna kaja liz nikki sarah condoleezza madeleine samantha huma kellyanne ivanka melania michelle chelsea tulsi alexandria ilhan rashida ayanna nadia olena yulia irina tatiana svetlana natalia olga elena maria anastasia ekaterina yekaterina lyudmila valentina oksana iryna kateryna viktoria marina galina tamara vera anna sophie claire camille chloe ines lucia carmen isabel mercedes fatima aisha amina leila yasmin mei ling yuki akiko hana priya sunita indira benazir golda aung dilma cristina michelle veronica julia carla stephanie martha krystal adriana katie kate';
const MALE_NAMES = 'james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony antony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis barack bill ted mike mitch chuck newt rudy rand marco ben jeb reince kellyanne vladimir sergey sergei dmitry dmitri alexei alexey oleksiy oleksii volodymyr vitali vitaly vitaliy yevgeny evgeny mikhail boris ivan igor nikolai viktor andriy andrei andrey petro pyotr yuri denys dmytro ruslan mykhailo kirill anatoly leonid maxim maksym konstantin emmanuel olaf boris rishi keir justin xi wang li guo jinping recep benjamin bibi naftali yair mahmoud ali mohammed muhammad ahmed hassan hussein omar abdul bashar kim moon shinzo fumio narendra imran jair luis andres manuel enrique felipe pedro carlos jorge miguel javier diego pablo juan giuseppe mario matteo silvio sergio antonio francesco olaf helmut gerhard frank-walter angela heiko jens recep tayyip ehud ariel yitzhak shimon ismail antony lloyd merrick jake jen ned john mitt paul nikki tim jd kevin hakeem chuck';

export const GIVEN_NAME_GENDER = new Map<string, 'male' | 'female'>();
for (const name of FEMALE_NAMES.split(' ')) GIVEN_NAME_GENDER.set(name, 'female');
for (const name of MALE_NAMES.split(' ')) if (!GIVEN_NAME_GENDER.has(name)) GIVEN_NAME_GENDER.set(name, 'male');

/** Lower-case words that may sit inside a name: "Bashar al-Assad", "Ludwig van Beethoven". */
export const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'la', 'le', 'du', 'da', 'di', 'dos', 'das', 'del', 'ibn', 'ter', 'ten']);

/** Capitalised words that open sentences or name times, never people: "But", "Wednesday". */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'in', 'on', 'at', 'as', 'if', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'there', 'here', 'when', 'while', 'after', 'before',
  'with', 'without', 'by', 'for', 'from', 'of', 'to', 'so', 'yet', 'still', 'some', 'many', 'most', 'more', 'all', 'no',
  'not', 'what', 'who', 'why', 'how', 'where', 'which', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', ...WEEKDAYS, 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.',
  'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'against', 'despite', 'meanwhile', 'however', 'although', 'though', 'since',
  'because', 'during', 'under', 'over', 'about', 'also', 'then', 'now', 'today', 'yesterday', 'tonight', 'read', 'follow',
  'according', 'asked', 'said', 'says', 'told', 'added', 'like', 'just', 'even', 'only', 'every', 'each', 'any', 'both',
  'my', 'your', 'me', 'us', 'them', 'him', 'do', 'does', 'did', 'is', 'was', 'are', 'were', 'be', 'been', 'have', 'has',
  'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'let', 'thanks', 'yes', 'well', 'oh', 'mr',
  'instead', 'perhaps', 'maybe', 'once', 'other', 'another', 'such', 'first', 'last', 'next', 'new', 'former', 'late',
]);

/** Adjectives of nationality, for "Russian troops" ≈ "Russia's troops". */
export const DEMONYMS = new Map<string, string>([
  ['russian', 'russia'], ['ukrainian', 'ukraine'], ['american', 'united states'], ['u.s.', 'united states'],
  ['chinese', 'china'], ['british', 'united kingdom'], ['french', 'france'], ['german', 'germany'], ['italian', 'italy'],
  ['spanish', 'spain'], ['polish', 'poland'], ['belarusian', 'belarus'], ['israeli', 'israel'], ['palestinian', 'palestine'],
  ['iranian', 'iran'], ['iraqi', 'iraq'], ['syrian', 'syria'], ['afghan', 'afghanistan'], ['turkish', 'turkey'],
  ['indian', 'india'], ['pakistani', 'pakistan'], ['japanese', 'japan'], ['korean', 'korea'], ['mexican', 'mexico'],
  ['canadian', 'canada'], ['brazilian', 'brazil'], ['saudi', 'saudi arabia'], ['egyptian', 'egypt'], ['sudanese', 'sudan'],
  ['yemeni', 'yemen'], ['lebanese', 'lebanon'], ['ethiopian', 'ethiopia'], ['nigerian', 'nigeria'], ['venezuelan', 'venezuela'],
  ['cuban', 'cuba'], ['moldovan', 'moldova'], ['georgian', 'georgia'], ['european', 'europe'], ['african', 'africa'],
  ['kenyan', 'kenya'], ['somali', 'somalia'], ['libyan', 'libya'], ['gazan', 'gaza'], ['haitian', 'haiti'],
  ['colombian', 'colombia'], ['argentine', 'argentina'], ['chilean', 'chile'], ['peruvian', 'peru'], ['greek', 'greece'],
  ['dutch', 'netherlands'], ['swedish', 'sweden'], ['finnish', 'finland'], ['norwegian', 'norway'], ['danish', 'denmark'],
  ['hungarian', 'hungary'], ['romanian', 'romania'], ['serbian', 'serbia'], ['czech', 'czech republic'], ['austrian', 'austria'],
  ['swiss', 'switzerland'], ['belgian', 'belgium'], ['irish', 'ireland'], ['scottish', 'scotland'], ['australian', 'australia'],
  ['vietnamese', 'vietnam'], ['thai', 'thailand'], ['filipino', 'philippines'], ['indonesian', 'indonesia'],
  ['taiwanese', 'taiwan'], ['north korean', 'north korea'], ['south korean', 'south korea'], ['kremlin', 'russia'],
  ['moscow', 'russia'], ['kyiv', 'ukraine'], ['kiev', 'ukraine'], ['washington', 'united states'], ['beijing', 'china'],
]);

/** The base forms of "say", which "to" or "n't" before them turns into something other than a report. */
export const SAY_FORMS = new Set(['say', 'says', 'said', 'saying']);

/** Cue forms that are as often nouns: "claims", "reports", "estimate", "states", "tweet". */
export const NOUN_LIKE_CUES = new Set([
  'claim', 'claims', 'report', 'reports', 'estimate', 'estimates', 'state', 'states', 'tweet', 'tweets', 'post', 'posts',
  'dispute', 'disputes', 'answer', 'answers', 'call', 'calls', 'charge', 'charges', 'counter', 'counters', 'promise',
  'promises', 'pledge', 'pledges', 'vow', 'vows', 'quote', 'quotes', 'question', 'questions', 'protest', 'protests', 'demand',
  'demands', 'reply', 'replies', 'note', 'notes', 'remark', 'remarks', 'plea', 'joke', 'jokes', 'warning', 'cry', 'cries',
  'signal', 'signals', 'object', 'objects', 'read', 'reads', 'order', 'voice', 'voices', 'thanks', 'echo', 'echoes',
]);

/** "was told", "is said": before a cue, a passive; "get" and "got" too ("got told"). */
export const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', "'s", 'get', 'got', 'gets']);

export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);
/**
 * Conjunctions that, after a comma, may open a new clause of the article's own
 * ("said the plan would fail, but the council approved it"): what is said stops there
 * when a subject follows (`content.ts`). Not "while" or "whereas": a contrast is
 * often part of what was said ("said Oslo led with 79, while Bergen had 51").
 */
export const CLAUSE_COORDINATORS = new Set(['and', 'but', 'yet', 'so']);
/** Pronouns that open a non-restrictive relative clause after a comma: "…, which …", "…, who …". */
export const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose', 'where']);
export const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** Pronouns that are a person's subject right before a verb: "A few minutes later they reversed course and said". */
export const PERSON_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Conjunctions that open a clause before its subject: "…, and when Rubio thanked the crowd and said". */
export const CLAUSE_LEADING_WORDS = new Set(['and', 'but', 'when', 'while', 'as', 'after', 'before', 'because', 'if', 'since', 'then', 'so', 'although', 'though', 'yet', 'once']);

/** Quantifiers that stand alone for people when they open a clause: "Some said", "But many fear", "Both want". */
export const QUANTIFIER_PRONOUNS = new Set(['some', 'many', 'several', 'most', 'few', 'others', 'both', 'another']);

/** Verbs whose next noun phrase is the one spoken to, not the speaker: "told reporters", "asked the crowd". */
export const OBJECT_FIRST_CUES = new Set([
  'tell', 'ask', 'urge', 'beg', 'advise', 'accuse', 'praise', 'criticize', 'criticise', 'blast', 'slam', 'call', 'quote', 'cite',
  'describe', 'thank', 'warn', 'promise', 'answer', 'question', 'inform', 'remind', 'assure', 'reassure', 'instruct', 'implore',
]);

/**
 * Weak cues that only ever report speech, so set off by commas after their
 * speaker they report the clause around them without a quote or "that":
 * "He had a new daughter, his brother added.", "Time, Mr. Pence noted, was short."
 */
export const ASIDE_CUES = new Set([
  'add', 'note', 'recall', 'reply', 'respond', 'observe', 'remark', 'joke', 'quip', 'boast', 'lament', 'counter', 'retort',
  'muse', 'caution', 'mutter', 'murmur', 'scoff', 'concur', 'conclude', 'suggest', 'repeat', 'interject', 'confide', 'whisper',
]);

/** Units of a figure that is a share of people (`claims.ts`): "38 percent", "six in 10", "half". */
export const SHARE_UNITS: ReadonlySet<string> = new Set(['percent', 'ratio', 'fraction']);

/** Nouns for a share of those polled after "a": "a third say", "a majority want". */
export const SHARE_NOUNS = new Set(['third', 'quarter', 'fifth', 'half', 'majority', 'plurality', 'minority']);

/** Sizes before a share of those polled: "large majorities of voters", "a clear majority". */
export const SHARE_SIZES = new Set(['large', 'small', 'big', 'vast', 'slim', 'narrow', 'overwhelming', 'clear', 'sizable', 'solid', 'bare']);

/** Nouns and adjectives that end in -ly like adverbs: "the assembly said", "the family said". */
export const LY_NOT_ADVERBS = new Set([
  'only', 'assembly', 'family', 'ally', 'rally', 'reply', 'supply', 'anomaly', 'monopoly', 'italy', 'july', 'fly', 'belly',
  'bully', 'folly', 'jelly', 'lily', 'tally', 'homily', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'elderly', 'friendly',
  'likely', 'lonely', 'ugly', 'holy', 'costly', 'deadly', 'lovely', 'orderly', "assembly's", "family's",
]);

export const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'by', 'from', 'for', 'of', 'to', 'into', 'about', 'after', 'before', 'during', 'under', 'over', 'against',
  'through', 'via', 'per', 'among', 'between', 'toward', 'towards', 'upon', 'within', 'without',
]);

/** Upper-case line openers that are labels, not a transcript's speakers: "NOTE:", "UPDATE:". */
export const TRANSCRIPT_NOT_SPEAKERS = new Set([
  'NOTE', 'UPDATE', 'EDITOR', 'PHOTO', 'VIDEO', 'WATCH', 'READ', 'SOURCE', 'CORRECTION', 'RELATED', 'Q', 'A',
]);

// ---- Figures: the words numbers are written with (numbers.ts, changes.ts) ----

export const NUMBER_UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const NUMBER_TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** Scale words, South Asian ones included: "Rs 5 crore" is 50 million rupees. */
export const NUMBER_SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6, crore: 1e7, crores: 1e7, billion: 1e9, trillion: 1e12,
};
/** Scales written glued to the digits: "$4bn", "£120m", "$33million", "2.5million". */
export const GLUED_SCALES: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, bln: 1e9, tn: 1e12, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
export const VAGUE_AMOUNTS: Readonly<Record<string, number>> = { dozens: 12, scores: 20, hundreds: 1e2, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 };
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
};
/** Currency signs and codes written before the digits: "$5", "A$1,250,000", "EUR 5m", "Rs400". */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: 'USD', 'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD', 'NZ$': 'NZD', 'HK$': 'HKD', 'S$': 'SGD', 'R$': 'BRL', '€': 'EUR', '£': 'GBP',
  '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₴': 'UAH', usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', chf: 'CHF', cad: 'CAD',
  aud: 'AUD', inr: 'INR', cny: 'CNY', rmb: 'CNY', rs: 'INR', 'rs.': 'INR',
};
/** Currencies named after the number: "4.2 billion dollars". */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', yen: 'JPY', rubles: 'RUB', roubles: 'RUB', hryvnias: 'UAH',
  rupees: 'INR', yuan: 'CNY',
};
/**
 * Units of measure after a number, spelled out or abbreviated, to the unit's
 * name: "20 miles" → mile, "5km" → km, "300bhp" → bhp. A decade or century is
 * read as years (see YEAR_MULTIPLES).
 */
export const MEASURE_UNITS: Readonly<Record<string, string>> = {
  mile: 'mile', miles: 'mile', km: 'km', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km', meter: 'meter',
  meters: 'meter', metre: 'meter', metres: 'meter', foot: 'foot', feet: 'foot', ft: 'foot', inch: 'inch', inches: 'inch',
  yard: 'yard', yards: 'yard', acre: 'acre', acres: 'acre', hectare: 'hectare', hectares: 'hectare', ton: 'ton', tons: 'ton',
  tonne: 'ton', tonnes: 'ton', kg: 'kg', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg', lb: 'lb', lbs: 'lb',
  gram: 'gram', grams: 'gram', mg: 'mg', milligram: 'mg', milligrams: 'mg', liter: 'liter', liters: 'liter', litre: 'liter',
  litres: 'liter', gallon: 'gallon', gallons: 'gallon', barrel: 'barrel', barrels: 'barrel', mph: 'mph', kph: 'kph', mm: 'mm',
  cm: 'cm', hp: 'hp', bhp: 'bhp', horsepower: 'hp', hz: 'Hz', khz: 'kHz', mhz: 'MHz', ghz: 'GHz', kw: 'kW', mw: 'MW', gw: 'GW',
  kwh: 'kWh', mwh: 'MWh', gb: 'GB', tb: 'TB', mb: 'MB', degree: 'degree', degrees: 'degree', second: 'second', seconds: 'second',
  minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week',
  month: 'month', months: 'month', year: 'year', years: 'year', decade: 'year', decades: 'year', century: 'year', centuries: 'year',
};
/** Units glued to digits that are not read as a scale: "5km", "60Hz" (a bare "m" stays ambiguous). */
export const GLUED_UNITS = new Set(['km', 'kg', 'mph', 'kph', 'mm', 'cm', 'ft', 'lb', 'lbs', 'mg', 'hp', 'bhp', 'hz', 'khz', 'mhz', 'ghz', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gb', 'tb', 'mb']);
/** "three decades" → 30 years, "two centuries" → 200 years. */
export const YEAR_MULTIPLES: Readonly<Record<string, number>> = { decade: 10, decades: 10, century: 100, centuries: 100 };
/** Words that say how many times: "twice as many", "tripled", "sixfold". */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = {
  twice: 2, thrice: 3, doubled: 2, doubling: 2, tripled: 3, tripling: 3, quadrupled: 4, quadrupling: 4, quintupled: 5, halved: 0.5,
  halving: 0.5,
};
/** Spelled numbers that may be hyphen-joined to a unit of a spelled figure: "five-year", "two-point", "eight-hour". */
export const HYPHEN_UNIT_WORDS = new Set(['point', 'percent', 'mile', 'year', 'month', 'week', 'day', 'hour', 'minute', 'foot', 'acre', 'inch', 'meter', 'ton', 'game', 'seat', 'vote', 'member']);
/** Fractions that are ordinals before a noun: "a third party", "a fifth term" (not "a quarter mile"). */
export const ORDINAL_FRACTIONS = new Set(['third', 'fourth', 'fifth', 'tenth']);
/** Words after "a third" that keep it a fraction: "a third of", "up by a third from 2001". */
export const AFTER_FRACTION = new Set([
  'of', 'and', 'or', 'more', 'less', 'fewer', 'in', 'from', 'to', 'since', 'by', 'over', 'last', 'this', 'that', 'the', 'as', 'than', 'on',
  'at', 'for', 'with', 'between', 'among', 'each', 'were', 'was', 'are', 'is', 'have', 'had', 'has', 'will', 'would', 'could', 'said', 'say',
  'says', 'think', 'believe', 'want', 'support', 'oppose', 'agree', 'disagree', 'do', 'did', 'now', 'still', 'also',
]);
/** Nouns after "only one" that make it a manner of speaking: "only one way", "only one thing". */
export const GENERIC_ONE_NOUNS = new Set(['way', 'thing', 'things', 'reason', 'example', 'person', 'one', 'time', 'option', 'choice', 'answer', 'problem', 'question', 'word', 'side', 'hope', 'explanation', 'of', 'who', 'which', 'that', 'to', 'in', 'at', 'is', 'was', 'can', 'could', 'will', 'would', 'because', 'not', 'left']);
/** "one day", "one time", "one second": idioms more often than durations. */
export const LOOSE_ONE_UNITS = new Set(['day', 'second', 'minute', 'times']);
/** Verbs and words that make a figure a change: "rose 3 percent", "fell from 7.2 to 6.8", "up 2 points". */
export const CHANGE_UP = new Set([
  'rose', 'rise', 'rises', 'risen', 'rising', 'increased', 'increase', 'increases', 'increasing', 'grew', 'grow', 'grows', 'grown',
  'growing', 'climbed', 'climb', 'climbs', 'climbing', 'jumped', 'jump', 'jumps', 'jumping', 'soared', 'soar', 'soars', 'surged',
  'surge', 'surges', 'gained', 'gain', 'gains', 'gaining', 'up', 'added', 'adds', 'boosted', 'expanded', 'spiked', 'rebounded', 'bump',
]);
/** Verbs that say a change without its direction: "went from 40 to 55". */
export const CHANGE_NEUTRAL = new Set(['went', 'moved', 'changed', 'shifted']);
export const CHANGE_DOWN = new Set([
  'fell', 'fall', 'falls', 'fallen', 'falling', 'dropped', 'drop', 'drops', 'dropping', 'declined', 'decline', 'declines',
  'declining', 'decreased', 'decrease', 'decreases', 'decreasing', 'slipped', 'slip', 'slips', 'slid', 'slide', 'sank', 'sink',
  'sinks', 'sunk', 'plunged', 'plunge', 'plunges', 'tumbled', 'tumble', 'down', 'dipped', 'dip', 'dips',
  'shrank', 'shrink', 'shrinks', 'shrunk', 'cut', 'cuts', 'reduced', 'slumped', 'slump', 'plummeted', 'eased', 'contracted',
]);

// ---- Languages: the commonest short words, to tell an article's language (language.ts) ----

export const LANGUAGE_MARKERS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'said', 'by', 'at', 'from', 'his', 'have'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'eine', 'dem', 'den', 'von', 'auch', 'wird', 'sie', 'zu', 'bei', 'nach'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'du', 'dans', 'qui', 'que', 'pour', 'pas', 'sur', 'au', 'avec', 'sont', 'il', 'aux', 'par'],
  es: ['el', 'los', 'las', 'y', 'del', 'que', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'se', 'su', 'al', 'lo', 'como', 'más', 'pero'],
  it: ['il', 'che', 'di', 'della', 'per', 'non', 'sono', 'gli', 'nel', 'alla', 'anche', 'dei', 'delle', 'ha', 'con', 'una', 'è', 'più', 'questo', 'degli'],
  nl: ['het', 'een', 'van', 'en', 'de', 'niet', 'zijn', 'op', 'voor', 'met', 'dat', 'ook', 'aan', 'wordt', 'naar', 'bij', 'uit', 'werd', 'heeft', 'maar'],
  pt: ['os', 'as', 'não', 'uma', 'do', 'da', 'dos', 'das', 'em', 'para', 'com', 'que', 'por', 'mais', 'foi', 'ao', 'pelo', 'pela', 'seu', 'sua'],
};
/** Scale words of the number formats Claimlens reads besides English: "3,2 millions", "4,5 Mio.", "2 Mrd.". */
export const FOREIGN_SCALES: Readonly<Record<string, number>> = {
  tausend: 1e3, mio: 1e6, 'mio.': 1e6, million: 1e6, millionen: 1e6, mrd: 1e9, 'mrd.': 1e9, milliarde: 1e9, milliarden: 1e9,
  mille: 1e3, millions: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, 'md.': 1e9,
};
/** Percent written out in German and French: "12 Prozent", "12 pour cent". */
export const FOREIGN_PERCENT = /^\s(?:prozent|pour\s?cent)\b/iu;

// ---- Contested figures (contested/) ----

/** What a figure counts, normalised: "killed", "died", "dead" are one thing; "fortune", "net worth", "wealth" another. */
export const CONTESTED_COUNTED_CLASSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:killed|died|dead|deaths?|death|fatalities|slain|perished|lives|toll|casualties)$/, 'dead'],
  [/^(?:wounded|injured|hurt|injuries)$/, 'injured'],
  [/^(?:arrested|detained|held|jailed|arrests|detentions|detainees|imprisoned)$/, 'detained'],
  [/^(?:fled|displaced|refugees|evacuated|evacuees)$/, 'displaced'],
  [/^(?:missing|disappeared)$/, 'missing'],
  [/^(?:abstained|abstentions)$/, 'abstained'],
  [/^(?:voted|votes)$/, 'voted'],
  [/^(?:attended|protested|marched|gathered|rallied|joined|struck|striking|stopped|walked|protesters|demonstrators|crowd|turnout)$/, 'turnout'],
  [/^(?:infected|cases|tested)$/, 'infected'],
  [/^(?:spent|cost|costs|budget|funding|funds|paid|price)$/, 'spent'],
  [/^(?:fortune|worth|wealth|net-worth|fortunes)$/, 'wealth'],
  [/^(?:raise|raised|raises|revenue|revenues|yield|generate|bring)$/, 'revenue'],
  [/^(?:support|supported|backing|backed)$/, 'support'],
  [/^(?:height|high|tall)$/, 'height'],
  [/^(?:making|earning|earned|earns|earn|salary|salaries|wage|wages|pay)$/, 'pay'],
];

/**
 * Groups of voters a poll breaks its shares down by: when one is a figure's
 * source ("Democrats favored Okafor, 72 percent to 8 percent"), the share is
 * that group's, not a rival source's reading of the whole.
 */
export const POLL_POPULATIONS: ReadonlySet<string> = new Set([
  'voters', 'democrats', 'republicans', 'independents', 'men', 'women', 'adults', 'respondents', 'americans', 'supporters',
  'officers', 'troops', 'personnel', 'latinos', 'hispanics', 'whites', 'blacks', 'millennials', 'evangelicals', 'conservatives',
  'liberals', 'moderates', 'caucusgoers', 'households', 'homeowners', 'renters', 'graduates', 'seniors', 'voter', 'backers',
]);

/** "a decline in black turnout of about 40 percent", "an increase of $2 billion": the size of a change (the noun captured). */
export const CONTESTED_CHANGE_NOUN_OF = /\b(decline|drop|fall|decrease|cut|increase|rise|jump|gain)\s+(?:in\s+[\p{L}’' -]{1,40}?\s+)?(?:of|by)\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+)?$/iu;
/** Nouns of CONTESTED_CHANGE_NOUN_OF that say the change is down. */
export const CONTESTED_CHANGE_DOWN_NOUN = /^(?:decline|drop|fall|decrease|cut)$/i;
/** "$200 or less", "1,000 or more" (not "or more than"): the end of a class bound. */
export const CONTESTED_THRESHOLD_AFTER = /^\s+or\s+(?:more|less|fewer|above|below|greater|higher|lower|over|under)\b(?!\s+than)/i;
/** "Okafor's campaign says it raised $21 million": the speaker's own figure (the pronoun captured). */
export const CONTESTED_OWN_FIGURE = /\b(?:says?|said|reports?|reported|claims?|claimed|estimates?|estimated|announced)\s+(?:that\s+)?(it|they|we|he|she)\s+(?:[\p{L}’']+\s+){0,2}$/iu;
/** "a Lakeside College survey": words after a name that make it a pollster. */
export const CONTESTED_POLLSTER_AFTER = /^\s+(?:poll|polls|survey|surveys|study|report|analysis|data|tracking)\b/i;
/** Words that name everyone a poll asks, not a group of them: "likely voters" is the whole poll. */
export const CONTESTED_WHOLE_POLL = /^(?:voters?|likely|registered|respondents?|adults?|americans?|surveyed|polled|people|nationally|overall|national|all)$/;
/** "that day", "last month": a window named relative to now (the phrase captured). */
export const CONTESTED_RELATIVE_WINDOW = /\b((?:last|this|that|past|next|the\s+same)\s+(?:day|week|month|quarter|year))\b/i;
/** "she’s 45", "after the age of 30", "as young as 17": the words before an age. */
export const CONTESTED_AGE_PRONOUN_BEFORE = /\b(?:he|she|they|i|we|you|who)\s*(?:is|was|are|were|['’]re|['’]s|turned|turns)\s+$|\b(?:age\s+of|aged?|ages|at\s+age|as\s+(?:young|old)\s+(?:as|at))\s+$/i;
/** "Okafor is 45"; "The death toll in Gaza was 145" is no age ("Gaza" follows "in"). */
export const CONTESTED_AGE_NAME_BEFORE = /(?:^|[.,;:]\s+|(?:^|\s)(?!(?:in|of|at|for|from|to|on|by|with|the)\s)\p{Ll}+\s+)(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+\s+(?:is|was|turned|turns)\s+$/u;
/** What may follow an age: the clause's end, "when", "and", "years old". */
export const CONTESTED_AGE_AFTER = /^\s*(?:[.,;)!?”"]|$|when\b|and\b|years?\s+old\b)/;
/** "Democrats favored Okafor", "Republicans backed Brandt": a verb saying which candidate a group of voters prefers. */
export const CONTESTED_PREFERENCE_VERB = /\b(?:favou?r(?:s|ed)?|back(?:s|ed)?|prefer(?:s|red)?|support(?:s|ed)?|cho(?:se|ose)|picked|approved?|disapproved?|went\s+for|broke\s+for)\b/i;
/** What a class bound follows: "donors giving $200 or less", "companies with 1,000 or more employees". */
export const CONTESTED_CLASS_BOUND_BEFORE = /\b(?:giving|gave|give|with|earning|earn|earns|making|make|makes|paying|aged|over|under|of)\s+$/i;
/** A correction note that says a figure was given wrong. */
export const CORRECTION_MISSTATED = /\b(?:misstated|misstates|misreported|misquoted|misidentified|incorrectly|wrongly|erroneously|inaccurately|incorrect|wrong|erroneous|inaccurate|an\s+error\s+in|mistakenly\s+(?:said|reported|stated|gave))\b/i;

/** Who a figure counts, normalised: "soldiers" and "troops" are one subject. */
export const CONTESTED_SUBJECT_CLASSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:troops?|soldiers?|servicem[ae]n|fighters?|combatants?|personnel)$/, 'troops'],
  [/^(?:civilians?|non-combatants?)$/, 'civilians'],
  [/^(?:people|persons?|residents?|individuals?|citizens?|inhabitants)$/, 'people'],
  [/^(?:children|kids|minors|teenagers?|students?)$/, 'children'],
  [/^(?:nations?|countries|country|states?|members?)$/, 'countries'],
  [/^(?:homes?|houses?|buildings?|dwellings?)$/, 'homes'],
  [/^(?:villages?|towns?|cities|city|communities)$/, 'places'],
  [/^(?:protesters?|demonstrators?|marchers?)$/, 'protesters'],
  [/^(?:journalists?|reporters?)$/, 'journalists'],
];

/** Words that say nothing about what is counted, and capitalised words that open a sentence rather than name someone. */
export const CONTESTED_STOP_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'more', 'new', 'than', 'were', 'was', 'have', 'has', 'had', 'been', 'that', 'this', 'its', 'their', 'his', 'her',
  'some', 'other', 'about', 'nearly', 'almost', 'says', 'said', 'put', 'putting', 'at', 'to', 'of', 'in', 'on', 'for', 'by', 'with',
  'from', 'also', 'only', 'just', 'least', 'most', 'still', 'already', 'individual', 'each', 'all', 'those', 'these', 'them', 'they',
  'a', 'an', 'but', 'so', 'while', 'when', 'after', 'before', 'as', 'if', 'since', 'despite', 'however', 'yet', 'then', 'there',
  'here', 'it', 'he', 'she', 'we', 'i', 'you', 'his', 'our', 'not', 'no', 'yes', 'another', 'one', 'any', 'what', 'which', 'who', 'overall',
  'where', 'why', 'how', 'now', 'last', 'next', 'first', 'second', 'third', 'fourth', 'estimated', 'roughly',
  'around', 'over', 'under', 'than', 'whose', 'could', 'would', 'might', 'will', 'may', 'can', 'about', 'just', 'per', 'every',
  'annually', 'year', 'a-year', 'even', 'nor', 'or', 'both', 'either', 'neither', 'such', 'many', 'much', 'few', 'several',
  'according', 'reported', 'reporting', 'showed', 'shows', 'found', 'says', 'lists', 'tallies', 'pegged', 'pegs', 'estimates',
  'calculates', 'projects', 'gives', 'give', 'gave', 'get', 'got', 'receive', 'received', 'achieved',
  'think', 'only', 'actual', 'real', 'true', 'current', 'latest', 'recent', 'most', 'least', 'beyond', 'among', 'without',
  'within', 'through', 'across', 'against', 'behind', 'below', 'above', 'toward', 'towards', 'until', 'unless', 'whether',
  'although', 'because', 'like', 'unlike', 'between', 'him', 'me', 'us', 'myself', 'himself', 'herself', 'themselves', 'including', 'besides', 'amid', 'during', 'asked', 'meanwhile', 'still',
  'earlier', 'later', 'separately', 'previously', 'instead',
]);

/** A share in points that is a distance between two: "an 18-point lead", "the gap narrowed to 13 points". */
export const CONTESTED_LEAD_NOUNS = /\b(?:lead|leads|leading|gap|margin|advantage|edge|ahead)\b(?!\s+of\s+error)/i;

/** Other names of one place, as `nameKey` writes them. */
export const PLACE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['america', 'united states'], ['u.s.', 'united states'], ['us', 'united states'], ['usa', 'united states'], ['u.s.a.', 'united states'],
  ['united states of america', 'united states'], ['the united states', 'united states'], ['britain', 'united kingdom'],
  ['great britain', 'united kingdom'], ['u.k.', 'united kingdom'], ['uk', 'united kingdom'],
]);

/** Phrases that cast doubt on the figure before them. `direct` ones make a figure contested on their own. Global: searched with exec. */
export const DISPUTE_PHRASES: ReadonlyArray<{ readonly id: string; readonly pattern: RegExp; readonly direct: boolean }> = [
  { id: 'dispute.verb', pattern: /\b(?:disputes?|disputed|disputing|rejects?|rejected|denies|denied|contests?|contested|challenges?|challenged|questions?|questioned)\s+(?:that|this|the|those|these|its|their)\s+(?:figures?|numbers?|counts?|tolls?|tall(?:y|ies)|estimates?|totals?|claims?)\b/gi, direct: true },
  { id: 'dispute.verb', pattern: /\b(?:a|the)\s+(?:figures?|numbers?|counts?|estimates?)\s+(?:that\s+)?(?:the\s+)?[\p{L}’' -]{0,40}?\s(?:disputes|disputed|rejects|rejected|denies|denied|contests|contested)\b/giu, direct: true },
  { id: 'dispute.judged', pattern: /\b(?:numbers?|figures?|counts?|tolls?|estimates?|claims?)\s+(?:were|was|are|is)\s+(?:suspect|inflated|exaggerated|overstated|understated|wrong|false|misleading|disputed)\b/gi, direct: true },
  // The verb must say what it inflates: "exaggerated stories of his behavior" disputes no figure.
  { id: 'dispute.judged', pattern: /\b(?:inflated|exaggerated|exaggerates|overstated|overstates|understated|understates)\s+(?:the\s+|that\s+|this\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:numbers?|figures?|counts?|tolls?|estimates?|totals?|size|costs?|crowds?|tall(?:y|ies)|amounts?|share)\b|\b(?:undercounted|overcounted|an?\s+undercount|an?\s+overcount)\b/giu, direct: true },
  { id: 'dispute.debated', pattern: /\bsubject\s+to\s+(?:fierce\s+|much\s+|considerable\s+|intense\s+)?debate\b/gi, direct: true },
  { id: 'dispute.unverified', pattern: /\bcould\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verified|confirmed)\b|\bcannot\s+be\s+(?:independently\s+)?verified\b/gi, direct: false },
  { id: 'dispute.estimates-vary', pattern: /\bestimates\s+vary\b|\bvarying\s+estimates\b/gi, direct: false },
];

/** One cheap test before the dispute rules run on a paragraph. */
export const DISPUTE_HINT = /disput|reject|den(?:y|ies|ied)|contest|challeng|question|true|real|actual|suspect|inflat|exaggerat|overstat|understat|undercount|overcount|verif|confirm|vary|varying|wrong|false|misleading|in fact|subsequent|later|revised|updated|newer|higher|lower|larger|smaller|greater|claim|assertion|contention|statement|earlier version|correction|amended|debate|than the/i;

/** A fact-check's verdict near a claim: a rating or a plain judgement. */
/** A fact-check's verdict on the claims it checks, wherever it stands in the article: rating scales of the fact-checking desks. */
export const FACT_CHECK_VERDICT = /\b(?:(?:one|two|three|four|1|2|3|4)\s+Pinocchios?|Pants\s+on\s+Fire|Mostly\s+False|Half\s+True|Mostly\s+True|Bottomless\s+Pinocchio)\b/i;

export const FACT_CHECK_RATING = /\b(?:pinocchios?|pants\s+on\s+fire|mostly\s+false|half\s+true|false|misleading|evidence-free|non-facts?|debunked|baseless|unfounded|got\s+(?:that|it|this)\s+wrong|not\s+true|untrue|exaggerat\w*)\b/i;

/** Past tenses without "-ed", which end a noun phrase as its verb ("The audit found that …"). */
export const IRREGULAR_PAST_TENSES: ReadonlySet<string> = new Set([
  'found', 'thought', 'told', 'wrote', 'felt', 'knew', 'saw', 'gave', 'took', 'made', 'came', 'went', 'kept', 'held', 'brought', 'sought', 'said',
  'stood', 'sat', 'spoke', 'got', 'met', 'became', 'began', 'ran', 'led', 'sent', 'spent', 'shook', 'rose', 'fell', 'drew', 'threw',
  'chose', 'broke', 'wore',
]);
