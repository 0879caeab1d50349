import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler'; // cheerio's DOM (a dependency of cheerio)

/**
 * Labels of the document-information block portals show above a document (信息公开 tables: 索引号, 发文字号, 发布机构,
 * 成文日期; article bars: 发布时间, 来源). The body often repeats none of it, and it says who issued the document, when and
 * under which number: the region and the year its targets are of.
 */
const INFO_LABEL = /(索\s?引\s?号|发文字号|文\s?号|发布机构|发文机关|发文单位|成文日期|发布日期|发布时间|来\s?源)\s?[：:]/g;
/** An information block holds at least two labels and little else: a table, a bar of one line. */
const MIN_LABELS = 2;
const MAX_INFO_LENGTH = 600;
/** Where a label's value ends short of the next label: the bar's buttons (【字体：大 中 小】, [打印]). */
const VALUE_END = /[【\[［]/;
/** A page title long enough to be a document's, not a site's or a section's name. */
const MIN_TITLE_CJK = 6;
const MAX_TITLE_LENGTH = 120;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
/** What portals append to a page's <title>: _政策文件_青海省人民政府网, - 中国政府网, | 首页. */
const TITLE_SEPARATOR = /\s*(?:_|\||｜|—|-{1,2}|–)\s*/;
/** Where the body itself states its title: its opening. */
const TITLE_OPENING = 500;

/**
 * The lines a saved portal page states about its document outside the document's body: its information block (label
 * and value pairs, a line per table row), then its title where the body's opening does not hold it (the portal's
 * ArticleTitle meta, a heading above the body, or the page's <title> without the site's name). Read after the chrome
 * is removed; the body is `container`.
 */
export function pageHeaderLines($: CheerioAPI, container: Element): string[] {
  const body = normalize($(container).text());
  const lines = (informationBlock($, container) ?? []).filter((line) => !body.includes(line));
  const title = pageTitle($, container);
  // The body may break its title over lines (青海省人民政府办公厅 / 关于推动…的实施意见): compared without spaces.
  if (title && !unspaced(body).slice(0, TITLE_OPENING).includes(unspaced(title))) lines.push(title);
  return lines;
}

/** The smallest element outside the body holding two labels or more, as its label and value pairs (a table by rows). */
function informationBlock($: CheerioAPI, container: Element): string[] | null {
  let best: Element | null = null;
  let bestLength = Infinity;
  for (const element of $('table, tbody, ul, dl, div, p, span').get()) {
    if (!isElement(element) || isWithin(element, container) || isWithin(container, element)) continue;
    const text = normalize($(element).text());
    if (text.length > MAX_INFO_LENGTH || labelsIn(text) < MIN_LABELS || text.length >= bestLength) continue;
    best = element;
    bestLength = text.length;
  }
  if (!best) return null;
  const rows = $(best).find('tr').get();
  const lines = (rows.length > 0 ? rows : [best]).map((row) => labelledPairs(normalize($(row).text())));
  return lines.filter((line) => line.length > 0);
}

/** "索引号：0150/2020-00220 发文字号：青政办〔2020〕62号": each label with its value, up to the next label or a button. */
function labelledPairs(line: string): string {
  const labels = [...line.matchAll(INFO_LABEL)];
  return labels
    .map((label, index) => {
      const from = (label.index ?? 0) + label[0].length;
      const to = labels[index + 1]?.index ?? line.length;
      const value = line.slice(from, to);
      const end = value.search(VALUE_END);
      return `${label[1].replace(/\s/g, '')}：${(end < 0 ? value : value.slice(0, end)).trim()}`;
    })
    .join(' ');
}

function pageTitle($: CheerioAPI, container: Element): string | null {
  const meta = normalize($('meta[name="ArticleTitle"], meta[name="articletitle"]').attr('content') ?? '');
  if (isTitle(meta)) return meta;
  for (const heading of $('h1, h2, .title, .bt_title, .article-title').get()) {
    if (!isElement(heading) || isWithin(heading, container)) continue;
    const text = normalize($(heading).text());
    if (isTitle(text)) return text;
  }
  const head = normalize($('title').first().text()).split(TITLE_SEPARATOR)[0] ?? '';
  return isTitle(head) ? head : null;
}

function isTitle(text: string): boolean {
  return cjkCount(text) >= MIN_TITLE_CJK && text.length <= MAX_TITLE_LENGTH;
}

function labelsIn(text: string): number {
  return new Set([...text.matchAll(INFO_LABEL)].map((match) => match[1].replace(/\s/g, ''))).size;
}

function isWithin(node: AnyNode, ancestor: AnyNode): boolean {
  for (let at: AnyNode | null = node; at; at = at.parent) if (at === ancestor) return true;
  return false;
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag';
}

/** Runs of white space (a cell's indentation, &nbsp;, the ideographic space) to one space. */
function normalize(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

function unspaced(text: string): string {
  return text.replace(/\s/g, '');
}

function cjkCount(text: string): number {
  return text.match(CJK)?.length ?? 0;
}
