import { gazetteer, GazetteerEntry, isGenericDivisionName } from './gazetteer';
import { OPENING_LENGTH } from './region-cue';

/**
 * Rule `visiting-delegation`: news of a delegation that comes to the page's place names the visitors' division first, in its
 * headline and lead, and often after (麻城党政代表团来我县考察交流, then 麻城市委书记…, 麻城市是…排头兵: 浠水's site; 汉中市政府
 * 代表团来商考察, 汉中市委副书记…率政府代表团来商洛: 商洛日报 2014): that division is the guest, not the page's. A delegation
 * that goes out (赴, 到) is the page's own and is not read here.
 */
const VISITING = /([\u4e00-\u9fa5]{2,10}?)(?:党政|政府|人大|政协|市委|县委|区委)?(?:代表团|考察团|观摩团)(?:一行)?[^，,。！？\n]{0,8}?(?:来|莅临|到访)/g;

/**
 * …and the other way: the page's own delegation goes to visit others (县政协主席郭忠友带领党政考察团赴兰山区、罗庄区、兰陵县…考察
 * 学习: 沂水's news, which names its own county only in 结合沂水实际): the places visited are the hosts, not the page's.
 */
const VISITING_OUT = /(?:代表团|考察团|观摩团)(?:一行)?(?:先后)?赴([^，,。！？\n]{2,80}?)(?:考察|学习|参观|观摩|对接)/g;

/**
 * The divisions whose delegation the opening says came to visit, and those the page's own delegation went to visit: each name
 * all of one division's name, full or short.
 */
export function visitingDivisions(text: string): GazetteerEntry[] {
  const opening = text.slice(0, OPENING_LENGTH);
  if (!opening.includes('团')) return [];
  const others: GazetteerEntry[] = [];
  const add = (name: string) => {
    if (isGenericDivisionName(name)) return;
    const entries = gazetteer().entriesNamed(name);
    if (entries.length === 1 && !others.includes(entries[0])) others.push(entries[0]);
  };
  for (const match of opening.matchAll(VISITING)) add(match[1]);
  for (const match of opening.matchAll(VISITING_OUT)) for (const name of match[1].split(/[、和及与]/)) add(name.trim());
  return others;
}

/**
 * The text with every name of the guests' divisions blotted out, position for position (a content cue counts no visitor's
 * name, nor the scope words it opens: 麻城市委书记 is no 市委 of the page's).
 */
export function withoutGuests(text: string, guests: readonly GazetteerEntry[]): string {
  if (guests.length === 0) return text;
  let masked = '';
  let at = 0;
  const named = [...gazetteer().findNames(text)].filter((match) => guests.includes(match.value.entry)).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const match of named) {
    if (match.start < at) continue;
    masked += text.slice(at, match.start) + '□'.repeat(match.end - match.start);
    at = match.end;
  }
  return masked + text.slice(at);
}
