import { matchHeadingMarker } from '../outline/heading-patterns';
import { isPageChromeLine } from '../metadata/page-chrome';
import { isNumberOnly, isUnitCell } from '../tables/table-vocabulary';
import { MappedText, MappedTextBuilder } from './mapped-text';
import { isBullet } from './normalize-characters';

/** A wrapped body line is long; short unterminated lines are titles, signatures or table cells. */
const MIN_WRAPPED_LINE_LENGTH = 25;
const DOCUMENT_TYPE_END = /(通知|意见|规划|方案|计划|纲要|办法|决定|通告|公告|规定|细则|要点|解读|（\d{4}年?[—\-~～至]\d{4}年）)$/;
/**
 * Rule `report-label-above-heading`: a collection site's label of a work report (（内蒙古）2025年包头市青山区人民政府政府工作报告)
 * runs on into no report heading or occasion below it (2025年政府工作报告 / —2025年1月21日在…会议上: 青山 2025). A line ending in
 * 工作报告 above other lines (a subheading 县长…向大会作工作报告 above the page's date line: 宝丰 2024) may still be wrapped.
 */
const REPORT_LABEL_END = /工作报告$/;
const REPORT_HEADING =
  /^(?:(?:19|20)\d{2}年(?:度)?)?(?:[\u4e00-\u9fa5]{0,16}?)政\s*府\s*工\s*作\s*报\s*告$|^[—－-]{1,2}\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日在/;
/**
 * Rule `adoption-note-starts-line`: the bracketed note of the meeting that adopted a document, opening the line under its
 * title ((2025年12月6日中国共产党益阳市第七届委员会 第九次全体会议通过): 益阳 2025), is no part of the line above.
 */
const ADOPTION_NOTE = /^[（(]\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^（）()]{0,60}?通过\s*[）)]/;
const ISSUER_END = /(人民政府|办公厅|办公室|委员会|公开发布|主动公开）)$/;
const LABEL_START = /^(索引号|发文字号|发布机构|发文机关|主题分类|成文日期|发布日期|公文时效|来源)[：:]/;
/**
 * A news story's dateline opening its first line: 财联社10月14日电, 科技日报哈尔滨3月30日电, 本报讯 , 本报莲花讯 (全媒体记者…),
 * 长城网·冀云客户端讯(记者…). The line before it is the headline, never a wrapped part of the story.
 */
