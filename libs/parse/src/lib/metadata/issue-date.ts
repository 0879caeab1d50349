/** The issue date: a signature date, a portal's labelled date, a page timestamp, in digits or Chinese numerals. */
import type { Line } from '../lines';
import type { TextSpan } from '../normalize/mapped-text';
import type { Found } from './portal-labels';

const DATE_CN = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/;

/**
 * Dates written in Chinese numerals: 二〇二六年一月二十七日. A copy may write the zero as a circle (rule circle-for-zero:
 * 二○○七年六月五日, ○ U+25CB, under 阿拉善盟's 2007 notice on a document site: 阿拉善 2007).
 */
const DATE_HANZI = /([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/;

const DATE_ISO = /((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})/;

/**
 * A publication timestamp of page chrome, opening a line or after the paper's name: 2013-11-16 07:47, 2026年02月10日
 * 07时41分, 四川经济日报 2018-11-26 06:46, the paper's name in pinyin (Da Zhong Ri Bao·2026-01-21 01:53: 青岛 2026), 来源:华容县政府
 * 2021-03-23 10:56, written with dots (rule `dotted-timestamp`: 来源: 洛阳网 2025.09.25 20:09, 洛阳 2025), a paper's date line
 * 2017年03月31日 星期五, also after the editor's label and name (rule `editor-before-timestamp`: 龙华 2018 编辑:胡安坤2018-01-24
 * 16:20内容来源:龙华网); or a labelled date, with or without its time: 时间：2023-07-11 17:01,
 * 发布时间：2023-04-17 08:50:33, 发布时间:2024年10月14日, 日期:2012-10-11 16:17. A span of days (征集时间:2023-03-13至2023-03-21,
 * a consultation's period) is no publication timestamp, nor is the day a page was archived or a rule takes or loses effect
 * (rule `archive-stamp`: 归档时间:2023-06-15 above a 2018 report, 南县 2018; 生效时间, 废止时间: 太湖 2019).
 */
const PAGE_TIMESTAMP =
  /(?:(?<!归档|废止|失效|生效|截止)(?:发布|发表|更新)?(?:时间|日期)[：:]\s*((?:19|20)\d{2})(?:-|年)(\d{1,2})(?:-|月)(\d{1,2})日?(?!\d|\s*[至到—~]\s*(?:19|20)\d{2})|(?:^|^(?:(?:信息|文章)?来源[：:]\s*|(?:责任)?编辑[：:]\s*)?(?:[\u4e00-\u9fa5]{2,12}|[A-Za-z][A-Za-z ]{3,23}·)\s*)((?:19|20)\d{2})(?:-|年|\.)(\d{1,2})(?:-|月|\.)(\d{1,2})日?\s*(?:\d{1,2}[:时]\d{1,2}|星期[一二三四五六日天]))/;

/**
 * Rule `dateline-before-paper`: a copied news item's date line, the day and then the paper it ran in, with no clock time
 * (宝鸡出台创建国家5A、4A级旅游景区奖励补助办法 / 2019-01-23   陕西日报: 宝鸡 2019, on a travel site).
 */
const DATELINE_PAPER = /^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s*[\u4e00-\u9fa5]{2,10}(?:日报|晚报|早报|商报|时报)$/;

/**
 * Rule `dateline-before-source`: a news page's date line, the day and then the label of its source, with no clock time
 * (2023-11-27 来源:南阳广播电视台 under the reporter's name: 南阳 2023, a city broadcaster's site), also with the byline between
 * (2017-02-16 作者: 隋翔宇 通讯员 纪振兴 报道 来源: 大众日报: 长岛 2017).
 */
const DATELINE_SOURCE = /^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?=\s*(?:作者[：:][^\n]{0,40}?)?(?:信息|文章|稿件)?来源[：:])/;

/**
 * Rule `date-lost-marks`: a signature date whose 年月日 a copy lost, the year, month and day apart by spaces alone on
 * their line, after a stray mark (牟定县人民政府办公室 / (此件公开发布) / `{ 2017 6 23`: 牟定 2017, whose portal label says
 * 发文日期:2017年06月28日).
 */
const DATE_LOST_MARKS = /^[^\d\u4e00-\u9fa5]{0,2}\s*((?:19|20)\d{2})\s+(\d{1,2})\s+(\d{1,2})$/;

/**
 * Rule `compact-date-remark`: the day a report was delivered, written as eight digits in brackets after its title by a
 * site's label (湘潭县2023年政府工作报告(20221223): 湘潭县 2023).
 */
const COMPACT_DATE_REMARK = /（((?:19|20)\d{2})(\d{2})(\d{2})）$/;

/**
 * Rule `date-marks-run-together`: a signature date whose 年月日 a copy lost with the spaces between them, the digits run
 * together alone on their line under the signature (东宁市人民政府办公室 / 2018525: 东宁 2018; 忻州市人民政府办公室 /
 * 2022530: 忻州 2022; 沈阳市辽中区人民政府 / 2024115: 辽中 2024), or opening an adoption line that kept its 日
 * (20231221日明山区第十届人民代表大会第次会议通过: 明山 2023), or alone with its 日 (萍乡市人民政府办公室 / 2019515日: 萍乡
 * 2019). The month and day are read where only one split is a date
 * (5 25, not 52 5); where two are (1 15 or 11 5), the one not after the day the page was posted (发布时间:2024-01-18).
 */
const DATE_RUN_TOGETHER = /^((?:19|20)\d{2})(\d{2,4})(?:日(?:(?=[\u4e00-\u9fa5]{0,40}通过$)[\u4e00-\u9fa5]*)?)?$/;

/**
 * Rule `adoption-note-date`: the bracketed note of the meeting that adopted a document, opening its line under the title, dates
 * it, even where the copy runs the text on after it ((2025年12月6日中国共产党益阳市第七届委员会 第九次全体会议通过)中国共产党益阳市
 * …: 益阳 2025, a party committee's proposal for the 15th five-year plan).
 */
const ADOPTION_NOTE = /^（\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日[^（）]{0,60}?通过\s*）/;

const DATE_ALONE = /^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})$/;
const WEEKDAY_LINE = /^星期[一二三四五六日天]$/;
/** A headline: a short line with no sentence mark (see rule `date-under-headline`). */
const HEADLINE_LINE = /^[^。，,；;！!？?]{6,40}$/;
/** How far down a page a date under its headline is looked for. */
const HEADLINE_REACH = 6;

