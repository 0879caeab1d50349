import { withoutTablePipes, type Line } from '../lines';
import type { TextSpan } from '../normalize/mapped-text';
import type { DocumentMetadata } from '../parsed-document';
import { pageChromeLines } from './page-chrome';

/** The notice header (发文机关, 文号, 标题, 成文日期) sits in the first lines of a published document. */
const HEADER_LINES = 40;
/** A portal's label, also boxed as a table cell: "发布机构：X", "[ 发布机构 ] | X |". */
const LABEL_LINE = /^[[〔]?(索引号|发文字号|发布机构|发文机关|主题分类|成文日期|发布日期|公文时效|来源|文号|主题词|有效性|名称[：:])/;
/**
 * A title may close with its period written either way ("（2020—2022年）", "（2020年—2022年）"), a page's "（全文）" or its
 * standing ("（试行）", "（征求意见稿）").
 */
const TITLE_END =
  /(通知|意见|规划|方案|计划|纲要|办法|决定|通告|公告|公报|规定|规则|细则|要点|规划纲要|报告|措施|举措|清单|分解|分工|工作任务|解读|(?:分工|分解|考核|指标|目标|任务)表|（\d{4}年?[—\-~～至]\d{4}年）|（\d{4}年(?:版)?）)(?:\s*（(?:全文完整|全文|摘要|修订|征求意见稿|试行|暂行|\d{4}年(?:更新|修订)(?:版)?)）)?$/;
/** A page headline quoting the document's title in 《》 alone on its line: 《闵行区关于产业高质量发展的政策意见 (征求意见稿)》. */
const QUOTED_TITLE_LINE = /^《([^《》]{4,80})》$/;
/**
 * A 印发 notice without a title line names the document it issues: "现将《X》印发给你们", "《X》已经省政府同意，现印发给你们",
 * "《X》已经市委常委会议、市政府常务会议审议通过，现印发给你们".
 */
const ISSUED_DOCUMENT = /《([^》]{4,80})》(?:已经[^，。]{0,30}?(?:同意|通过)[，,]?)?现?(?:印发|转发)给你们/;
/** Cells of a table row left inside a line once its closing pipes are gone: "公开形式 | 主动公开 | 责任部门", "---|---". */
const TABLE_ROW = /[^|｜\s]\s*[|｜]\s*[^|｜\s]/;
/**
 * A call for comments on a draft it publishes: "关于《忠县促进消费恢复发展若干政策措施（征求意见稿）》公开征求意见的通知" (忠县
 * 2022), "关于公开征求《X》意见的通知": the document is the draft, as a 印发 notice's is the plan it issues.
 */
const CONSULTED_DRAFT = /关于(?:《(.+?)》(?:公开)?征求(?:社会各界|社会公众|公众)?意见|(?:公开)?征求《(.+?)》(?:修改)?意见(?:建议)?)的?通知$/;
/** A numbered heading of the body (一、…, （一）…, 1.…) is no part of a title, even one ending in 措施 or 任务. */
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.、．])/;
/** A portal's validity mark before a title (【有效】, 【失效】, 【废止】: 〔有效〕 once normalized) is no part of the issuer. */
const VALIDITY_MARK = /^〔(?:有效|失效|废止|已废止|已失效|现行有效)〕/;
/** A repost names the original title after 原标题：, a portal after its label 标题： (吕梁 2025): marks no part of the issuer. */
const REPOSTED_TITLE_MARK = /^(?:原标题|标\s*题)：\s*/;
/**
 * A site's tag in lenticular brackets before a title (【青浦区招商】2021年青浦区政府工作报告: 青浦 2021), 〔…〕 once
 * normalized, is no part of it: a title never opens with one.
 */
const SITE_TAG = /^〔[^〔〕]{1,12}〕/;
/**
 * A report's title line carrying its occasion after a dash (政府工作报告 ——2026年1月27日在张掖市甘州区第十九届…会议上:
 * 甘州区 2026; 政府工作报告—2021年7月29日在…会议上自治县人民政府代理县长 孙立良: 围场 2021): the title ends at the dash.
 */
