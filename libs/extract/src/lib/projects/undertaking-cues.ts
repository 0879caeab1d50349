/** One pass over a sentence tells which undertaking rules can match in it (a head noun, a works verb, a 、 list item). */
import { CueWords } from '../dictionary/cue-words';
import { CAMPAIGN_HEAD, FACILITY_HEAD, PROGRAMME_HEAD } from './undertaking-patterns';

/**
 * Most sentences name no undertaking: without a head noun or a works verb no rule can match. One pass over the
 * sentence tells which cues it holds (bits below), and each rule runs only where its own cue is.
 */
export const PROGRAMME_CUE = 1;

export const FACILITY_CUE = 2;

export const WORKS_CUE = 4;

const OTHER_CUE = 8;

/** A facility head noun right before 建设: what under-construction needs (…示范区建设). */
export const FACILITY_BUILT_CUE = 16;

/** A list item ending in a head noun, before or after a 、: where listed-after-verb can find something. */
export const HEAD_IN_LIST_CUE = 32;

/** A word of works' progress (完成, 进展加快 …) or a site manager's post (工程项目经理): what works-progress needs. */
export const PROGRESS_CUE = 64;

/** Stage words of progress-of-part and listed-by-progress, and the works a site manager runs. */
export const PROGRESS_WORDS = [
  '完成',
  '完工',
  '封顶',
  '贯通',
  '合龙',
  '进展加快',
  '进展顺利',
  '加快推进',
  '加速推进',
  '稳步推进',
  '顺利推进',
  '有序推进',
  '进度加快',
  '送电试车',
  '落地实施',
  '投产',
  '获批',
  '强力推进',
  '积极推进',
  '启动实施',
  '初具规模',
  '投入使用',
  '验收',
  '工程项目',
  '并网发电',
  '取得备案',
];

export const CUES = new CueWords()
  .add(PROGRAMME_HEAD.split('|'), PROGRAMME_CUE)
  .add(FACILITY_HEAD.split('|'), FACILITY_CUE)
  .add(['开工', '建成', '续建', '竣工', '贯通', '开通', '通车', '主体完工', '交付使用', '投入使用', '签约落地'], WORKS_CUE)
  .add(['前期工作'], OTHER_CUE)
  .add(CAMPAIGN_HEAD.split('|'), OTHER_CUE)
  .add(PROGRESS_WORDS, PROGRESS_CUE);

export const RULE_CUES = PROGRAMME_CUE | FACILITY_CUE | WORKS_CUE | OTHER_CUE;

/** Cues read around a head noun found by the scan: 建设 after it, or its place in a 、 list. */
export const aroundHead = (sentence: string, end: number, bits: number, start: number): number =>
  (bits & (PROGRAMME_CUE | FACILITY_CUE)) === 0
    ? 0
    : ((bits & FACILITY_CUE) !== 0 && (sentence.startsWith('建设', end) || sentence.charCodeAt(end) === IN_PROGRESS) ? FACILITY_BUILT_CUE : 0) |
      (headInList(sentence, start, end) ? HEAD_IN_LIST_CUE : 0);

/** 正 right after a facility head: 正抓紧建设, 正在建设 (rule under-construction-in-progress). */
const IN_PROGRESS = 0x6b63;

const FULL_WIDTH_COMMA = 0xff0c;

const IDEOGRAPHIC_FULL_STOP = 0x3002;

const FULL_WIDTH_SEMICOLON = 0xff1b;

const FULL_WIDTH_COLON = 0xff1a;

const ENUMERATION_COMMA = 0x3001;

const CLOSING_QUOTE = 0x201d;

/**
 * Whether the head noun at [start, end) ends an item of a 、 list: `HEAD”?(建设)?、`, or `、…HEAD”?(建设)?` closing its
 * clause (，。；： or the end) with no clause mark between the 、 and the head. Read at each head the cue scan finds,
 * instead of a regex that tried every head noun after every 、 of a sentence (a few ms per pass over the seeds).
 */
function headInList(sentence: string, start: number, end: number): boolean {
  // Where the item may end: after the head, a closing quote, 建设, or both.
  const afterQuote = sentence.charCodeAt(end) === CLOSING_QUOTE ? end + 1 : end;
  let marks = markAfter(sentence, end) | markAfter(sentence, afterQuote);
  if (sentence.startsWith('建设', end)) marks |= markAfter(sentence, end + 2);
  if (sentence.startsWith('建设', afterQuote)) marks |= markAfter(sentence, afterQuote + 2);
  if ((marks & LIST_GOES_ON) !== 0) return true;
  if ((marks & CLAUSE_ENDS) === 0) return false;
  for (let i = start - 1; i >= 0; i--) {
    const code = sentence.charCodeAt(i);
    if (code === ENUMERATION_COMMA) return true;
    if (isClauseMark(code)) return false;
  }
  return false;
}

const LIST_GOES_ON = 1;

const CLAUSE_ENDS = 2;

/** LIST_GOES_ON when a 、 is at `at`, CLAUSE_ENDS when a clause mark or the end of the sentence is, else 0. */
function markAfter(sentence: string, at: number): number {
  if (at === sentence.length) return CLAUSE_ENDS;
  const code = sentence.charCodeAt(at);
  return code === ENUMERATION_COMMA ? LIST_GOES_ON : isClauseMark(code) ? CLAUSE_ENDS : 0;
}

/** ， 。 ； ： */
function isClauseMark(code: number): boolean {
  return code === FULL_WIDTH_COMMA || code === IDEOGRAPHIC_FULL_STOP || code === FULL_WIDTH_SEMICOLON || code === FULL_WIDTH_COLON;
}