/** The content of the last non-empty line before `index`, '' if none. */
function lineBefore(lines: readonly Line[], index: number): string {
  for (let at = index - 1; at >= 0; at--) if (lines[at].content.trim() !== '') return lines[at].content.trim();
  return '';
}

/** A date after a label of a page's metadata (发布日期：, 公开日期:, 更新时间:): no signature line. */
const LABELLED_DATE = /(?:日期|时间)\s*[：:]/;

export function findIssuedOn(
  header: readonly Line[],
  lines: readonly Line[],
  labels: Map<string, Found>,
  pageLines: readonly Line[],
  numberYear: number | null,
): { value: string | null; span: TextSpan | null } {
  // Rule `date-before-number`: no day before its document number's year dates a document (河东区 2022, 东发改〔2022〕17号,
  // under its portal's header clock 天津市河东区人民政府 2019年12月3日星期二: the day the page was fetched as the site shows it).
  const beforeNumber = (year: string) => numberYear !== null && Number(year) < numberYear;
  const written = labels.get('成文日期') ?? labels.get('成文时间');
  const iso = written && DATE_ISO.exec(written.value);
  if (written && iso) return { value: isoDate(iso[1], iso[2], iso[3]), span: written.span };
  // The signature date: a short line (issuer + date) in the header, else near the end of the document.
  const tail = lines.slice(Math.max(0, lines.length - 15)).filter((line) => line.content.length > 0);
  for (const line of [...header, ...tail]) {
    const adopted = ADOPTION_NOTE.exec(line.content);
    if (adopted) {
      const start = line.start + adopted[0].indexOf(adopted[1]);
      return { value: isoDate(adopted[1], adopted[2], adopted[3]), span: { start, end: start + `${adopted[1]}年${adopted[2]}月${adopted[3]}日`.length } };
    }
    // A labelled date of the page (发布日期:2024年06月28日, 生成日期:…) is when it was posted, not signed: read below.
    if (line.content.length > 40 || LABELLED_DATE.test(line.content)) continue;
    const lost = DATE_LOST_MARKS.exec(line.content) ?? COMPACT_DATE_REMARK.exec(line.content);
    if (lost && Number(lost[2]) >= 1 && Number(lost[2]) <= 12 && Number(lost[3]) >= 1 && Number(lost[3]) <= 31) {
      const start = line.start + lost.index + lost[0].indexOf(lost[1]);
      return { value: isoDate(lost[1], lost[2], lost[3]), span: { start, end: line.end } };
    }
    const runTogether = DATE_RUN_TOGETHER.exec(line.content);
    // Under a signature only (a figure alone on its line in a table, 202112, is no date), or opening an adoption line.
    if (runTogether && (runTogether[0].endsWith('通过') || SIGNATURE_END.test(contentBefore(lines, line.index)))) {
      const value = splitRunTogether(runTogether[1], runTogether[2], pageLines);
      if (value) return { value, span: { start: line.start, end: line.start + 4 + runTogether[2].length } };
      continue;
    }
    const date = dateIn(line.content);
    if (!date || beforeNumber(date.iso.slice(0, 4))) continue;
    // A date with its clock time (2020年07月23日06:05:59) is a page's timestamp, no signature: read below.
    if (/^\s*\d{1,2}[:时]\d{1,2}/.test(line.content.slice(date.index + date.length))) continue;
    const start = line.start + date.index;
    return { value: date.iso, span: { start, end: start + date.length } };
  }
  // Rule copy-date-after-number: a page posted more than a year after its document number's year (宁政发[2006]275号 on a
  // law site stamped 2020年07月23日06:05:59: 南京 2006) is a later copy; its date is no issue date.
  const posted = (year: string) => numberYear === null || Number(year) <= numberYear + 1;
  // A portal's 发文日期 where the page shows no signature (临安 2022: 发布单位 | 区政府 | 发文日期 | 2022-07-14 |); some portals
  // stamp it later than the signature (太湖 2019: 发文日期: 2019-01-23, signed 2019年1月17日), so a signature comes first.
  const issued = labels.get('发文日期');
  const issuedIso = issued && DATE_ISO.exec(issued.value);
  if (issued && issuedIso && posted(issuedIso[1])) return { value: isoDate(issuedIso[1], issuedIso[2], issuedIso[3]), span: issued.span };
  const published = labels.get('发布日期');
  const publishedIso = published && DATE_ISO.exec(published.value);
  if (published && publishedIso && posted(publishedIso[1])) return { value: isoDate(publishedIso[1], publishedIso[2], publishedIso[3]), span: published.span };
  // A news page's own timestamp ("2013-11-16 07:47 来源:郑州晚报"): the day it was published.
  for (const [index, line] of pageLines.entries()) {
    // Rule `date-over-weekday`: an e-paper reader's date alone on its line over the weekday (电子报阅读机 / 2026-01-23 / 星期五:
    // 淄博 2026) is the paper's day.
    const alone = line.content.length <= 12 ? DATE_ALONE.exec(line.content.trim()) : null;
    if (alone && WEEKDAY_LINE.test(pageLines[index + 1]?.content ?? '') && posted(alone[1]) && !beforeNumber(alone[1]))
      return { value: isoDate(alone[1], alone[2], alone[3]), span: { start: line.start, end: line.end } };
    // Rule `date-under-headline`: a date alone on its line right under a page's headline near its top (舟曲 2016: 甘南舟曲:构建
    // 大环线发展大旅游 / 2016-12-05) is the day the page was published.
    if (alone && index <= HEADLINE_REACH && posted(alone[1]) && !beforeNumber(alone[1]) && HEADLINE_LINE.test(lineBefore(pageLines, index)))
      return { value: isoDate(alone[1], alone[2], alone[3]), span: { start: line.start, end: line.start + line.content.trimEnd().length } };
    const stamp = PAGE_TIMESTAMP.exec(line.content) ?? DATELINE_PAPER.exec(line.content) ?? DATELINE_SOURCE.exec(line.content);
    // Rule `header-clock`: a portal's clock over its navigation, the day and weekday with no time (涟水 2023: 2024年05月17日
    // 星期五 / 网站首页 专题 详情 / …headline / 2023-09-22 09:00:11), is the day the page was fetched; a timestamp with its
    // time further down is the item's own.
    if (stamp && index < HEADER_CLOCK_LINES && /星期/.test(stamp[0]) && !CLOCK_TIME.test(stamp[0]) && timedStampBelow(pageLines, index)) continue;
    if (stamp) {
      const [year, month, day] = stamp[1] !== undefined ? [stamp[1], stamp[2], stamp[3]] : [stamp[4], stamp[5], stamp[6]];
      if (!posted(year)) break;
      if (beforeNumber(year)) continue;
      const start = line.start + stamp.index + stamp[0].indexOf(year);
      return { value: isoDate(year, month, day), span: { start, end: line.start + stamp.index + stamp[0].length } };
    }
  }
  return { value: null, span: null };
}