const TITLE_THEN_OCCASION = /^(.{2,60}?)\s*(?:——|—|－－|－|--)\s*(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年.{0,12}?在/;
/**
 * A draft's standing alone on the line below its title (政 府 工 作 报 告 / （征求意见稿）: 桦川 2023) is part of the title,
 * as when written on the title's own line; so is the plan's period (rule period-on-own-line: 亳州市加快培育低空经济高质量
 * 发展实施方案 / （2024—2027年）: 亳州 2024).
 */
const STANDING_LINE = /^（(?:征求意见稿|送审稿|讨论稿|草案|试行|暂行|修订稿|审议稿|(?:19|20)\d{2}年?[—\-~～至](?:19|20)\d{2}年)）$/;
/** A notice's release marking ("（此件公开发布）", "（此件主动公开）") is no part of the title below it. */
const RELEASE_MARKING = /^（(?:此件|本件)[^）]{0,10}）$/;
/**
 * A signature date or a document number alone on its line is no part of a title, nor is a date whose 年月日 a copy lost
 * (忻州 2022: "2022530" above the title).
 */
const DATE_OR_NUMBER_LINE = /^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{4,6}|[\u4e00-\u9fa5]{1,10}[〔[（](?:19|20)\d{2}[〕\]）]\s*\d{1,4}号)$/;
/**
 * The kinds of document a title names. A plan may call itself a 行动 (rule action-as-document-kind: 楚雄文化和旅游强州建设
 * 三年行动（2024—2026年）, issued by 中共楚雄州委办公室 楚雄州人民政府办公室印发《…三年行动（2024—2026年）》的通知: 楚雄 2024):
 * a title ending in its period or in 通知 is then whole, as one naming a 计划 is.
 */
const TITLE_KIND = /关于|规划|计划|方案|纲要|意见|报告|统计公报|措施|举措|规则|清单|分解|工作任务|》政策解读|分工表|指标表|目标表|任务表|考核表|行动/;
/** A signing body names its place first (鄂州市人民政府, 四川省发展和改革委员会) or is a national or Party body. */
const SIGNED_NAME = /^(?:[\u4e00-\u9fa5]{1,12}?(?:省|市|县|区|州|旗|盟)|国务院|国家|中共)/;
/** A body named by its level alone (市发改委, 省商务厅, 区财政局): how a text refers to a department, not how one signs. */
const SHORT_FORM = /^[省市区县州盟旗]/;
/** A division's full name alone (闵行区, 上海市), as a title may name its issuer before 关于. */
const PLACE_NAME = /^[\u4e00-\u9fa5]{1,10}(?:省|市|县|区|州|旗|盟)$/;
const ISSUER_SUFFIX = /(人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|管理局|厅|局|委)$/;
const DOC_NUMBER = /([\u4e00-\u9fa5]{1,10})[〔[（]((?:19|20)\d{2})[〕\]）]\s*(\d{1,4})号/g;
const BRACKETED_YEAR = /[〔[（](?:19|20)\d{2}[〕\]）]\s*\d{1,4}号/;
const DATE_CN = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/;
/**
 * Dates written in Chinese numerals: 二〇二六年一月二十七日. A copy may write the zero as a circle (rule circle-for-zero:
 * 二○○七年六月五日, ○ U+25CB, under 阿拉善盟's 2007 notice on a document site: 阿拉善 2007).
 */