const NEWS_DATELINE = /^[\u4e00-\u9fa5·]{1,20}?(?:\d{1,2}月\d{1,2}日电|讯(?=[（(\s　]|记者))/;
/**
 * Rule `lead-opens-with-day`: a news lead opening with its day and a comma (3月17日，2023年度市重点项目——周宁县…: 周宁 2023)
 * starts a line; the headline above it, ending in no punctuation, runs on into no lead.
 */
const LEAD_DAY = /^\d{1,2}月\d{1,2}日[，,]/;
/** A short label and its colon opening a line: 活动名称：, 活动时间：, 主办单位：. */
const FIELD_LABEL = /^[\u4e00-\u9fa5]{2,6}[：:]/;
/** A label of units: 主办单位：, 承办单位：, 协办单位：, 责任部门：. */
const UNIT_FIELD_LABEL = /^[\u4e00-\u9fa5]{0,4}(?:单位|部门)[：:]/;
/** A tab or a |: what table cells are delimited by. */
const TABLE_CELL_MARK = /[\t|]/;
/** A page number alone on its line, as PDF exports leave them: — 3 —, - 3 -, －3－, 第3页, 第 3 页 共 20 页. */
const PAGE_NUMBER = /^(?:[—\-－–]\s*\d{1,3}\s*[—\-－–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)$/;
const MAX_PAGE_NUMBER_LINE = 20;
const TERMINAL = /[。！？；：”’」』》）】〕.!?:;]$/;
/**
 * A date alone on its line is a signature's (rule `date-ends-notice`): it goes on no line before it, even one that ends
 * in no punctuation, as an attachment's file name (…远景目标纲要.docx / 2021年9月23日: 潘集 2021).
 */
const DATE_LINE = /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/;
/**
 * A document site's watermark closing each line of its copy: three Latin letters and digits mixed, right after Chinese
 * text or a sentence end (新晃 2020 on 公文搜: "…确保全年任务圆满完成。hd9", "2019年及今年以来工作回顾hd9"; the same site
 * writes C6m, 2Iu, 7rw). The line still ends where the text before the mark does.
 */
const LINE_WATERMARK = /(?<=[\u4e00-\u9fa5。！？；：”）])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{3}$/;
/**
 * A numbered heading the export glued to the end of the paragraph before it ("…引导家政服务业健康发展。5.商务服务"): a
 * sentence end, then an enumeration marker (二、 （二） 5. （5）) and a short title without punctuation, ending the line.
 */
const GLUED_HEADING =
  /[。；！？](?=(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.、](?!\d)|（\d{1,2}）)[\u4e00-\u9fa5A-Za-z“”‘’]{2,24}$)/;

/**
 * Text exported from PDF breaks lines inside sentences at page/column ends. A line break is soft (deleted) when the
 * line before is a long body line that does not end a sentence and neither line is a heading or a table cell, so
 * values like "年均增\n长7%" can be matched. Hard breaks are kept.
 */
export function unwrapSoftLineBreaks(input: MappedText, original?: string): MappedText {
  const text = input.text;
  const builder = new MappedTextBuilder(input);
  let lineStart = 0;
  // A short piece in the middle of a wrapped sentence ("…发展的\n主要预期目标\n是：…", a phrase set apart on the web
  // page) continues it: the length that counts is the joined line's.
  let joinedLength = 0;
  // The number of the preview page the current line goes on from (0: none).
  let previewPage = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const endsWithHeading = copySplittingGluedHeading(builder, text, lineStart, lineEnd);
    if (newline < 0) break;
    const nextEnd = text.indexOf('\n', newline + 1);
    let nextLine = text.slice(newline + 1, nextEnd < 0 ? text.length : nextEnd);
    const line = text.slice(lineStart, lineEnd);
    // A page number the export left inside a wrapped sentence ("…达到\n— 3 —\n1500亿元…") is no part of it: the
    // sentence runs on across it, and the number line is left out of the text (the original keeps it).
    let resumeAt = newline + 1;
    if (nextEnd >= 0 && nextLine.length <= MAX_PAGE_NUMBER_LINE && !endsWithHeading && PAGE_NUMBER.test(nextLine.trim())) {
      const afterEnd = text.indexOf('\n', nextEnd + 1);
      const afterLine = text.slice(nextEnd + 1, afterEnd < 0 ? text.length : afterEnd);
      if (isSoftBreak(line, afterLine, joinedLength)) {
        nextLine = afterLine;
        resumeAt = nextEnd + 1;
      }
    }
    // A document site's preview cut into numbered pages (1、… 2、…) breaks its sentences, even its words, at each page:
    // the page number is no item, the sentence runs on across it and the number is left out of the text.
    const page = previewPage > 0 ? previewPage : Number(PREVIEW_PAGE.exec(line)?.[1] ?? 0);
    const nextPage = page > 0 && !endsWithHeading ? PREVIEW_PAGE.exec(nextLine) : null;
    if (nextPage && Number(nextPage[1]) === page + 1 && cutMidSentence(line, joinedLength)) {
      joinedLength += line.trim().length;
      previewPage = page + 1;
      lineStart = newline + 1 + nextPage[0].length;
      continue;
    }
    previewPage = 0;
    const soft =
      !endsWithHeading &&
      isSoftBreak(line, nextLine, joinedLength) &&
      !(original !== undefined && bulletItemEnds(original, input, lineStart, resumeAt, nextLine)) &&
      !(original !== undefined && line.includes('%') && spacedItems(original, input, lineStart, lineEnd));
    if (!soft) builder.copy(newline, newline + 1);
    joinedLength = soft ? joinedLength + line.trim().length : 0;
    lineStart = resumeAt;
  }
  return builder.build();
}

/**
 * Rule `bullet-opens-item`: a line that opened with a list bullet (● • ■ …, deleted by character normalization) is an
 * item of its own; the line before it does not run on into it, however long (●…生态文明建设成效更加彰显,高水平安全保障更为有力
 * / ●力促…: 惠州 2026, a report's graphic), nor does a bulleted line into a short unterminated line after it (a
 * heading or the next item: …高水平安全保障更为有力 / 重点任务). Positions are the normalized text's, mapped back to the
 * original, where the bullet still is.
 */
function bulletItemEnds(original: string, input: MappedText, lineStart: number, nextStart: number, nextLine: string): boolean {
  if (bulletOpened(original, input.originalStartOf(nextStart))) return true;
  // A short line with no sentence end after a bulleted one is the next item or a heading (●… / 重点任务), not its wrap.
  const following = nextLine.trim();
  return following.length < MIN_WRAPPED_LINE_LENGTH && !TERMINAL.test(following) && bulletOpened(original, input.originalStartOf(lineStart));
}

function bulletOpened(original: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (original.charCodeAt(i) === 0x20 || original.charCodeAt(i) === 0x3000 || original.charCodeAt(i) === 0x09)) i--;
  return i >= 0 && isBullet(original.charCodeAt(i));
}

/**
 * Rule `spaced-items-line`: a line setting percentages apart by spaces, one item after another, ends its last item
 * (地区生产总值增长5.5%-6% 固定资产投资增长3% 社会消费品零售总额增长5% / 进出口总额增长6% …: 惠州 2026); a wrapped
 * sentence does not.
 */
