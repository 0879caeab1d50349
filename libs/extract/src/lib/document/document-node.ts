import { regionId, type DocumentMeta, type Evidence } from '@policygraph/graph-types';
import { headerChromeLines, isPageChromeLine } from '@policygraph/parse';
import { ExtractionContext } from '../extraction-context';
import { findDocumentRegion } from '../regions/document-region';
import { addRegionWithAncestors } from '../regions/region-nodes';
import type { GazetteerEntry } from '../regions/gazetteer';

export interface DocumentFacts {
  readonly meta: DocumentMeta;
  readonly region: GazetteerEntry | null;
}

/** The Document node (metadata as properties) and its Region (ABOUT), with the region's ancestors. */
export function addDocumentAndRegion(context: ExtractionContext, fileName: string | undefined): DocumentFacts {
  const { metadata, text } = context.document;
  const region = findDocumentRegion(context);
  const titleEvidence = metadata.titleSpan ? [context.evidence(metadata.titleSpan.start, metadata.titleSpan.end)] : [];
  const meta: DocumentMeta = {
    id: context.documentId,
    title: metadata.title || fallbackTitle(text, fileName),
    region: region?.entry.name ?? null,
    issuer: metadata.issuer,
    docNumber: metadata.docNumber,
    issuedOn: metadata.issuedOn,
    period: { start: metadata.periodStart, end: metadata.periodEnd },
  };
  const evidence: Evidence[] = [...titleEvidence];
  for (const span of [metadata.docNumberSpan, metadata.issuedOnSpan, metadata.issuerSpan]) {
    if (span) evidence.push(context.evidence(span.start, span.end));
  }
  context.graph.addNode(
    context.documentNodeId,
    'Document',
    meta.title,
    {
      title: meta.title,
      issuer: meta.issuer,
      docNumber: meta.docNumber,
      issuedOn: meta.issuedOn,
      periodStart: meta.period.start,
      periodEnd: meta.period.end,
      fileName: fileName ?? null,
    },
    evidence,
  );
  if (!metadata.title) {
    context.graph.addIssue({
      code: 'TITLE_NOT_FOUND',
      message: 'No notice or document title was recognized in the first lines; the first line of four or more characters that is not page chrome is used.',
    });
  }
  if (region) {
    const regionEvidence = region.span ? [context.evidence(region.span.start, region.span.end)] : [];
    addRegionWithAncestors(context, region.entry, regionEvidence);
    // How the region was found: a line naming it (basis 'stated') or the content suggesting it ('inferred').
    context.graph.addRelationship('ABOUT', context.documentNodeId, regionId(region.entry.name), { cue: region.cue, basis: region.basis }, regionEvidence);
  } else {
    context.graph.addIssue({
      code: 'REGION_NOT_FOUND',
      message: 'Neither the issuer, the title nor the document number names a province, city or county; facts are not attached to a region.',
    });
  }
  return { meta, region: region?.entry ?? null };
}

const MIN_TITLE_LENGTH = 4;
/** A date alone, bracketed or not (（2018年8 月20 日）above an opinion's preamble: 吉林市 2018), heads nothing. */
const DATE_ALONE = /^[（(]?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[）)]?$/;
/**
 * A row of three cells or more between bars heads nothing (rule `table-row-no-headline`: 临安 2022, whose page opens with its
 * portal's metadata table, 索引号 | 000330185/2022-83945 | 公开方式 | 主动公开 |, then the rows of its 民生实事 table).
 */
const TABLE_ROW = /[^|｜\s]\s*[|｜]\s*[^|｜\s][^|｜]*[|｜]\s*[^|｜\s]/;

export function fallbackTitle(text: string, fileName?: string): string {
  // Chrome read with its neighbours among the first lines: a site's name above its breadcrumb trail (牟定 2022).
  const chrome = headerChromeLines(text);
  const firstLine =
    text
      .split('\n')
      // Page chrome (您的位置：首页>要闻) and a line of a few characters (这) are page debris, not a headline; a line ending
      // in a colon introduces what follows (the addressees 各乡镇人民政府，县政府各部门：), it heads nothing.
      .find((line, index) => {
        const content = line.trim();
        return (
          content.length >= MIN_TITLE_LENGTH &&
          !chrome.has(index) &&
          !isPageChromeLine(content) &&
          !/[：:]$/.test(content) &&
          !DATE_ALONE.test(content) &&
          !TABLE_ROW.test(content)
        );
      })
      ?.trim() ?? '';
  return firstLine.slice(0, 80) || fileName || '';
}
