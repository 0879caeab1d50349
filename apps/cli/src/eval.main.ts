import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractDocument, namesRegion, scoreAgainstGold, type GoldFacts, type GoldKind, type KindScore, type Mismatch } from '@policygraph/extract';
import { toSimplified } from '@policygraph/parse';
import { corpusStrategyPairings, pairingPrecision, STRATEGY_GOLD, type StrategyPairingGold } from './strategy-pairings';

/**
 * `npm run eval`: scores the extractor against the hand-checked gold files under test/gold (seeds, collected passages
 * and any subfolder), per kind and per document, micro-averaged over all documents; ownership also per convention
 * with its role accuracy; then every miss and false positive with its quote. Exit code 0; the numbers are the output.
 */
const ROOT = join(__dirname, '..', '..', '..');
const GOLD_DIR = join(ROOT, 'test', 'gold');
const KINDS: readonly GoldKind[] = ['responsibilities', 'indicators', 'projects', 'tasks', 'sectors', 'places'];

interface ConventionTotals {
  gold: number;
  found: number;
  extracted: number;
  right: number;
}

const totals = new Map<GoldKind, { gold: number; extracted: number; matched: number }>();
const conventions = new Map<string, ConventionTotals>();
const mismatches: { document: string; mismatch: Mismatch }[] = [];
let pairsMatched = 0;
let rolesMatched = 0;
const rows: string[] = [];
/** Indicators matched on name, value, unit and year whose qualifier (左右, 以上 …) agrees too, where golded. */
let qualifiersAgreeing = 0;
let qualifiersCompared = 0;
/**
 * Documents whose text names their gold region (full or short name), and those whose extracted region differs; a
 * passage whose text never names its region is listed apart (it cannot be read from the text), with what was found.
 */
let regionsScored = 0;
const wrongRegions: string[] = [];
const unnamedRegions: Array<{ line: string; right: boolean }> = [];
/** Gold files that state the document's title or issue date (pages whose header was read by hand), and the wrong ones. */
const metadataScored = { title: 0, issuedOn: 0 };
const wrongMetadata: string[] = [];
/** Gold files that state the period a document covers (first and last year; null where the page states none), and the wrong ones. */
let periodsScored = 0;
const wrongPeriods: string[] = [];
for (const file of goldFiles(GOLD_DIR)) {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as GoldFacts & {
    source: string;
    title?: string;
    issuedOn?: string | null;
    period?: { start: number; end: number } | null;
  };
  const text = readFileSync(join(ROOT, gold.source), 'utf8');
  const extracted = extractDocument(text, { documentId: gold.documentId, fileName: gold.source });
  const scores = scoreAgainstGold(extracted, gold);
  if (gold.region) {
    const line = `- ${relative(GOLD_DIR, file)}: ${extracted.document.region ?? 'none'} (gold ${gold.region})`;
    if (!namesRegion(text, gold.region)) unnamedRegions.push({ line, right: extracted.document.region === gold.region });
    else {
      regionsScored++;
      if (extracted.document.region !== gold.region) wrongRegions.push(line);
    }
  }
  if (gold.title !== undefined) {
    metadataScored.title++;
    if (comparableTitle(extracted.document.title) !== comparableTitle(gold.title))
      wrongMetadata.push(`- ${relative(GOLD_DIR, file)}: title “${extracted.document.title}” (gold “${gold.title}”)`);
  }
  if (gold.issuedOn !== undefined) {
    metadataScored.issuedOn++;
    if (extracted.document.issuedOn !== gold.issuedOn)
      wrongMetadata.push(`- ${relative(GOLD_DIR, file)}: issued ${extracted.document.issuedOn ?? 'none'} (gold ${gold.issuedOn ?? 'none'})`);
  }
  if (gold.period !== undefined) {
    periodsScored++;
    const found = extracted.document.period;
    const shown = (period: { start: number | null; end: number | null } | null) => (period && period.start !== null ? `${period.start}–${period.end}` : 'none');
    if (shown(found) !== shown(gold.period)) wrongPeriods.push(`- ${relative(GOLD_DIR, file)}: period ${shown(found)} (gold ${shown(gold.period)})`);
  }
  for (const kind of KINDS) {
    const score: KindScore | undefined = scores[kind];
    if (!score) continue;
    qualifiersAgreeing += score.qualifiersAgreeing ?? 0;
    qualifiersCompared += score.qualifiersCompared ?? 0;
    rows.push(row(relative(GOLD_DIR, file).replace(/\.json$/, ''), kind, score));
    const total = totals.get(kind) ?? { gold: 0, extracted: 0, matched: 0 };
    totals.set(kind, { gold: total.gold + score.gold, extracted: total.extracted + score.extracted, matched: total.matched + score.matched });
  }
  if (scores.ownership) {
    pairsMatched += scores.ownership.pairsMatched;
    rolesMatched += scores.ownership.rolesMatched;
    for (const [name, tally] of Object.entries(scores.ownership.byConvention)) {
      const sum = conventions.get(name) ?? { gold: 0, found: 0, extracted: 0, right: 0 };
      conventions.set(name, {
        gold: sum.gold + tally.gold,
        found: sum.found + tally.found,
        extracted: sum.extracted + tally.extracted,
        right: sum.right + tally.right,
      });
    }
  }
  for (const mismatch of scores.mismatches ?? []) mismatches.push({ document: relative(GOLD_DIR, file), mismatch });
}