const DATE_HANZI = /([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/;
/**
 * The occasion of a report or speech: "2026年1月27日在辽宁省第十四届人民代表大会第五次会议上". Its date is the day
 * the report was delivered, its venue names the jurisdiction.
 */
const OCCASION = /在(.{2,30}?)(?:第?[一二三四五六七八九十\d]{1,3}届)?(?:人民代表大会|人大|代表大会|政协|全体会议|工作会议).{0,20}?上/;
/** The speaker's office and name under a report's title: "四川省人民政府省长 施小琳", "上海市市长 龚 正", "省长 罗东川". */
const SIGNATURE =
  /(?:^|会议上)\s*([\u4e00-\u9fa5]{0,16}?(?:省长|市长|主席|州长|县长|区长|盟长|旗长)\s*(?:[\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{1,8}·[\u4e00-\u9fa5·]{1,12}))$/;
const DATE_ISO = /((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})/;
/**
 * A publication timestamp of page chrome, opening a line or after the paper's name: 2013-11-16 07:47, 2026年02月10日
 * 07时41分, 四川经济日报 2018-11-26 06:46, 来源:华容县政府   2021-03-23 10:56, a paper's date line 2017年03月31日 星期五; or a labelled date, with or without its time: 时间：2023-07-11 17:01,
 * 发布时间：2023-04-17 08:50:33, 发布时间:2024年10月14日, 日期:2012-10-11 16:17. A span of days (征集时间:2023-03-13至2023-03-21,
 * a consultation's period) is no publication timestamp.
 */
const PAGE_TIMESTAMP =
  /(?:(?:发布|发表|更新)?(?:时间|日期)[：:]\s*((?:19|20)\d{2})(?:-|年)(\d{1,2})(?:-|月)(\d{1,2})日?(?!\d|\s*[至到—~]\s*(?:19|20)\d{2})|(?:^|^(?:(?:信息|文章)?来源[：:]\s*)?[\u4e00-\u9fa5]{2,12}\s*)((?:19|20)\d{2})(?:-|年)(\d{1,2})(?:-|月)(\d{1,2})日?\s*(?:\d{1,2}[:时]\d{1,2}|星期[一二三四五六日天]))/;

/** Five-year plan numbering: 十四五 = 2021–2025. */
const FIVE_YEAR_PLANS: ReadonlyArray<{ pattern: RegExp; start: number }> = [
  { pattern: /十一五|第十一个五年/, start: 2006 },
  { pattern: /十二五|第十二个五年/, start: 2011 },
  { pattern: /十三五|第十三个五年/, start: 2016 },
  { pattern: /十四五|第十四个五年/, start: 2021 },
  { pattern: /十五五|第十五个五年/, start: 2026 },
];

export function extractMetadata(text: string, lines: readonly Line[]): DocumentMetadata {
  // A page whose tables were dumped with pipes closes its caption and title lines with them too.
  const firstLines = lines.slice(0, HEADER_LINES).map(withoutTablePipes);
  const chrome = pageChromeLines(firstLines);
  const header = firstLines.filter((line) => line.content.length > 0 && !chrome.has(line.index));
  const labels = labelValues(firstLines.filter((line) => line.content.length > 0));
  const title = ownTitleBelow(findTitle(header), header) ?? labelledTitle(labels.get('名称')) ?? findIssuedDocument(header);
  const docNumber = findDocNumber(header, labels);
  const issuer = findIssuer(header, labels, title);
  const occasion = findOccasion(header);
  const signature = findSignature(header);
  const numberYear = docNumber ? Number(/〔(\d{4})〕/.exec(docNumber.value)?.[1] ?? NaN) : NaN;
  const issued = occasion?.date
    ? { value: occasion.date, span: occasion.dateSpan }
    : findIssuedOn(header, lines, labels, firstLines, Number.isNaN(numberYear) ? null : numberYear);
  const period = findPeriod(text, title, issued);
  return {
    occasion: occasion ? occasion.venue : null,
    occasionSpan: occasion ? occasion.venueSpan : null,
    signature: signature?.value ?? null,
    signatureSpan: signature?.span ?? null,
    title: title?.title ?? '',
    titleSpan: title?.span ?? null,
    issuer: issuer?.value ?? null,
    issuerSpan: issuer?.span ?? null,
    docNumber: docNumber?.value ?? null,
    docNumberSpan: docNumber?.span ?? null,
    issuedOn: issued.value,
    issuedOnSpan: issued.span,
    periodStart: period?.start ?? null,
    periodEnd: period?.end ?? null,
    periodSpan: period?.span ?? null,
  };
}

interface Found {
  value: string;
  span: TextSpan;
}

/**
 * "发布机构：X" style labels of government portals; several can share a line. Every label a portal prints is listed, so
 * that a value ends where the next label starts even when the copy lost the spaces between them
 * (发布机构：市政府办公室公开方式：主动公开); only some are read.
 */
const PORTAL_LABEL =
  /(索引号|发文字号|发布机构|发文机关|主题分类|组配分类|文件分类|成文日期|成文时间|发布日期|生效日期|公文时效|有效性|公开方式|统一编号|所属机构|信息来源|来源|名称|文号)(?:[：:]|[\]〕]\s*\|)\s*/g;

function labelValues(header: readonly Line[]): Map<string, Found> {
  const found = new Map<string, Found>();
  for (const line of header) {
    // An exec loop over one module regex: matchAll would build a copy of the regex for every header line.
    const matches: RegExpExecArray[] = [];
    PORTAL_LABEL.lastIndex = 0;
    for (let match = PORTAL_LABEL.exec(line.content); match; match = PORTAL_LABEL.exec(line.content)) matches.push(match);
    matches.forEach((match, m) => {
      const valueStart = (match.index ?? 0) + match[0].length;
      const valueEnd = m + 1 < matches.length ? (matches[m + 1].index ?? line.content.length) : line.content.length;
      const value = line.content
        .slice(valueStart, valueEnd)
        .replace(/[|\s[〔]+$/, '')
        .trim();
      if (value && !found.has(match[1])) found.set(match[1], { value, span: { start: line.start + valueStart, end: line.start + valueEnd } });
    });
  }
  return found;
}

interface TitleFound {
  /** The document's own title (the plan inside a 印发 notice). */
  title: string;
  /** Everything before 关于 on the title lines: usually the issuing body. */
  prefix: string;
  span: TextSpan;
  prefixSpan: TextSpan | null;
}

function findTitle(header: readonly Line[]): TitleFound | null {
  // Sentences of the notice ("现将《…》印发给你们，请认真贯彻执行。") are not title lines.
  const candidates = header.filter(
    (line) =>
      titleBeforeOccasion(line) !== null ||
      (!LABEL_LINE.test(line.content) &&
        !/^各/.test(line.content) &&
        // The addressees (县示范区管委会，各乡、镇人民政府，县直各有关单位：) and the list of attachments are no title.
        !/[：:]$/.test(line.content) &&
        !/^附件/.test(line.content) &&
        // Whom to ask about a draft (联系人:顾莹萍, 联系电话:0572-…): no part of its title.
        !CONTACT_LINE.test(line.content) &&
        !/[。]|给你们|请认真|同意[，,]/.test(line.content) &&
        !DATE_OR_NUMBER_LINE.test(line.content) &&
        !RELEASE_MARKING.test(line.content) &&
        !NUMBERED_HEADING.test(line.content) &&
        // A row of a portal's metadata table (公开形式 | 主动公开 | 责任部门 | 肃南县政府办: 肃南 2022) is no title line.
        !TABLE_ROW.test(line.content)),
  );
  for (let i = 0; i < candidates.length; i++) {
    // An issuer's own line ("四川省发展和改革委员会") opens no title; "重庆市人民政府关于…" does.
    if (ISSUER_SUFFIX.test(candidates[i].content) && !/关于/.test(candidates[i].content)) continue;
    // A headline quoting the whole title (《…政策意见（征求意见稿）》) is the title without its marks, joined to no other line.
    const quoted = QUOTED_TITLE_LINE.exec(candidates[i].content);
    if (quoted && isWholeTitle(quoted[1])) {
      const line = candidates[i];
      return titleFrom(quoted[1], [{ ...line, content: quoted[1], start: line.start + 1, end: line.end - 1 }]);
    }
    // A title line that runs on into the report's occasion is the title up to the dash.
    const beforeOccasion = titleBeforeOccasion(candidates[i]);
    if (beforeOccasion) return titleFrom(beforeOccasion.content, [beforeOccasion]);
    let joined = '';
    const parts: Line[] = [];
    for (let j = i; j < Math.min(candidates.length, i + 4); j++) {
      // A whole title opening with its year starts the title: the page headline above it (…进展情况) is not its part.
      if (j > i && /^(19|20)\d{2}年/.test(candidates[j].content) && isWholeTitle(candidates[j].content)) break;
      // A title runs on over adjacent lines only: a sentence or a signature between two lines ends it (长兴 2024: the
      // letter's headline …意见的函, its text, 长兴县发展和改革局 / 2024年5月7日, then the draft's own title).
      if (j > i && !onlyBlankBetween(header, candidates[j - 1], candidates[j])) break;
      joined += candidates[j].content;
      parts.push(candidates[j]);
      if (candidates[j].content.length > 80) break;
      // A 印发 notice's title ends with 通知, even when the plan's own name (…计划) ends a line before it.
      const complete = /关于印发/.test(joined) ? /通知$/.test(joined) : TITLE_END.test(joined);
      if (complete && TITLE_KIND.test(joined)) {
        const standing = candidates[j + 1];
        if (standing && STANDING_LINE.test(standing.content) && !/（[^（）]+）$/.test(joined)) {
          return titleFrom(joined + standing.content, [...parts, standing]);
        }
        return titleFrom(joined, parts);
      }
    }
  }
  return null;
}

/**
 * Rule own-title-below-notice: a 印发 notice's title may name the document it issues shorter than the document names
 * itself, with no 《》 (关于印发聚焦企业关切进一步落实优化营商环境政策若干措施的通知, then the document's own title, wrapped:
 * 厦门市聚焦企业关切进一步落实 / 优化营商环境政策的若干措施: 厦门 2019). The document's own title lines below the notice,
 * holding every character of the short name in order and a few more (its place, a 的), are the title. A name the
 * notice marks with 《》 is the document's as written; the notice's own title repeated below (三门峡 2020) is no such line.
 */
function ownTitleBelow(found: TitleFound | null, header: readonly Line[]): TitleFound | null {
  if (!found) return found;
  const noticeLines = header.filter((line) => line.start >= found.span.start && line.end <= found.span.end);
  if (
    !noticeLines
      .map((line) => line.content)
      .join('')
      .includes(`关于印发${found.title}`)
  )
    return found;
  const below = header.filter((line) => line.start >= found.span.end);
  for (let i = 0; i < below.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(below.length, i + 3); j++) {
      const content = below[j].content;
      if (
        /[。：:《]/.test(content) ||
        LABEL_LINE.test(content) ||
        RELEASE_MARKING.test(content) ||
        NUMBERED_HEADING.test(content) ||
        DATE_OR_NUMBER_LINE.test(content)
      )
        break;
      joined += content;
      if (joined.length > found.title.length + 8) break;
      if (joined.length > found.title.length && TITLE_END.test(joined) && !/关于印发|通知$/.test(joined) && isSubsequence(found.title, joined)) {
        return { ...found, title: joined, span: { start: below[i].start, end: below[j].end } };
      }
    }
  }
  return found;
}

/** Whether every character of `short` stands in `long` in the same order. */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const char of long) if (at < short.length && char === short[at]) at++;
  return at === short.length;
}

