import provinceAbbreviations from '../../../data/province-abbreviations.json';
import { gazetteer, GazetteerEntry } from './gazetteer';

const ABBREVIATIONS = provinceAbbreviations.abbreviations as Record<string, string>;

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

export function mentionCounts(text: string, entries: ReadonlySet<GazetteerEntry>): Map<GazetteerEntry, number> {
  const counts = new Map<GazetteerEntry, number>();
  for (const match of gazetteer().findNames(text)) {
    if (entries.has(match.value.entry)) counts.set(match.value.entry, (counts.get(match.value.entry) ?? 0) + 1);
  }
  return counts;
}