function spacedItems(original: string, input: MappedText, lineStart: number, lineEnd: number): boolean {
  if (lineEnd <= lineStart) return false;
  // Spaces between items are gone from the normalized line: the original's line is tested.
  return SPACED_ITEMS.test(original.slice(input.originalStartOf(lineStart), input.originalEndOf(lineEnd - 1)).trim());
}

const SPACED_ITEMS = /\d%(?:以上|左右|以内)?[ \t　]+[\u4e00-\u9fa5][^ \t　]*\d%(?:以上|左右|以内)?$/;

/** Copy a line; a heading glued to its end goes on a line of its own (the inserted break maps to the 。 before it). */
function copySplittingGluedHeading(builder: MappedTextBuilder, text: string, lineStart: number, lineEnd: number): boolean {
  // Only the tail can hold a glued heading; looking at the last 40 units keeps this linear in the line length.
  const tailStart = Math.max(lineStart, lineEnd - 40);
  const glued = lineEnd - lineStart > 8 ? GLUED_HEADING.exec(text.slice(tailStart, lineEnd)) : null;
  if (!glued) {
    builder.copy(lineStart, lineEnd);
    return false;
  }
  const split = tailStart + glued.index + 1;
  builder.copy(lineStart, split);
  builder.emit('\n', split - 1, split); // the break stands for the sentence end it follows: every unit keeps a source
  builder.copy(split, lineEnd);
  return true;
}

/**
 * A preview page's number opening its line (嘉兴 2023 on a document site: 1、嘉兴市…实施方案为… / 2、户提供融资担保…); a page
 * cut inside a word or a bracket may go on with a digit or the bracket's close (钟楼 2021: 1、2021年重大民生实事… /
 * 2、）各街道…, the close of 高新园（邹区镇）).
 */
const PREVIEW_PAGE = /^([1-9]\d{0,2})、(?=[\u4e00-\u9fa5“”（(）)0-9])/;
/** A preview page is long: a numbered item of a list is not. */
const MIN_PREVIEW_PAGE = 200;

/** A long page cut inside a sentence: it ends on a word, not on a sentence's or a clause's punctuation. */
function cutMidSentence(line: string, joinedBefore: number): boolean {
  const current = line.trim();
  return current.length + joinedBefore >= MIN_PREVIEW_PAGE && /[\u4e00-\u9fa5A-Za-z0-9]$/.test(current);
}

function isSoftBreak(line: string, next: string, joinedBefore: number): boolean {
  const current = line.trim().replace(LINE_WATERMARK, '');
  // Most lines are whole paragraphs ending a sentence: decided before any search of the two lines.
  // A line ending inside a decimal (…是2011年的1. / 37倍；: 蠡县 2017, a document site's hard wraps) runs on: its point is no
  // full stop (rule `wrapped-decimal`).
  if (
    current.length + joinedBefore < MIN_WRAPPED_LINE_LENGTH ||
    (TERMINAL.test(current) && !(current.endsWith('.') && /\d\.$/.test(current) && /^\d/.test(next.trimStart())))
  )
    return false;
  // Page chrome ends its line: a breadcrumb trail (当前位置：首页--委办局--…--政策法规) runs into no title below it (临朐 2016).
  if (joinedBefore === 0 && isPageChromeLine(current)) return false;
  const following = next.trim();
  if (following.length === 0 || DATE_LINE.test(following)) return false;
  // Table cells: tab-led, tab-separated or closed by | (a cell per line or a row per line) are never joined.
  if (TABLE_CELL_MARK.test(line) || TABLE_CELL_MARK.test(next)) return false;
  // A line holding a number or a unit alone is the next cell of a flattened table row, never a wrapped line's end.
  if (isNumberOnly(following) || isUnitCell(following)) return false;
  if (matchHeadingMarker(current) && current.length < 60) return false;
  if (matchHeadingMarker(following)) return false;
  if (/^(——|注[：:]|备注|资料来源|图\s*\d|表\s*\d)/.test(following) || isPageChromeLine(following) || NEWS_DATELINE.test(following)) return false;
  if (joinedBefore === 0 && LEAD_DAY.test(following) && !/[，,、]/.test(current)) return false;
  // Notice headers: a title ends with its document type, an issuer with its body; labels and addressees start lines.
  if (DOCUMENT_TYPE_END.test(current) || ISSUER_END.test(current)) return false;
  if (REPORT_LABEL_END.test(current) && REPORT_HEADING.test(following)) return false;
  if (ADOPTION_NOTE.test(following)) return false;
  if (LABEL_START.test(following) || (/^各/.test(following) && /：$/.test(following))) return false;
  // Field lines of a plan (活动名称：… / 活动时间：… / 主办单位：… / 承办单位：…: 肃南 2022) each stand on their own line:
  // a label line after another, or a unit label, starts a line.
  if (FIELD_LABEL.test(following) && (FIELD_LABEL.test(current) || UNIT_FIELD_LABEL.test(following))) return false;
  return true;
}