/** The lines a portal's header clock may stand on, over its navigation. */
const HEADER_CLOCK_LINES = 3;
const CLOCK_TIME = /\d{1,2}[:时]\d{1,2}/;
/** A date with its clock time (2023-09-22 09:00:11, 2023年09月22日 09:00) on a line of its own after `index`. */
const TIMED_STAMP = /^\s*(?:19|20)\d{2}(?:-|年)\d{1,2}(?:-|月)\d{1,2}日?\s*\d{1,2}[:时]\d{1,2}/;

function timedStampBelow(pageLines: readonly Line[], index: number): boolean {
  for (let at = index + 1; at < pageLines.length && at <= index + 12; at++) if (TIMED_STAMP.test(pageLines[at].content)) return true;
  return false;
}

/** What a signature's last line ends with: the issuing body (人民政府, 办公室, 法院 …). */
const SIGNATURE_END = /(?:人民政府|政府|办公室|办公厅|委员会|法院|检察院|行政公署|管理委员会|管委会|局|委)$/;

/** The content of the last non-empty line before the line of that index. */
function contentBefore(lines: readonly Line[], index: number): string {
  for (let i = index - 1; i >= 0 && i >= index - 4; i--) if (lines[i] && lines[i].content.length > 0) return lines[i].content;
  return '';
}

