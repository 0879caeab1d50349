import type { TextSpan } from '@policygraph/parse';
import provinceAbbreviations from '../../../data/province-abbreviations.json';
import { ExtractionContext } from '../extraction-context';
import { gazetteer, GazetteerEntry } from './gazetteer';

export interface DocumentRegion {
  readonly entry: GazetteerEntry;
  readonly span: TextSpan | null;
}

const LEVEL_ORDER = { province: 0, city: 1, county: 2 } as const;

/**
 * The region a plan is about is the jurisdiction of its issuer (云南省人民政府办公厅 → 云南省, 昆明市人民政府 →
 * 昆明市); failing that the first division named in its title; failing that the province abbreviation that opens the
 * document number (青政办〔2020〕62号 → 青海省).
 */
export function findDocumentRegion(context: ExtractionContext): DocumentRegion | null {
  const { metadata, text } = context.document;
  const candidates: Array<{ value: string | null; span: TextSpan | null }> = [
    { value: metadata.issuer, span: metadata.issuerSpan },
    { value: metadata.title, span: metadata.titleSpan },
  ];
  for (const candidate of candidates) {
    if (!candidate.value) continue;
    const found = firstDivision(candidate.value);
    if (!found) continue;
    const span = candidate.span ? locate(text, found.name, candidate.span) : null;
    return { entry: found, span };
  }
  const abbreviation = metadata.docNumber?.[0];
  const name = abbreviation ? (provinceAbbreviations.abbreviations as Record<string, string>)[abbreviation] : undefined;
  const entry = name ? gazetteer().byName.get(name)?.find((candidate) => candidate.level === 'province') : undefined;
  return entry ? { entry, span: metadata.docNumberSpan } : null;
}

/** The leftmost full division name; where one name is both a province and a city (重庆市), the province. */
function firstDivision(value: string): GazetteerEntry | null {
  const matches = gazetteer().findFullNames(value);
  if (matches.length === 0) return null;
  const name = matches[0].term;
  const entries = [...(gazetteer().byName.get(name) ?? [])].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  return entries[0] ?? null;
}

function locate(text: string, name: string, within: TextSpan): TextSpan {
  const at = text.indexOf(name, within.start);
  return at >= 0 && at < within.end ? { start: at, end: at + name.length } : within;
}