const CONTACT_LINE = /^(?:联系人|联系电话|联系方式|电话|传真|邮箱|电子邮箱|地址|邮编)[：:]/;

/** Whether nothing but blank lines stands between two header lines. */
function onlyBlankBetween(header: readonly Line[], before: Line, after: Line): boolean {
  return header.every((line) => line.index <= before.index || line.index >= after.index || line.content.length === 0);
}

/** The title part of a line that runs on into the report's occasion (政府工作报告 ——2026年1月27日在…), as a line of its own. */
function titleBeforeOccasion(line: Line): Line | null {
  const match = TITLE_THEN_OCCASION.exec(line.content);
  if (!match || !isWholeTitle(match[1]) || LABEL_LINE.test(match[1])) return null;
  return { ...line, content: match[1], end: line.start + match[1].length };
}

function isWholeTitle(line: string): boolean {
  return /关于印发/.test(line) ? /通知$/.test(line) : TITLE_END.test(line) && TITLE_KIND.test(line) && !/^[^《]*》/.test(line);
}

/**
 * The title a portal states after its 名称 label (安徽 open-government pages: 名称: 泾县人民政府关于…的通知 文号: …), for a
 * page whose own headline ends in no title word (宣城 2020: 2020年1-11月份宣城市《政府工作报告》部分目标任务完成情况).
 */
