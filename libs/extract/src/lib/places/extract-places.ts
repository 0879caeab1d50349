import placeAliases from '../../../data/place-aliases.json';
import { AhoCorasick } from '../dictionary/aho-corasick';
import { ExtractionContext } from '../extraction-context';
import { gazetteer, GazetteerEntry } from '../regions/gazetteer';

/** A short form (格尔木 for 格尔木市) is read as a place only where lists and place nouns put it. */
const SHORT_FORM_FOLLOWER = /^($|[、，。；等和与及市县区州（）—\-\s]|都市圈|城区|片区|新区|地区|港|机场)/;

let clusterNames: AhoCorasick<string[]> | null = null;
function clusters(): AhoCorasick<string[]> {
  if (clusterNames) return clusterNames;
  const built = new AhoCorasick<string[]>();
  for (const [name, codes] of Object.entries(placeAliases.aliases)) built.add(name, codes);
  clusterNames = built;
  return built;
}

interface PlaceMention {
  readonly entry: GazetteerEntry;
  readonly start: number;
  readonly end: number;
}

/**
 * Sub-regions of the document's region named in the text (full names anywhere; short forms where the context reads
 * as a place; urban clusters such as 长株潭 through the alias table). Each is a Place (place:<code>) mentioned by the
 * document and PART_OF its region; a project whose text names a place is LOCATED_IN it.
 */
export function extractPlaces(context: ExtractionContext, region: GazetteerEntry | null): number {
  if (!region || !context.regionNodeId) return 0;
  const text = context.document.text;
  const mentions = [...placeMentions(text, region), ...clusterMentions(text, region)].sort((a, b) => a.start - b.start);
  for (const mention of mentions) {
    const placeId = `place:${mention.entry.code}`;
    const evidence = [context.evidence(mention.start, mention.end)];
    const parent = gazetteer().parentOf(mention.entry);
    context.graph.addNode(placeId, 'Place', mention.entry.name, { code: mention.entry.code, level: mention.entry.level, parent: parent?.name ?? null }, evidence);
    context.graph.addRelationship('MENTIONS', context.documentNodeId, placeId, {}, evidence);
    context.graph.addRelationship('PART_OF', placeId, context.regionNodeId, {}, evidence);
    for (const scope of context.projectScopes) {
      if (mention.start >= scope.start && mention.end <= scope.end) context.graph.addRelationship('LOCATED_IN', scope.id, placeId, {}, evidence);
    }
  }
  return mentions.length;
}

function placeMentions(text: string, region: GazetteerEntry): PlaceMention[] {
  const inRegion = gazetteer()
    .findNames(text)
    .filter((match) => match.value.entry.code !== region.code && gazetteer().isWithin(match.value.entry, region.code));
  // Leftmost-longest over the candidates inside the region, so 海东市 wins over 海东 and 玉树市 over 玉树.
  inRegion.sort((a, b) => a.start - b.start || b.end - a.end || levelRank(a.value.entry) - levelRank(b.value.entry));
  const chosen: PlaceMention[] = [];
  let covered = 0;
  for (const match of inRegion) {
    if (match.start < covered) continue;
    if (match.value.short && !SHORT_FORM_FOLLOWER.test(text.slice(match.end, match.end + 3))) continue;
    chosen.push({ entry: match.value.entry, start: match.start, end: match.end });
    covered = match.end;
  }
  return chosen;
}

function clusterMentions(text: string, region: GazetteerEntry): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const match of clusters().findLongest(text)) {
    for (const code of match.value) {
      const entry = gazetteer().byCode.get(code);
      if (entry && entry.code !== region.code && gazetteer().isWithin(entry, region.code)) mentions.push({ entry, start: match.start, end: match.end });
    }
  }
  return mentions;
}

/** Among same-named divisions prefer the larger one (玉树藏族自治州 over 玉树市) unless the text says which. */
function levelRank(entry: GazetteerEntry): number {
  return entry.level === 'province' ? 0 : entry.level === 'city' ? 1 : 2;
}