/** The one date the digits after a year can be split into (month, day), or the latest not after the page's posting date. */
function splitRunTogether(year: string, rest: string, pageLines: readonly Line[]): string | null {
  const dates: string[] = [];
  for (let cut = 1; cut < rest.length && cut <= 2; cut++) {
    const month = Number(rest.slice(0, cut));
    const day = Number(rest.slice(cut));
    // A day written with its zero (05) goes with a month written with its own (01): 2024105 is October 5, not January 05.
    if (rest.length - cut <= 2 && (rest[cut] !== '0' || rest[0] === '0') && month >= 1 && month <= 12 && day >= 1 && day <= 31)
      dates.push(isoDate(year, String(month), String(day)));
  }
  if (dates.length <= 1) return dates[0] ?? null;
  const posted = postingDate(pageLines);
  const before = posted ? dates.filter((date) => date <= posted).sort() : [];
  return before.length > 0 ? before[before.length - 1] : null;
}

/** The day a page was posted, from its publication timestamp (发布时间:2024-01-18). */
function postingDate(pageLines: readonly Line[]): string | null {
  for (const line of pageLines) {
    const stamp = PAGE_TIMESTAMP.exec(line.content);
    if (stamp && stamp[1] !== undefined) return isoDate(stamp[1], stamp[2], stamp[3]);
  }
  return null;
}

/** A date written with Arabic or Chinese numerals, as ISO, with where it is in `value`. */
export function dateIn(value: string): { iso: string; index: number; length: number } | null {
  const arabic = DATE_CN.exec(value);
  if (arabic) return { iso: isoDate(arabic[1], arabic[2], arabic[3]), index: arabic.index, length: arabic[0].length };
  const hanzi = DATE_HANZI.exec(value);
  if (!hanzi) return null;
  const year = [...hanzi[1]].map((digit) => String(HANZI_DIGITS.indexOf(digit === '○' ? '〇' : digit) % 10)).join('');
  return { iso: isoDate(year, String(hanziNumber(hanzi[2])), String(hanziNumber(hanzi[3]))), index: hanzi.index, length: hanzi[0].length };
}

const HANZI_DIGITS = '〇一二三四五六七八九零';

/** 一 … 三十一 (month and day numbers). */
function hanziNumber(value: string): number {
  const ten = value.indexOf('十');
  if (ten < 0) return HANZI_DIGITS.indexOf(value) % 10;
  const tens = ten === 0 ? 1 : HANZI_DIGITS.indexOf(value[0]) % 10;
  const units = ten === value.length - 1 ? 0 : HANZI_DIGITS.indexOf(value[ten + 1]) % 10;
  return tens * 10 + units;
}

function isoDate(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
