import { type Line, withoutTablePipes } from '../lines';
import type { DocumentMetadata } from '../parsed-document';
import { findDocNumber, findIssuer } from './document-issuer';
import { findPeriod } from './document-period';
import {
  attachedDocument,
  findIssuedDocument,
  findTitle,
  labelledTitle,
  ownTitleBelow,
  ownTitleBelowTag,
  severalIssued,
  sharedFileTitle,
} from './document-title';
import { findIssuedOn } from './issue-date';
import { isPageChromeLine, pageChromeLines } from './page-chrome';
import { labelValues, verticalLabels } from './portal-labels';
import { findOccasion, findSignature } from './report-occasion';

/** The notice header (发文机关, 文号, 标题, 成文日期) sits in the first lines of a published document. */
const HEADER_LINES = 40;

/**
 * Rule `numbered-menu`: a portal's menu tree copied as numbered items (1. 目录 / 2. 旗人民政府 / 3. 旗人民政府办公室 / 1. 旗政府
 * 工作部门 / 2. 苏木镇人民政府 …, numbered anew under each heading: 乌拉特前旗 2025, 45 lines above the notice's title) is no
 * part of the document: its header is read below the menu.
 */
const MENU_ITEM = /^(\d{1,2})[.．]\s*[\u4e00-\u9fa5A-Za-z]{1,16}$/;
const MIN_MENU_ITEMS = 8;

function menuEnd(lines: readonly Line[]): number {
  let items = 0;
  let restarts = 0;
  let last = 0;
  let end = 0;
  for (let i = 0; i < lines.length; i++) {
    const content = lines[i].content;
    if (content.length === 0) continue;
    const item = MENU_ITEM.exec(content);
    if (item) {
      const number = Number(item[1]);
      if (number <= last) restarts++;
      last = number;
      items++;
      end = i + 1;
    } else if (!isPageChromeLine(content)) break;
  }
  return items >= MIN_MENU_ITEMS && restarts >= 2 ? end : 0;
}

/**
 * Rule `title-before-contents`: a copy that lost its line breaks runs a plan's title into its table of contents
 * (泉州市鲤城区国民经济和社会发展第十四个五年规划和二三五年远景目标纲要目录第一章 规划基础与发展环境5第一节…: 鲤城 2021, a
 * document site's preview): the title ends before 目录 where a chapter or section follows it.
 */
const TITLE_THEN_CONTENTS = /^(.{6,80}?(?:纲要|规划|计划|方案|意见|报告|办法|细则))\s*目\s*录\s*第[一二三四五六七八九十\d]{1,3}[章篇节]/;

/** 目录 with or without a blank between: the cheap test before TITLE_THEN_CONTENTS (目 alone is in 项目 and 目标 of most lines). */
const CONTENTS_WORD = /目\s*录/;

function withoutContents(line: Line): Line {
  if (!line.content.includes('目') || !CONTENTS_WORD.test(line.content)) return line;
  const match = TITLE_THEN_CONTENTS.exec(line.content);
  return match ? { ...line, content: match[1], end: line.start + match[1].length } : line;
}

export function extractMetadata(text: string, lines: readonly Line[]): DocumentMetadata {
  // A page whose tables were dumped with pipes closes its caption and title lines with them too.
  const start = menuEnd(lines);
  const firstLines = lines
    .slice(start, start + HEADER_LINES)
    .map(withoutTablePipes)
    .map(withoutContents);
  const vertical = verticalLabels(firstLines);
  const chrome = vertical.lines.size > 0 ? new Set([...pageChromeLines(firstLines), ...vertical.lines]) : pageChromeLines(firstLines);
  const header = firstLines.filter((line) => line.content.length > 0 && !chrome.has(line.index));
  const labels = labelValues(firstLines.filter((line) => line.content.length > 0));
  for (const [label, found] of vertical.values) if (!labels.has(label)) labels.set(label, found);
  const title =
    severalIssued(ownTitleBelow(ownTitleBelowTag(findTitle(header, chrome), header), header), header) ??
    labelledTitle(labels.get('名称') ?? labels.get('文件名称') ?? labels.get('信息名称') ?? labels.get('标题')) ??
    findIssuedDocument(header) ??
    sharedFileTitle(header) ??
    attachedDocument(header);
  const docNumber = findDocNumber(header, labels);
  const issuer = findIssuer(header, labels, title);
  const occasion = findOccasion(header);
  const signature = findSignature(header);
  const numberYear = docNumber ? Number(/〔(\d{4})〕/.exec(docNumber.value)?.[1] ?? NaN) : NaN;
  const issued = occasion?.date
    ? { value: occasion.date, span: occasion.dateSpan }
    : findIssuedOn(header, lines, labels, firstLines, Number.isNaN(numberYear) ? null : numberYear);
  const period = findPeriod(text, title, issued, occasion?.date && occasion.dateSpan ? { value: occasion.date, span: occasion.dateSpan } : null);
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
