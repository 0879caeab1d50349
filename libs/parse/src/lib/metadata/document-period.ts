/** The period a document covers: from its title's years, a five-year plan's number, or a report's year. */
import type { TextSpan } from '../normalize/mapped-text';
import type { TitleFound } from './document-title';

/** Five-year plan numbering: 十四五 = 2021–2025. */
const FIVE_YEAR_PLANS: ReadonlyArray<{ pattern: RegExp; start: number }> = [
  { pattern: /十一五|第十一个五年/, start: 2006 },
  { pattern: /十二五|第十二个五年/, start: 2011 },
  { pattern: /十三五|第十三个五年/, start: 2016 },
  { pattern: /十四五|第十四个五年/, start: 2021 },
  { pattern: /十五五|第十五个五年/, start: 2026 },
];

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

/**
 * Rule `opening-period`: a plan stored from its preamble, with no title line, opens by saying what its period is
 * (“十二五”时期（2011—2015年）是我市…的关键时期: 邵阳 2011; “十四五”时期是我国…的第一个五年,也是鄂尔多斯…的关键时期: 鄂尔多斯
 * 2021): that five-year plan's period. Only at the very opening, the period the subject of a first sentence saying 是.
 */
const OPENING_PERIOD = /^\s*“?(十[一二三四五六]五)”?时期\s*(?:[（(]\s*(?:19|20)\d{2}\s*[—–\-~至到]\s*(?:19|20)\d{2}\s*年?\s*[）)])?[，,]?\s*是/;

/**
 * Rule `outline-per-proposal`: an outline stored from its preamble says it was drawn up after the party committee's proposal
 * for that five-year plan (本规划纲要根据《中共苏州市吴中区委关于制定苏州市吴中区国民经济和社会发展第十三个五年规划的建议》编制:
 * 吴中 2016), the standard first sentence of a 规划纲要: that plan's period.
 */
const OUTLINE_PER_PROPOSAL = /^\s*本(?:规划)?纲要[，,]?\s*根据《([^《》]{4,100}?建议)》(?:编制|制定|制订)/;

function outlinePerProposal(text: string): { start: number; end: number; span: TextSpan } | null {
  const opening = OUTLINE_PER_PROPOSAL.exec(text.slice(0, 160));
  if (!opening) return null;
  for (const plan of FIVE_YEAR_PLANS) {
    const match = plan.pattern.exec(opening[1]);
    if (!match) continue;
    const at = opening.index + opening[0].indexOf(opening[1]) + match.index;
    return { start: plan.start, end: plan.start + 4, span: { start: at, end: at + match[0].length } };
  }
  return null;
}

/**
 * Rule `contents-before-preamble`: a plan stored from its table of contents opens with the mark 目录 and its first part's or
 * chapter's heading (目录 / 第一篇 乘势而上开启社会主义现代化建设新征程 / “十四五”时期是我国…的第一个五年: 益阳 2021): the
 * preamble's first sentence after them is the opening the two rules above read.
 */
const OPENING_HEADING = /^\s*(?:目\s*录|第[一二三四五六七八九十\d]{1,3}[篇章节][^\n。，]{0,30})\s*\n/;

function openingPeriod(text: string): { start: number; end: number; span: TextSpan } | null {
  let offset = 0;
  for (let heading = OPENING_HEADING.exec(text); heading && offset < 200; heading = OPENING_HEADING.exec(text.slice(offset))) offset += heading[0].length;
  const found = periodOfOpening(offset > 0 ? text.slice(offset) : text);
  return found && { ...found, span: { start: found.span.start + offset, end: found.span.end + offset } };
}

function periodOfOpening(text: string): { start: number; end: number; span: TextSpan } | null {
  const proposal = text.slice(0, 160).includes('纲要') ? outlinePerProposal(text) : null;
  if (proposal) return proposal;
  const opening = OPENING_PERIOD.exec(text.slice(0, 120));
  if (!opening) return null;
  const plan = FIVE_YEAR_PLANS.find((candidate) => candidate.pattern.test(opening[1]));
  if (!plan) return null;
  const at = opening.index + opening[0].indexOf(opening[1]);
  return { start: plan.start, end: plan.start + 4, span: { start: at, end: at + opening[1].length } };
}

/**
 * Yearly genres (work reports, annual key points) are about the year they are delivered in: their 今年. So is the
 * division of a work report's tasks (关于落实《政府工作报告》重点工作责任分工的意见, 黑龙江 2013): a report is delivered
 * early in the year it plans.
 */
const ANNUAL_GENRE = /(工作报告|工作要点)(?:（[^（）]+）)?$|《政府工作报告》/;

/**
 * Rule `report-delivered-year`: a work report delivered to a congress (its occasion dated) is the report for the year it was
 * delivered in (2022年乌恰县政府工作报告, the page naming it by the year it reviews, delivered 2023年1月10日 with 2022年工作
 * 回顾 first: 乌恰 2023), or for the next year when delivered in November or December (2022年12月19日在通化市東昌區…: 东昌
 * 2023, whose site names it 2023年…工作报告; 湘潭县2023年政府工作报告(20221223)). So is a report whose page keeps no title,
 * only its occasion and its speaker's 我代表区人民政府向大会报告工作 (水城 2023).
 */
const WORK_REPORT_TITLE = /工作报告(?:（[^（）]+）)?$/;
const REPORTED_TO_CONGRESS = /向大会(?:作)?(?:政府)?(?:工作)?报告(?:政府)?工作|向大会作(?:政府)?工作报告/;
const LATE_MONTH = 11;

function deliveredReportYear(
  text: string,
  title: TitleFound | null,
  delivered: { value: string; span: TextSpan } | null,
): { start: number; end: number; span: TextSpan } | null {
  if (!delivered || !(title ? WORK_REPORT_TITLE.test(title.title) : REPORTED_TO_CONGRESS.test(text.slice(0, REPORT_REACH * 2)))) return null;
  const year = Number(delivered.value.slice(0, 4)) + (Number(delivered.value.slice(5, 7)) >= LATE_MONTH ? 1 : 0);
  return { start: year, end: year, span: delivered.span };
}

export function findPeriod(
  text: string,
  title: TitleFound | null,
  issued: { value: string | null; span: TextSpan | null },
  delivered: { value: string; span: TextSpan } | null = null,
): { start: number; end: number; span: TextSpan } | null {
  const issuedOn = issued.value;
  const report = deliveredReportYear(text, title, delivered);
  if (report) return report;
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
  const opening = openingPeriod(text);
  if (opening) return opening;
  // Opinions and action plans without a stated period run from issue to their first target year ("到2025年").
  const issuedYear = issuedOn ? Number(issuedOn.slice(0, 4)) : null;
  const target = /到((?:19|20)\d{2})年/.exec(text.slice(0, Math.ceil(text.length * 0.4)));
  if (issuedYear && target && Number(target[1]) >= issuedYear) {
    const at = target.index ?? 0;
    return { start: issuedYear, end: Number(target[1]), span: { start: at, end: at + target[0].length } };
  }
  return null;
}