function labelledTitle(label: Found | undefined): TitleFound | null {
  if (!label || label.value.length < 4) return null;
  const line: Line = { index: -1, start: label.span.start, end: label.span.start + label.value.length, content: label.value, startsWithTab: false };
  return titleFrom(label.value, [line]);
}

function findIssuedDocument(header: readonly Line[]): TitleFound | null {
  for (const line of header) {
    const match = ISSUED_DOCUMENT.exec(line.content);
    if (!match) continue;
    const start = line.start + match.index + 1;
    return { title: match[1], prefix: '', span: { start, end: start + match[1].length }, prefixSpan: null };
  }
  return null;
}

function titleFrom(joined: string, parts: readonly Line[]): TitleFound {
  const span = { start: parts[0].start, end: parts[parts.length - 1].end };
  // "《江西省人民政府关于…的若干意见》责任分工": a title dividing up a cited document names it whole, issuer and all.
  const about = joined.startsWith('《') ? -1 : joined.indexOf('关于');
  const mark = (VALIDITY_MARK.exec(joined) ?? REPOSTED_TITLE_MARK.exec(joined))?.[0].length ?? 0;
  const prefix = about > mark ? joined.slice(mark, about) : '';
  const prefixSpan = about > mark && parts[0].content.length >= about ? { start: parts[0].start + mark, end: parts[0].start + about } : null;
  // "…关于印发X的通知", "中共某区委办公室 某区人民政府办公室印发《X》的通知": the document is X.
  const published = /关于印发(?:《(.+?)》|(.+?))的?通知$/.exec(joined) ?? /印发《(.+?)》的?通知$/.exec(joined);
  const consulted = published ? null : CONSULTED_DRAFT.exec(joined);
  const inner = published ? unnestMarks(published[1] ?? published[2]) : consulted ? (consulted[1] ?? consulted[2]) : null;
  // A title with no 关于 loses only the portal's label (标题：) or validity mark and a site's tag before it.
  const unlabelled = joined.slice(mark);
  const tag = about < 0 ? (SITE_TAG.exec(unlabelled)?.[0].length ?? 0) : 0;
  const lead = about < 0 && isWholeTitle(unlabelled.slice(tag)) ? mark + tag : 0;
  const title = inner ?? (about >= 0 ? joined.slice(about) : joined.slice(lead));
  const titleSpan = !inner && lead > 0 && parts[0].content.length >= lead ? { start: parts[0].start + lead, end: span.end } : span;
  return { title, prefix, span: titleSpan, prefixSpan };
}