const header = `| document | kind | gold | extracted | matched | precision | recall | F1 |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |`;
const overall = KINDS.filter((kind) => totals.has(kind)).map((kind) => {
  const t = totals.get(kind)!;
  const precision = t.extracted === 0 ? 0 : t.matched / t.extracted;
  const recall = t.gold === 0 ? 0 : t.matched / t.gold;
  return row('all (micro)', kind, { ...t, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) });
});
const conventionRows = [...conventions.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, t]) => {
    const precision = t.extracted === 0 ? 0 : t.right / t.extracted;
    const recall = t.gold === 0 ? 0 : t.found / t.gold;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return `| ${name} | ${t.gold} | ${t.extracted} | ${t.found} | ${t.right} | ${t.extracted === 0 ? '–' : f(precision)} | ${t.gold === 0 ? '–' : f(recall)} | ${f(f1)} |`;
  });
const out = [
  header,
  ...rows,
  ...overall,
  '',
  'Ownership per convention (gold edges tagged with it / extracted edges read by it):',
  '| convention | gold | extracted | gold found | extracted right | precision | recall | F1 |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...conventionRows,
  '',
  `Lead accuracy (role as stated, over gold responsibilities found whatever the role): ${rolesMatched}/${pairsMatched} = ${pairsMatched === 0 ? '–' : f(rolesMatched / pairsMatched)}`,
  `Indicator qualifiers (左右, 以上, 以内 …) agree on ${qualifiersAgreeing} of ${qualifiersCompared} matched indicators whose gold states one`,
  `Document region right on ${regionsScored - wrongRegions.length} of ${regionsScored} documents whose text names their gold region${wrongRegions.length > 0 ? ':' : ''}`,
  ...wrongRegions,
  `Not scored: ${unnamedRegions.length} passages whose text never names their gold region (by full or short name); right anyway on ${
    unnamedRegions.filter((unnamed) => unnamed.right).length
  } (inferred from the places named or a word such as 全疆):`,
  ...unnamedRegions.map((unnamed) => unnamed.line),
  `Document title and issue date right on ${metadataScored.title + metadataScored.issuedOn - wrongMetadata.length} of ${
    metadataScored.title + metadataScored.issuedOn
  } golded (${metadataScored.title} titles, ${metadataScored.issuedOn} dates)${wrongMetadata.length > 0 ? ':' : ''}`,
  ...wrongMetadata,
  `Document period right on ${periodsScored - wrongPeriods.length} of ${periodsScored} golded${wrongPeriods.length > 0 ? ':' : ''}`,
  ...wrongPeriods,
  '',
  `Misses and false positives (${mismatches.length}):`,
  ...mismatches.map(({ document, mismatch }) => {
    const what = mismatch.quote === undefined ? 'miss' : 'false positive';
    const tag = mismatch.convention ? ` [${mismatch.convention}]` : '';
    const quote = mismatch.quote ? ` — “${mismatch.quote.replace(/\s+/g, ' ').slice(0, 120)}”` : '';
    return `- ${document} ${mismatch.kind} ${what}${tag}: ${mismatch.text}${quote}`;
  }),
  '',
  ...strategyPairingLines(),
];
process.stdout.write(`${out.join('\n')}\n`);

/** Hand-checked precision of strategy pairings (test/gold/strategy-pairings.json) on what the code pairs now. */
function strategyPairingLines(): string[] {
  const gold = JSON.parse(readFileSync(STRATEGY_GOLD, 'utf8')) as StrategyPairingGold;
  const current = corpusStrategyPairings();
  const score = pairingPrecision(gold, current);
  return [
    `Strategy pairings (default corpus: ${current.length} pairings; hand-checked sample of ${gold.pairings.length}, seed ${gold.seed}): ` +
      `precision ${score.judged === 0 ? '–' : f(score.correct / score.judged)} (${score.correct}/${score.judged} correct; ${score.dropped} judged pairings no longer made, ${score.pending} made but not judged yet — run npm run strategy-sample)`,
    ...score.wrong.map(
      (pairing) =>
        `- wrong: ${pairing.region ?? '?'} ${pairing.strategy} [${pairing.term}] — ${pairing.note ?? ''} — “${pairing.quote.replace(/\s+/g, ' ').slice(0, 100)}”`,
    ),
  ];
}

/** Titles compared as written, whatever the width of their brackets and the spaces a page puts in them. */
/**
 * Titles compared as the extractor reads text: gold keeps the page's ASCII brackets and punctuation (肇庆:2025年…,
 * …5.6%以上,历城区…), the extracted title has them full-width, as the parser normalizes them between Chinese words.
 */
function comparableTitle(title: string): string {
  const fullWidth: Record<string, string> = { '(': '（', ')': '）', ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };
  // A page in Traditional characters is read as Simplified; a title cited inside another may be marked 〈〉 or 《》.
  return toSimplified(title)
    .replace(/\s/g, '')
    .replace(/[(),:;!?]/g, (mark) => fullWidth[mark])
    .replace(/〈/g, '《')
    .replace(/〉/g, '》');
}

function f(x: number): string {
  return x.toFixed(2);
}

function row(document: string, kind: string, s: KindScore): string {
  return `| ${document} | ${kind} | ${s.gold} | ${s.extracted} | ${s.matched} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} |`;
}

/** Gold files of the folder and its subfolders, in a stable order. */
function goldFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json') && join(entry.parentPath, entry.name) !== STRATEGY_GOLD)
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
