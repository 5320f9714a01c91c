/**
 * Interface text, by language: English and Korean in full. Any other
 * language gets English (and the build says so, see load.ts); its dates still
 * follow its date-fns locale.
 */
import type { Annotation } from './model.ts';

export interface UiStrings {
  readonly allTimelines: string;
  readonly timelines: string;
  readonly eventCount: (n: number) => string;
  readonly timelineRegion: string;
  readonly timelineHint: string;
  readonly noScript: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fit: string;
  /** On a density band; {n} is the count. */
  readonly moreEvents: string;
  /** Announced as the keyboard moves between events; {title}, {date}, {n}, {total}. */
  readonly position: string;
  readonly keyboard: string;
  readonly keys: ReadonlyArray<readonly [keys: string, action: string]>;
  readonly theme: string;
  readonly themes: { readonly auto: string; readonly light: string; readonly dark: string };
  readonly details: string;
  readonly panelEmpty: string;
  readonly previous: string;
  readonly next: string;
  readonly close: string;
  readonly listTitle: string;
  readonly periods: string;
  readonly overview: string;
  readonly highlights: string;
  readonly highlightsNote: (shown: number, total: number) => string;
  readonly periodHeading: (period: string) => string;
  readonly eras: string;
  readonly sources: string;
  readonly citedBy: string;
  readonly place: string;
  readonly group: string;
  readonly tags: string;
  readonly marker: string;
  /** The label of each kind of annotation; `dispute` is also the flag of an event whose sources differ. */
  readonly kinds: Readonly<Record<Annotation['kind'], string>>;
  /** The flag of an event with a correction, in the list and the panel. */
  readonly corrected: string;
  /** The page of corrections and updates, `/<slug>/changes/`, and the link to it. */
  readonly changes: {
    readonly title: string;
    readonly link: string;
    readonly intro: string;
    readonly none: string;
    readonly back: string;
  };
  readonly source: string;
  readonly accessed: (date: string) => string;
  readonly skip: string;
  /** The export files' heading and link texts; `feed` also titles the feed's <link> in the head. */
  readonly downloads: {
    readonly title: string;
    readonly json: string;
    readonly ics: string;
    readonly csv: string;
    readonly feed: string;
    readonly timelinejs: string;
  };
  readonly filters: {
    readonly open: string;
    readonly search: string;
    readonly groups: string;
    readonly tags: string;
    readonly clear: string;
    /** {n} matching of {total}. */
    readonly count: string;
    readonly none: string;
    /** Heading of a large timeline's search results. */
    readonly results: string;
    /** The button listing {n} more results. */
    readonly more: string;
    /** Under results not all listed: the timeline shows those listed. */
    readonly listed: string;
    readonly failed: string;
  };
  readonly embed: {
    readonly button: string;
    readonly title: string;
    readonly intro: string;
    readonly options: string;
    /** Not the page's "Colours", which names the page's own choice. */
    readonly theme: string;
    readonly event: string;
    readonly window: string;
    readonly start: string;
    readonly end: string;
    readonly datesHint: string;
    readonly list: string;
    readonly panel: string;
    readonly showTitle: string;
    readonly preview: string;
    readonly code: string;
    readonly copy: string;
    readonly copied: string;
    readonly copyFailed: string;
    /** Before the options the embed would leave out, with the reasons (in English). */
    readonly ignored: string;
    /** The embed's title links to the full page. */
    readonly full: string;
    readonly frameTitle: (title: string) => string;
  };
}

