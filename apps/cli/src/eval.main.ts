import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractDocument, scoreAgainstGold, type GoldFacts, type GoldKind, type KindScore } from '@policygraph/extract';

/**
 * `npm run eval`: scores the extractor against the hand-checked gold files in test/gold and its subfolders (one per
 * document or passage set, e.g. test/gold/projects), per kind and per document, and micro-averaged over all documents. Exit code 0; the numbers are the output.
 */
const ROOT = join(__dirname, '..', '..', '..');
const GOLD_DIR = join(ROOT, 'test', 'gold');
const KINDS: readonly GoldKind[] = ['responsibilities', 'indicators', 'projects', 'sectors', 'places'];

const totals = new Map<GoldKind, { gold: number; extracted: number; matched: number }>();
const rows: string[] = [];
for (const file of goldFiles(GOLD_DIR)) {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as GoldFacts & { source: string };
  const text = readFileSync(join(ROOT, gold.source), 'utf8');
  const scores = scoreAgainstGold(extractDocument(text, { documentId: gold.documentId, fileName: gold.source }), gold);
  for (const kind of KINDS) {
    const score: KindScore | undefined = scores[kind];
    if (!score) continue;
    rows.push(row(relative(GOLD_DIR, file).replace(/\.json$/, ''), kind, score));
    const total = totals.get(kind) ?? { gold: 0, extracted: 0, matched: 0 };
    totals.set(kind, { gold: total.gold + score.gold, extracted: total.extracted + score.extracted, matched: total.matched + score.matched });
  }
}

const header = `| document | kind | gold | extracted | matched | precision | recall | F1 |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |`;
const overall = KINDS.filter((kind) => totals.has(kind)).map((kind) => {
  const t = totals.get(kind)!;
  const precision = t.extracted === 0 ? 0 : t.matched / t.extracted;
  const recall = t.gold === 0 ? 0 : t.matched / t.gold;
  return row('all (micro)', kind, { ...t, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) });
});
process.stdout.write(`${header}\n${rows.join('\n')}\n${overall.join('\n')}\n`);

function row(document: string, kind: string, s: KindScore): string {
  const f = (x: number): string => x.toFixed(2);
  return `| ${document} | ${kind} | ${s.gold} | ${s.extracted} | ${s.matched} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} |`;
}

/** Gold files of the folder and its subfolders, in a stable order. */
function goldFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
