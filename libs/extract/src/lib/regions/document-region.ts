import type { TextSpan } from '@policygraph/parse';
import provinceAbbreviations from '../../../data/province-abbreviations.json';
import { ExtractionContext } from '../extraction-context';
import { gazetteer, GazetteerEntry, isGenericDivisionName, RegionLevel } from './gazetteer';

export interface DocumentRegion {
  readonly entry: GazetteerEntry;
  readonly span: TextSpan | null;
  /** Which cue named the region (issuer, title, occasion, signature, document number, content). */
  readonly cue: RegionCue;
}

export type RegionCue = 'issuer' | 'title' | 'occasion' | 'signature' | 'document-number' | 'headline' | 'content';

const LEVEL_ORDER = { province: 0, city: 1, county: 2 } as const;
const ABBREVIATIONS = provinceAbbreviations.abbreviations as Record<string, string>;
/** 全省/全市/全县 and the office of the speaker say which level of government the document is written for. */
const SCOPE_WORDS: ReadonlyArray<{ pattern: RegExp; level: RegionLevel }> = [
  { pattern: /全省|我省|省委|省政府|省长/g, level: 'province' },
  { pattern: /全市|我市|市委|市政府|市长/g, level: 'city' },
  { pattern: /全县|我县|县委|县政府|县长/g, level: 'county' },
];

/** The people's congress a report was delivered to, in running text: "昆明市第十五届人民代表大会第五次会议在昆明会堂开幕". */
const CONGRESS = /([\u4e00-\u9fa5]{2,16}?)第[一二三四五六七八九十\d]{1,3}届人民代表大会/;
/** Where a page states its occasion: its opening. */
const OPENING_LENGTH = 1000;
/** A page without a recognized title opens with its headline or news lead ("西藏自治区将着力推进实施“十大工程”"): its first characters. */
const HEADLINE_LENGTH = 60;

/**
 * The region a document is about, from the first cue that names a division:
 * 1. its issuer (云南省人民政府办公厅 → 云南省, 昆明市人民政府 → 昆明市);
 * 2. the first division named in its title;
 * 3. for reports and speeches, the venue (在辽宁省第十四届人民代表大会…上) and the speaker's office (四川省人民政府省长);
 * 4. the people's congress a report was delivered to, named in its opening (新闻: 昆明市第十五届人民代表大会…开幕);
 * 5. its document number: a city's name (鄂州政发) or a province's abbreviation (青政办〔2020〕62号 → 青海省), or a
 *    city's first character when the text names that city (温政办 and 温州 in the text), narrowed to the district whose
 *    first character follows (杭西政办 → 西湖区);
 * 6. for a page with no recognized title, the first division its first line names (a headline or a news lead);
 * 7. the content: the division of the document's level (全省/全市, 省长/市长) the text names most often.
 */
export function findDocumentRegion(context: ExtractionContext): DocumentRegion | null {
  const { metadata, text } = context.document;
  const candidates: Array<{ cue: RegionCue; value: string | null; span: TextSpan | null }> = [
    { cue: 'issuer', value: metadata.issuer, span: metadata.issuerSpan },
    { cue: 'title', value: metadata.title, span: metadata.titleSpan },
    { cue: 'occasion', value: metadata.occasion, span: metadata.occasionSpan },
    { cue: 'signature', value: metadata.signature, span: metadata.signatureSpan },
  ];
  for (const candidate of candidates) {
    if (!candidate.value) continue;
    const found = firstDivision(candidate.value);
    if (!found) continue;
    const span = candidate.span ? locate(text, found.name, candidate.span) : null;
    return { entry: found, span, cue: candidate.cue };
  }
  const congress = CONGRESS.exec(text.slice(0, OPENING_LENGTH));
  const convened = congress ? firstDivision(congress[1]) : null;
  if (congress && convened)
    return { entry: convened, span: locate(text, convened.name, { start: congress.index, end: congress.index + congress[0].length }), cue: 'occasion' };
  const byNumber = regionOfDocumentNumber(metadata.docNumber, text);
  if (byNumber) return { entry: byNumber, span: metadata.docNumberSpan, cue: 'document-number' };
  const headline = metadata.title ? null : firstLine(text);
  const headed = headline ? firstDivision(headline.text) : null;
  if (headline && headed) return { entry: headed, span: locate(text, headed.name, headline), cue: 'headline' };
  const byContent = mostNamedDivision(text);
  return byContent ? { entry: byContent.entry, span: byContent.span, cue: 'content' } : null;
}

/**
 * The leftmost full division name; where one name is both a province and a city (重庆市), the province. A chain of
 * names written together narrows it: 深圳市盐田区人民政府 → 盐田区 (the district of 深圳市 of that name).
 */