/**
 * Rule unnested-marks: a title cited inside the document's own 《》 marks its citations with 〈〉; standing alone, as its
 * own title line writes it, the document marks them with 《》 (印发《2024年省〈政府工作报告〉重点工作分工方案》, then the
 * plan's line 2024年省《政府工作报告》重点工作 / 分工方案: 辽宁 2024; 怀化 2023, a Traditional-character mirror).
 */
function unnestMarks(title: string | undefined): string | undefined {
  return title?.replace(/〈([^〈〉]+)〉/g, '《$1》');
}

function findDocNumber(header: readonly Line[], labels: Map<string, Found>): Found | null {
  const labelled = labels.get('发文字号');
  const sources = labelled ? [{ content: labelled.value, start: labelled.span.start }] : header.map((line) => ({ content: line.content, start: line.start }));
  for (const source of sources) {
    // Most header lines of a report are long paragraphs: look for the bracketed year first, which is cheap. A number
    // in a sentence (根据…《…》（陕政办发〔2022〕15号），结合…。) cites another document.
    if (!BRACKETED_YEAR.test(source.content) || (!labelled && /[。]/.test(source.content))) continue;
    for (const match of source.content.matchAll(DOC_NUMBER)) {
      const prefix = match[1].replace(/^.*?(发文字号|文号)/, '');
      if (prefix.length < 2 || prefix.length > 8) continue;
      const offset = (match.index ?? 0) + (match[1].length - prefix.length);
      return {
        value: `${prefix}〔${match[2]}〕${match[3]}号`,
        span: { start: source.start + offset, end: source.start + (match.index ?? 0) + match[0].length },
      };
    }
  }
  return null;
}

function findIssuer(header: readonly Line[], labels: Map<string, Found>, title: TitleFound | null): Found | null {
  const labelled = labels.get('发布机构') ?? labels.get('发文机关');
  if (labelled) return labelled;
  if (title && title.prefix && ISSUER_SUFFIX.test(title.prefix) && title.prefixSpan) return { value: title.prefix, span: title.prefixSpan };
  // An issuer signs with its full name (盐城市人民政府办公室); a short form (市发改委) or a bare body (规划建设局) is a
  // department named in a table cell.
  const line = header.find(
    (candidate) =>
      candidate.content.length <= 20 &&
      ISSUER_SUFFIX.test(candidate.content) &&
      !/关于/.test(candidate.content) &&
      !SHORT_FORM.test(candidate.content) &&
      SIGNED_NAME.test(candidate.content),
  );
  if (line) return { value: line.content, span: { start: line.start, end: line.end } };
  // "闵行区关于产业高质量发展的政策意见" with no body signing: the place named before 关于 is the one that issues.
  return title && title.prefix && PLACE_NAME.test(title.prefix) && title.prefixSpan ? { value: title.prefix, span: title.prefixSpan } : null;
}

/** A date after a label of a page's metadata (发布日期：, 公开日期:, 更新时间:): no signature line. */
const LABELLED_DATE = /(?:日期|时间)\s*[：:]/;

