import { placeId } from '@policygraph/graph-types';
import placeAliases from '../../../data/place-aliases.json';
import { AhoCorasick, DictionaryMatch, leftmostLongest } from '../dictionary/aho-corasick';
import { ExtractionContext } from '../extraction-context';
import { gazetteer, GazetteerEntry, PlaceName } from '../regions/gazetteer';

/** A short form (格尔木 for 格尔木市) is read as a place only where lists and place nouns put it. */
const SHORT_FORM_FOLLOWER = /^($|[、，。；等和与及市县区州（）—\-\s]|都市圈|城区|片区|新区|地区|港|机场)/;
/** …or where a list or a verb that takes a place as its object puts it (推动永州…, 在永顺…, 、凤凰古城). */
const SHORT_FORM_PRECEDER = /(^|[、—]|推动|促进|支持|鼓励|依托|立足|引导|带动|聚焦|统筹|以|在|将|把)$/;
/**
 * Short forms that are also ordinary words (通道 "channel", 古城 "old town", 富民 "enrich the people", 长寿 "longevity")
 * count only inside a list of places (…、长寿、…).
 */
const AMBIGUOUS_SHORT_FORMS = new Set([
  '通道',
  '古城',
  '富民',
  '长寿',
  '安宁',
  '和平',
  '新平',
  '南岸',
  '江北',
  '城中',
  '城关',
  '永和',
  '平安',
  '新华',
  '东方',
  '先进',
  '开发',
  '仁和',
  '和政',
  '民和',
  '大同',
  '新城',
  '新市',
  '太平',
  '吉利',
  '宁安',
  '普安',
  '永新',
  '上城',
  '下城',
  '白云',
  '青山',
  '凤凰',
  '龙泉',
  '西山',
  '东山',
  '南山',
  '北山',
  '高新',
  '通州',
  '城口',
]);

/** What a place term stands for: a division's name (full or short) or an urban cluster (its member codes). */
type PlaceTerm = { readonly name: PlaceName; readonly cluster: null } | { readonly name: null; readonly cluster: readonly string[] };

/**
 * Per-region automata kept, least recently used dropped first (a document names one region). Room for every
 * province and then some: a corpus of one document per province cycling through a smaller cache rebuilt an
 * automaton for every document (a few hundred names each, so 64 of them are cheap to keep).
 */
const MAX_REGION_AUTOMATA = 64;
const regionAutomata = new Map<string, AhoCorasick<PlaceTerm>>();

/**
 * One automaton per region with the names of the divisions inside it and every urban cluster alias, so the text is
 * scanned once for both (a region has a few hundred of the gazetteer's names).
 */
function placeTerms(regionCode: string): AhoCorasick<PlaceTerm> {
  const cached = regionAutomata.get(regionCode);
  if (cached) {
    regionAutomata.delete(regionCode);
    regionAutomata.set(regionCode, cached);
    return cached;
  }
  const built = new AhoCorasick<PlaceTerm>();
  for (const { term, value } of gazetteer().namesInside(regionCode)) built.add(term, { name: value, cluster: null });
  for (const [name, codes] of Object.entries(placeAliases.aliases)) built.add(name, { name: null, cluster: codes });
  if (regionAutomata.size >= MAX_REGION_AUTOMATA) regionAutomata.delete(regionAutomata.keys().next().value as string);
  regionAutomata.set(regionCode, built);
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
  // One pass finds both kinds of term; each keeps the order a dictionary of its own kind alone would report.
  const names: Array<DictionaryMatch<PlaceName>> = [];
  const clusters: Array<DictionaryMatch<readonly string[]>> = [];
  placeTerms(region.code).scan(text, (start, end, term, value) => {
    if (value.name) names.push({ start, end, term, value: value.name });
    else clusters.push({ start, end, term, value: value.cluster });
  });
  const mentions = [...placeMentions(text, names, region), ...clusterMentions(leftmostLongest(clusters), region)].sort((a, b) => a.start - b.start);
  for (const mention of mentions) {
    const id = placeId(mention.entry.code);
    const evidence = [context.evidence(mention.start, mention.end)];
    const parent = gazetteer().parentOf(mention.entry);
    context.graph.addNode(id, 'Place', mention.entry.name, { code: mention.entry.code, level: mention.entry.level, parent: parent?.name ?? null }, evidence);
    context.graph.addRelationship('MENTIONS', context.documentNodeId, id, {}, evidence);
    context.graph.addRelationship('PART_OF', id, context.regionNodeId, {}, evidence);
    for (const scope of context.projectScopes) {
      if (mention.start >= scope.start && mention.end <= scope.end) context.graph.addRelationship('LOCATED_IN', scope.id, id, {}, evidence);
    }
  }
  return mentions.length;
}

/**
 * `inRegion`: every occurrence of a name of a division inside the region (the region itself excluded). The region's
 * own short name (吉林 in a 吉林省 text: 视察吉林重要讲话) stands for the region, not for a division named like it (吉林市).
 */
function placeMentions(text: string, inRegion: Array<DictionaryMatch<PlaceName>>, region: GazetteerEntry): PlaceMention[] {
  // Leftmost-longest over the candidates inside the region, so 海东市 wins over 海东 and 玉树市 over 玉树.
  inRegion.sort((a, b) => a.start - b.start || b.end - a.end || levelRank(a.value.entry) - levelRank(b.value.entry));
  const chosen: PlaceMention[] = [];
  let covered = 0;
  for (const match of inRegion) {
    if (match.start < covered) continue;
    if (match.value.short && (region.name.startsWith(match.term) || !readsAsPlace(text, match.start, match.end, match.term))) continue;
    // A short form right after another place name is part of a compound name (丽江古城: the old town, not 古城区).
    if (match.value.short && chosen.length > 0 && chosen[chosen.length - 1].end === match.start) continue;
    chosen.push({ entry: match.value.entry, start: match.start, end: match.end });
    covered = match.end;
  }
  return chosen;
}

/** Does a short form at [start, end) stand for the division rather than for a word that contains it? */
export function readsAsPlace(text: string, start: number, end: number, term: string): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 3);
  // 岳麓山, 澜沧江, 怒江…: a short form running into a landform noun names the mountain or river.
  if (/^[山江河湖峰岭]/.test(after)) return false;
  if (AMBIGUOUS_SHORT_FORMS.has(term)) return /[、—]$/.test(before) || /^[、—]/.test(after);
  return SHORT_FORM_FOLLOWER.test(after) || SHORT_FORM_PRECEDER.test(before);
}

/** `clusters`: the leftmost-longest cluster aliases of the text. */
function clusterMentions(clusters: ReadonlyArray<DictionaryMatch<readonly string[]>>, region: GazetteerEntry): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const match of clusters) {
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
