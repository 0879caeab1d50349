/** Who issued the document and under which number (鄂州市人民政府, 鄂州政发〔2021〕12号). */
import type { Line } from '../lines';
import type { TitleFound } from './document-title';
import type { Found } from './portal-labels';

/** A signing body names its place first (鄂州市人民政府, 四川省发展和改革委员会) or is a national or Party body. */
const SIGNED_NAME = /^(?:[\u4e00-\u9fa5]{1,12}?(?:省|市|县|区|州|旗|盟)|国务院|国家|中共)/;

/** A body named by its level alone (市发改委, 省商务厅, 区财政局): how a text refers to a department, not how one signs. */
const SHORT_FORM = /^[省市区县州盟旗]/;

/** A division's full name alone (闵行区, 上海市), as a title may name its issuer before 关于. */
const PLACE_NAME = /^[\u4e00-\u9fa5]{1,10}(?:省|市|县|区|州|旗|盟)$/;

export const ISSUER_SUFFIX = /(人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|管理局|厅|局|委)$/;

const DOC_NUMBER = /([\u4e00-\u9fa5]{1,10})[〔[（]((?:19|20)\d{2})[〕\]）]\s*(\d{1,4})号/g;

const CITATION_BEFORE = /》\s*[（(]$/;

const BRACKETED_YEAR = /[〔[（](?:19|20)\d{2}[〕\]）]\s*\d{1,4}号/;

export function findDocNumber(header: readonly Line[], labels: Map<string, Found>): Found | null {
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
      // Rule `cited-number`: a number in brackets right after a title in 《》 is the cited document's, on a line a copy broke
      // out of its sentence (…若干措施的通知》(闽发改综合〔2023〕1 号)、《三明市…: 大田 2023, a PDF's lines).
      if (CITATION_BEFORE.test(source.content.slice(Math.max(0, offset - 3), offset))) continue;
      return {
        value: `${prefix}〔${match[2]}〕${match[3]}号`,
        span: { start: source.start + offset, end: source.start + (match.index ?? 0) + match[0].length },
      };
    }
  }
  return null;
}

export function findIssuer(header: readonly Line[], labels: Map<string, Found>, title: TitleFound | null): Found | null {
  // 发布单位 and 发文单位 are other portals' words for 发布机构 (杭州 2023: 发布单位: | 杭州市农业农村局(杭州市乡村振兴局) |).
  const labelled = labels.get('发布机构') ?? labels.get('发文机关') ?? labels.get('发布单位') ?? labels.get('发文单位');
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
