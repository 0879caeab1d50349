import { type Line, withoutTablePipes } from '../lines';
import type { DocumentMetadata } from '../parsed-document';
import { findDocNumber, findIssuer } from './document-issuer';
import { findPeriod } from './document-period';
import { findIssuedDocument, findTitle, labelledTitle, ownTitleBelow, ownTitleBelowTag, sharedFileTitle } from './document-title';
import { findIssuedOn } from './issue-date';
import { pageChromeLines } from './page-chrome';
import { labelValues } from './portal-labels';
import { findOccasion, findSignature } from './report-occasion';

/** The notice header (发文机关, 文号, 标题, 成文日期) sits in the first lines of a published document. */
const HEADER_LINES = 40;

export function extractMetadata(text: string, lines: readonly Line[]): DocumentMetadata {
  // A page whose tables were dumped with pipes closes its caption and title lines with them too.
  const firstLines = lines.slice(0, HEADER_LINES).map(withoutTablePipes);
  const chrome = pageChromeLines(firstLines);
  const header = firstLines.filter((line) => line.content.length > 0 && !chrome.has(line.index));
  const labels = labelValues(firstLines.filter((line) => line.content.length > 0));
  const title =
    ownTitleBelow(ownTitleBelowTag(findTitle(header, chrome), header), header) ??
    labelledTitle(labels.get('名称') ?? labels.get('文件名称')) ??
    findIssuedDocument(header) ??
    sharedFileTitle(header);
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