const en: UiStrings = {
  allTimelines: 'All timelines',
  timelines: 'Timelines',
  eventCount: (n) => `${n.toLocaleString('en')} event${n === 1 ? '' : 's'}`,
  timelineRegion: 'Interactive timeline',
  timelineHint: 'Drag to pan; hold Ctrl and scroll, pinch, or use the buttons to zoom. Select an event to read it.',
  noScript: 'The interactive timeline needs JavaScript. Every event is listed below.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  moreEvents: '{n} more',
  position: '{title}, {date}. Event {n} of {total}.',
  keyboard: 'Keyboard shortcuts',
  keys: [
    ['← →', 'Previous or next event'],
    ['Home End', 'First or last event'],
    ['Enter', 'Open the event'],
    ['Esc', 'Close the event'],
    ['+ −', 'Zoom in or out'],
    ['Shift + ← →', 'Move back or forward in time'],
    ['?', 'These shortcuts'],
  ],
  theme: 'Colours',
  themes: { auto: 'As the device', light: 'Light', dark: 'Dark' },
  details: 'Event details',
  panelEmpty: 'Select an event on the timeline or in the list to read it here.',
  previous: 'Previous',
  next: 'Next',
  close: 'Close',
  listTitle: 'All events',
  periods: 'Every event, by period',
  overview: 'Overview',
  highlights: 'Important events',
  highlightsNote: (shown, total) =>
    `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} events are listed here; each period's page lists all of its events.`,
  periodHeading: (period) => `Events of ${period}`,
  eras: 'Periods',
  sources: 'Sources',
  citedBy: 'Cited by',
  place: 'Place',
  group: 'Lane',
  tags: 'Tags',
  marker: 'Marked on the axis',
  kinds: { quote: 'Quote', context: 'Context', analysis: 'Analysis', dispute: 'Sources differ', correction: 'Correction', update: 'Update' },
  corrected: 'Corrected',
  changes: {
    title: 'Corrections and updates',
    link: 'Corrections and updates',
    intro: 'Every correction and update made to this timeline, newest first, with the event it concerns.',
    none: 'No corrections or updates have been made.',
    back: 'Back to the timeline',
  },
  source: 'Source',
  accessed: (date) => `accessed ${date}`,
  skip: 'Skip to content',
  downloads: { title: 'Download', json: 'JSON', ics: 'iCalendar', csv: 'CSV', feed: 'Feed', timelinejs: 'TimelineJS' },
  filters: {
    open: 'Search and filter',
    search: 'Search',
    groups: 'Lanes',
    tags: 'Tags',
    clear: 'Clear',
    count: '{n} of {total} events',
    none: 'No events match.',
    results: 'Matching events',
    more: 'Show {n} more',
    listed: 'The timeline shows the {n} listed here.',
    failed: 'Search could not load. Check the connection and try again.',
  },
  embed: {
    button: 'Embed',
    title: 'Embed this timeline',
    intro: 'Paste this code into any web page. The timeline sizes itself to its content, and the page’s address follows the event a reader opens.',
    options: 'Options',
    theme: 'Light or dark',
    event: 'Open the event (its id)',
    window: 'Opening view',
    start: 'From',
    end: 'To',
    datesHint: 'Dates as in the file: 2019, 2019-06, 2019-06-30.',
    list: 'The full list of events',
    panel: 'The detail panel',
    showTitle: 'The title',
    preview: 'Preview',
    code: 'Code to paste',
    copy: 'Copy the code',
    copied: 'Copied.',
    copyFailed: 'Copying was refused: the code is selected, copy it with your keyboard.',
    ignored: 'Left out of the code:',
    full: 'Open the full timeline in a new tab',
    frameTitle: (title) => `${title} (interactive timeline)`,
  },
};