function firstDivision(value: string): GazetteerEntry | null {
  const matches = gazetteer()
    .findFullNames(value)
    .filter((match) => !isGenericDivisionName(match.term));
  if (matches.length === 0) return null;
  const byLevel = (name: string) => [...(gazetteer().byName.get(name) ?? [])].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  let entry: GazetteerEntry | null = byLevel(matches[0].term)[0] ?? null;
  for (let i = 1; entry && i < matches.length && matches[i].start === matches[i - 1].end; i++) {
    const parent: GazetteerEntry = entry;
    const inside = byLevel(matches[i].term).find((candidate) => candidate.code !== parent.code && gazetteer().isWithin(candidate, parent.code));
    if (!inside) break;
    entry = inside;
  }
  return entry;
}

/**
 * 鄂州政发〔2021〕3号 → 鄂州市 (a city's short name opens the number); 青政办〔2020〕62号 → 青海省 (a province's
 * abbreviation), unless the text names a city of that first character more often than the province (青岛 in a
 * 青政发 of 青岛市); 温政办 → 温州市 only when the text names 温州.
 */
export function regionOfDocumentNumber(docNumber: string | null, text: string): GazetteerEntry | null {
  if (!docNumber) return null;
  const prefix = docNumber.slice(0, docNumber.search(/[〔[（]/));
  const named = gazetteer()
    .findNames(prefix)
    .filter((match) => match.start === 0 && match.end - match.start >= 2 && match.value.entry.level !== 'county');
  if (named.length > 0) return named.sort((a, b) => b.end - a.end)[0].value.entry;
  const first = prefix[0];
  if (!first) return null;
  const provinceName = ABBREVIATIONS[first];
  const province = provinceName
    ? gazetteer()
        .byName.get(provinceName)
        ?.find((entry) => entry.level === 'province')
    : undefined;
  const cities = [...gazetteer().byCode.values()].filter((entry) => entry.level === 'city' && entry.name.startsWith(first));
  const counts = mentionCounts(text, new Set([...cities, ...(province ? [province] : [])]));
  const best = cities.reduce<GazetteerEntry | null>(
    (winner, city) => ((counts.get(city) ?? 0) > (winner ? (counts.get(winner) ?? 0) : 0) ? city : winner),
    null,
  );
  if (best && (counts.get(best) ?? 0) > (province ? (counts.get(province) ?? 0) : 0)) return countyOfSecondCharacter(best, prefix[1]) ?? best;
  return province ?? null;
}

/**
 * 温鹿政办 → 鹿城区: after a city's first character, a district's or county's of that city, when exactly one of them
 * starts with it (政, 府, 办 start none).
 */
function countyOfSecondCharacter(city: GazetteerEntry, second: string | undefined): GazetteerEntry | null {
  if (!second) return null;
  const counties = [...gazetteer().byCode.values()].filter(
    (entry) => entry.level === 'county' && entry.name.startsWith(second) && gazetteer().isWithin(entry, city.code),
  );
  return counties.length === 1 ? counties[0] : null;
}

/** The division of the document's level (by 全省/全市 … counts) that the text names most often, at least 3 times. */
function mostNamedDivision(text: string): { entry: GazetteerEntry; span: TextSpan } | null {
  const level = SCOPE_WORDS.map((scope) => ({ level: scope.level, count: text.match(scope.pattern)?.length ?? 0 })).sort((a, b) => b.count - a.count)[0];
  if (!level || level.count < 3) return null;
  const counts = new Map<GazetteerEntry, { count: number; span: TextSpan }>();
  for (const match of gazetteer().findNames(text)) {
    const entry = match.value.entry;
    if (isGenericDivisionName(match.term)) continue;
    const municipality = entry.level === 'province' && /市$/.test(entry.name);
    if (entry.level !== level.level && !(municipality && level.level === 'city')) continue;
    const seen = counts.get(entry);
    counts.set(entry, { count: (seen?.count ?? 0) + 1, span: seen?.span ?? { start: match.start, end: match.end } });
  }
  let best: { entry: GazetteerEntry; count: number; span: TextSpan } | null = null;
  for (const [entry, seen] of counts) if (!best || seen.count > best.count) best = { entry, ...seen };
  return best && best.count >= 3 ? best : null;
}

function mentionCounts(text: string, entries: ReadonlySet<GazetteerEntry>): Map<GazetteerEntry, number> {
  const counts = new Map<GazetteerEntry, number>();
  for (const match of gazetteer().findNames(text)) {
    if (entries.has(match.value.entry)) counts.set(match.value.entry, (counts.get(match.value.entry) ?? 0) + 1);
  }
  return counts;
}

function firstLine(text: string): (TextSpan & { text: string }) | null {
  const start = text.search(/\S/);
  if (start < 0) return null;
  const lineEnd = text.indexOf('\n', start);
  // A division named in a citation (根据《昆明市人民政府关于…》) issued another document.
  const citation = text.indexOf('《', start);
  const end = Math.min(lineEnd < 0 ? text.length : lineEnd, citation < 0 ? text.length : citation, start + HEADLINE_LENGTH);
  return { start, end, text: text.slice(start, end) };
}

function locate(text: string, name: string, within: TextSpan): TextSpan {
  const at = text.indexOf(name, within.start);
  return at >= 0 && at < within.end ? { start: at, end: at + name.length } : within;
}