function findIssuedOn(
  header: readonly Line[],
  lines: readonly Line[],
  labels: Map<string, Found>,
  pageLines: readonly Line[],
  numberYear: number | null,
): { value: string | null; span: TextSpan | null } {
  const written = labels.get('成文日期') ?? labels.get('成文时间');
  const iso = written && DATE_ISO.exec(written.value);
  if (written && iso) return { value: isoDate(iso[1], iso[2], iso[3]), span: written.span };
  // The signature date: a short line (issuer + date) in the header, else near the end of the document.
  const tail = lines.slice(Math.max(0, lines.length - 15)).filter((line) => line.content.length > 0);
  for (const line of [...header, ...tail]) {
    // A labelled date of the page (发布日期:2024年06月28日, 生成日期:…) is when it was posted, not signed: read below.
    if (line.content.length > 40 || LABELLED_DATE.test(line.content)) continue;
    const date = dateIn(line.content);
    if (!date) continue;
    // A date with its clock time (2020年07月23日06:05:59) is a page's timestamp, no signature: read below.
    if (/^\s*\d{1,2}[:时]\d{1,2}/.test(line.content.slice(date.index + date.length))) continue;
    const start = line.start + date.index;
    return { value: date.iso, span: { start, end: start + date.length } };
  }
  // Rule copy-date-after-number: a page posted more than a year after its document number's year (宁政发[2006]275号 on a
  // law site stamped 2020年07月23日06:05:59: 南京 2006) is a later copy; its date is no issue date.
  const posted = (year: string) => numberYear === null || Number(year) <= numberYear + 1;
  const published = labels.get('发布日期');
  const publishedIso = published && DATE_ISO.exec(published.value);
  if (published && publishedIso && posted(publishedIso[1])) return { value: isoDate(publishedIso[1], publishedIso[2], publishedIso[3]), span: published.span };
  // A news page's own timestamp ("2013-11-16 07:47 来源:郑州晚报"): the day it was published.
  for (const line of pageLines) {
    const stamp = PAGE_TIMESTAMP.exec(line.content);
    if (stamp) {
      const [year, month, day] = stamp[1] !== undefined ? [stamp[1], stamp[2], stamp[3]] : [stamp[4], stamp[5], stamp[6]];
      if (!posted(year)) break;
      const start = line.start + stamp.index + stamp[0].indexOf(year);
      return { value: isoDate(year, month, day), span: { start, end: line.start + stamp.index + stamp[0].length } };
    }
  }
  return { value: null, span: null };
}

