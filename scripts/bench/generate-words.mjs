// The words synthetic timelines are made of: lanes, places, topics and the
// sentence patterns of titles and summaries. Some carry accents, quotes and
// dashes, so the benchmark pays for escaping as real files do.

export const DAY = 86_400_000;

export const GROUPS = [
  { id: 'diplomacy', title: 'Diplomacy', color: '#175cd3' },
  { id: 'security', title: 'Security', color: '#b42318' },
  { id: 'economy', title: 'Economy and trade', color: '#067647' },
  { id: 'politics', title: 'Domestic politics', color: '#b54708' },
  { id: 'society', title: 'Society', color: '#6941c6' },
  { id: 'media', title: 'Media and statements', color: '#c11574' },
];

export const PLACES = [
  'Geneva',
  'Vienna',
  'Beijing',
  'Moscow',
  'Pyongyang',
  'Seoul',
  'Tokyo',
  'Washington',
  'Brussels',
  'New York',
  'Kraków',
  'São Paulo',
  'Reykjavík',
  'Zürich',
  'Ulaanbaatar',
  'Hanoi',
  'Singapore',
  'Jakarta',
  'Nairobi',
  'Cairo',
  'Istanbul',
  'Tehran',
  'Delhi',
  'Islamabad',
  'Kyiv',
  'Warsaw',
  'Helsinki',
  'Canberra',
  'Ottawa',
  'Mexico City',
];

export const TOPICS = [
  'border talks',
  'trade agreement',
  'missile test',
  'party congress',
  'summit',
  'sanctions package',
  'election',
  'ceasefire',
  'energy deal',
  'state visit',
  'nuclear inspection',
  'currency reform',
  'military parade',
  'flood relief',
  'port opening',
  'rail link',
  'press conference',
  'arms embargo',
  'grain deal',
  'cabinet reshuffle',
  'protest',
  'satellite launch',
  'naval exercise',
  'tariff dispute',
  'loan agreement',
  'peace conference',
  'referendum',
  'pipeline',
  'cyber attack',
  'hostage release',
];

export const VERBS = ['Announced', 'Opened', 'Suspended', 'Resumed', 'Signed', 'Postponed', 'Reported', 'Condemned', 'Welcomed', 'Concluded'];

/** Verbs for quotes: "We will … the summit". */
export const PLEDGES = ['open', 'suspend', 'resume', 'sign', 'conclude', 'review', 'honour'];

export const TAGS = [
  'diplomacy',
  'sanctions',
  'missiles',
  'nuclear',
  'trade',
  'energy',
  'elections',
  'protests',
  'military',
  'navy',
  'economy',
  'currency',
  'agriculture',
  'floods',
  'famine',
  'health',
  'media',
  'propaganda',
  'cyber',
  'space',
  'un',
  'eu',
  'asean',
  'nato',
  'g20',
  'treaties',
  'borders',
  'refugees',
  'human-rights',
  'courts',
  'parliament',
  'party',
  'leadership',
  'infrastructure',
  'railways',
  'ports',
  'loans',
  'tariffs',
  'arms-control',
  'culture',
];

export const PUBLISHERS = ['Reuters', 'AP', 'AFP', 'BBC', 'KCNA', 'Yonhap', 'Xinhua', 'TASS', 'Kyodo', 'NK News', 'SCMP', 'Le Monde', 'Der Spiegel', 'El País'];

const capital = (s) => s[0].toUpperCase() + s.slice(1);

/** @param {{ pick: <T>(l: T[]) => T, next: () => number }} rnd */
export function eventTitle(rnd, topic, place) {
  const r = rnd.next();
  if (r < 0.4) return `${capital(topic)} in ${place}`;
  if (r < 0.7) return `${rnd.pick(VERBS)}: ${topic} (${place})`;
  if (r < 0.9) return `${capital(topic)} — “${rnd.pick(VERBS).toLowerCase()}” after talks`;
  return `${place}: ${topic}, ${rnd.pick(VERBS).toLowerCase()}`;
}

const SENTENCES = [
  (rnd, topic, place) => `Officials in ${place} ${rnd.pick(VERBS).toLowerCase()} the *${topic}*.`,
  (rnd, topic) => `The ${topic} was **${rnd.pick(VERBS).toLowerCase()}** after ${rnd.int(2, 40)} days of talks.`,
  () => `Observers called it a “turning point”; critics said it changed little.`,
  (rnd, topic) => `See the [full report](https://example.org/reports/${rnd.int(1, 9999)}) on the ${topic}.`,
  (rnd, _topic, place) => `Delegations from ${place} and ${rnd.pick(PLACES)} attended.`,
  (rnd) => `Figures were revised by ${rnd.int(2, 35)}% in the following weeks.`,
];

/** One to three sentences of Markdown. */
export function eventSummary(rnd, topic, place) {
  const count = rnd.int(1, 3);
  const out = [];
  for (let i = 0; i < count; i++) out.push(rnd.pick(SENTENCES)(rnd, topic, place));
  return out.join(' ');
}