const ko: UiStrings = {
  allTimelines: '모든 연표',
  timelines: '연표',
  eventCount: (n) => `사건 ${n.toLocaleString('ko')}건`,
  timelineRegion: '대화형 연표',
  timelineHint: '끌어서 이동하고, Ctrl을 누른 채 스크롤하거나 두 손가락으로 벌리거나 버튼으로 확대·축소합니다. 사건을 선택하면 내용을 볼 수 있습니다.',
  noScript: '대화형 연표는 자바스크립트가 필요합니다. 모든 사건은 아래 목록에 있습니다.',
  zoomIn: '확대',
  zoomOut: '축소',
  fit: '전체 보기',
  moreEvents: '{n}건 더',
  position: '{title}, {date}. 사건 {total}건 중 {n}번째.',
  keyboard: '키보드 단축키',
  keys: [
    ['← →', '이전 사건, 다음 사건'],
    ['Home End', '첫 사건, 마지막 사건'],
    ['Enter', '사건 열기'],
    ['Esc', '사건 닫기'],
    ['+ −', '확대, 축소'],
    ['Shift + ← →', '시간을 앞뒤로 이동'],
    ['?', '단축키 보기'],
  ],
  theme: '색상',
  themes: { auto: '기기 설정대로', light: '밝게', dark: '어둡게' },
  details: '사건 정보',
  panelEmpty: '연표나 목록에서 사건을 선택하면 여기에 내용이 나옵니다.',
  previous: '이전',
  next: '다음',
  close: '닫기',
  listTitle: '모든 사건',
  periods: '시기별 모든 사건',
  overview: '개요',
  highlights: '주요 사건',
  highlightsNote: (shown, total) =>
    `사건 ${total.toLocaleString('ko')}건 중 ${shown.toLocaleString('ko')}건을 여기에 싣습니다. 각 시기의 페이지에 그 시기의 모든 사건이 있습니다.`,
  periodHeading: (period) => `${period}의 사건`,
  eras: '시기',
  sources: '출처',
  citedBy: '인용한 사건',
  place: '장소',
  group: '분류',
  tags: '태그',
  marker: '축에 표시된 날',
  kinds: { quote: '인용', context: '배경', analysis: '분석', dispute: '출처마다 다름', correction: '정정', update: '추가 소식' },
  corrected: '정정됨',
  changes: {
    title: '정정 및 추가 소식',
    link: '정정 및 추가 소식',
    intro: '이 연표에 가한 모든 정정과 추가 소식을 최신순으로, 해당 사건과 함께 싣습니다.',
    none: '아직 정정이나 추가 소식이 없습니다.',
    back: '연표로 돌아가기',
  },
  source: '출처',
  accessed: (date) => `${date} 접속`,
  skip: '본문으로 건너뛰기',
  downloads: { title: '내려받기', json: 'JSON', ics: 'iCalendar', csv: 'CSV', feed: '피드', timelinejs: 'TimelineJS' },
  filters: {
    open: '검색과 거르기',
    search: '검색',
    groups: '분류',
    tags: '태그',
    clear: '지우기',
    count: '사건 {total}건 중 {n}건',
    none: '조건에 맞는 사건이 없습니다.',
    results: '검색된 사건',
    more: '{n}건 더 보기',
    listed: '연표에는 여기 나열된 {n}건이 표시됩니다.',
    failed: '검색을 불러오지 못했습니다. 연결을 확인하고 다시 시도하세요.',
  },
  embed: {
    button: '퍼가기',
    title: '이 연표 퍼가기',
    intro: '이 코드를 웹 페이지에 붙여 넣으세요. 연표는 내용에 맞춰 크기가 바뀌고, 독자가 연 사건이 페이지 주소에 남습니다.',
    options: '설정',
    theme: '밝게 또는 어둡게',
    event: '열어 둘 사건(아이디)',
    window: '처음 보일 기간',
    start: '시작',
    end: '끝',
    datesHint: '파일과 같은 날짜 형식: 2019, 2019-06, 2019-06-30.',
    list: '사건 전체 목록',
    panel: '사건 정보 창',
    showTitle: '제목',
    preview: '미리 보기',
    code: '붙여 넣을 코드',
    copy: '코드 복사',
    copied: '복사했습니다.',
    copyFailed: '복사가 거부되었습니다. 코드가 선택되어 있으니 키보드로 복사하세요.',
    ignored: '코드에서 뺀 설정:',
    full: '새 탭에서 전체 연표 열기',
    frameTitle: (title) => `${title} (대화형 연표)`,
  },
};

const BY_LANGUAGE: Readonly<Record<string, UiStrings>> = { en, ko };

/** Languages with a full interface translation. */
export const TRANSLATED = Object.keys(BY_LANGUAGE);

export function uiStrings(locale: string): UiStrings {
  return BY_LANGUAGE[locale.split('-')[0]?.toLowerCase() ?? ''] ?? en;
}