/** A date written with Arabic or Chinese numerals, as ISO, with where it is in `value`. */
function dateIn(value: string): { iso: string; index: number; length: number } | null {
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

interface Occasion {
  venue: string;
  venueSpan: TextSpan;
  date: string | null;
  dateSpan: TextSpan | null;
}

/** The "（日期）在…会议上" line under a report's title: its venue and the date it was delivered. */
function findOccasion(header: readonly Line[]): Occasion | null {
  for (const [index, line] of header.entries()) {
    if (line.content.length > 80) continue;
    // A long occasion line may wrap before 人民代表大会…上: the venue is still on the first line.
    const next = header[index + 1];
    const match =
      OCCASION.exec(line.content) ??
      (next && /^(——|（)?(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年/.test(line.content) ? OCCASION.exec(line.content + next.content) : null);
    if (!match || match.index + 1 + match[1].length > line.content.length) continue;
    const venueStart = line.start + match.index + 1;
    const date = dateIn(line.content.slice(0, match.index));
    return {
      venue: match[1],
      venueSpan: { start: venueStart, end: venueStart + match[1].length },
      date: date?.iso ?? null,
      dateSpan: date ? { start: line.start + date.index, end: line.start + date.index + date.length } : null,
    };
  }
  return null;
}

/** The speaker line of a report: office title and name, e.g. "四川省人民政府省长 施小琳" (alone or after 会议上). */
function findSignature(header: readonly Line[]): Found | null {
  for (const line of header) {
    // The speaker line is short, or ends a short occasion line.
    const match = line.content.length <= 80 ? SIGNATURE.exec(line.content) : null;
    if (!match) continue;
    const start = line.start + match.index + match[0].length - match[1].length;
    return { value: match[1], span: { start, end: start + match[1].length } };
  }
  return null;
}

/**
 * A plan a page reports at its opening, by the verb that issues it: 湖北省发布《湖北省服务业发展“十四五”规划》,
 * 《岳西县“十四五”服务业发展规划》印发, 浙江省政府办公厅近日印发《浙江省数字经济发展“十四五”规划》. A plan cited as a basis
 * (根据《…纲要》, 贯彻落实《…》) is not the page's subject.
 */
const REPORTED_PLAN = /(?:发布|印发|出台|审定)了?《([^《》\n]{4,60}(?:规划|纲要))》|《([^《》\n]{4,60}(?:规划|纲要))》[^。\n《]{0,16}?(?:印发|发布|出台)/;
/** How far into a page its report of a plan is looked for: its headline and lead. */
const REPORT_REACH = 300;

/** The five-year period of the plan a page reports at its opening, where its title is that plan's period. */
function reportedPlanPeriod(text: string): { start: number; end: number; span: TextSpan } | null {
  const report = REPORTED_PLAN.exec(text.slice(0, REPORT_REACH));
  if (!report) return null;
  const cited = report[1] ?? report[2];
  const citedAt = (report.index ?? 0) + report[0].indexOf(cited);
  for (const plan of FIVE_YEAR_PLANS) {
    const match = plan.pattern.exec(cited);
    if (match) {
      const at = citedAt + (match.index ?? 0);
      return { start: plan.start, end: plan.start + 4, span: { start: at, end: at + match[0].length } };
    }
  }
  return null;
}

function isoDate(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * Yearly genres (work reports, annual key points) are about the year they are delivered in: their 今年. So is the
 * division of a work report's tasks (关于落实《政府工作报告》重点工作责任分工的意见, 黑龙江 2013): a report is delivered
 * early in the year it plans.
 */
const ANNUAL_GENRE = /(工作报告|工作要点)(?:（[^（）]+）)?$|《政府工作报告》/;

function findPeriod(
  text: string,
  title: TitleFound | null,
  issued: { value: string | null; span: TextSpan | null },
): { start: number; end: number; span: TextSpan } | null {
  const issuedOn = issued.value;
  if (title) {
    const range = /((?:19|20)\d{2})年?\s*[—–\-~至到]\s*((?:19|20)\d{2})年?/.exec(title.title);
    const at = range ? text.indexOf(range[0], title.span.start) : -1;
    if (range && at >= 0) return { start: Number(range[1]), end: Number(range[2]), span: { start: at, end: at + range[0].length } };
    for (const plan of FIVE_YEAR_PLANS) {
      const match = plan.pattern.exec(title.title);
      const where = match ? text.indexOf(match[0], title.span.start) : -1;
      if (match && where >= 0) return { start: plan.start, end: plan.start + 4, span: { start: where, end: where + match[0].length } };
    }
    // One year in the title ("2026年政府工作报告", "2017年…工作方案") is the year the document is for; "到2025年" is a target.
    // "2024年…计划执行情况与2025年计划草案的报告" reviews one year and plans the next: it is for the year it plans.
    // The year may run into the title's words without 年 ("广元市2023消费促进年工作方案"), never into a unit or magnitude: a
    // headline's "旅游总收入超过2000亿元" (泉州 2022) is an amount (rule `year-not-amount`).
    const years = [...title.title.matchAll(/(?<![到至—\-~\d.])((?:19|20)\d{2})(?:年(?:度)?|(?=[\u4e00-\u9fa5])(?![亿万千百元个家名项户套张座所]))/g)];
    const single = /执行情况/.test(title.title) ? years[years.length - 1] : years[0];
    const singleAt = single ? text.indexOf(single[0], title.span.start) : -1;
    if (single && singleAt >= 0) return { start: Number(single[1]), end: Number(single[1]), span: { start: singleAt, end: singleAt + single[0].length } };
    if (ANNUAL_GENRE.test(title.title) && issuedOn && issued.span) {
      const year = Number(issuedOn.slice(0, 4));
      return { start: year, end: year, span: issued.span };
    }
  }
  // A page reporting a plan it names at its opening is about that plan's period.
  const reported = reportedPlanPeriod(text);
  if (reported) return reported;
  // Opinions and action plans without a stated period run from issue to their first target year ("到2025年").
  const issuedYear = issuedOn ? Number(issuedOn.slice(0, 4)) : null;
  const target = /到((?:19|20)\d{2})年/.exec(text.slice(0, Math.ceil(text.length * 0.4)));
  if (issuedYear && target && Number(target[1]) >= issuedYear) {
    const at = target.index ?? 0;
    return { start: issuedYear, end: Number(target[1]), span: { start: at, end: at + target[0].length } };
  }
  return null;
}
