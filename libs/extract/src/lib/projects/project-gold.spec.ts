import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { extractDocument } from '../extract-document';
import { scoreAgainstGold, type GoldFacts } from '../evaluation/score-against-gold';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const GOLD_DIR = join(ROOT, 'test', 'gold', 'projects');

/** The hand-checked project gold of test/gold/projects: scoped passages of work reports other than the seeds. */
describe('project gold (test/gold/projects)', () => {
  const golds = readdirSync(GOLD_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const gold = JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')) as GoldFacts & { source: string };
      return { file, gold, text: readFileSync(join(ROOT, gold.source), 'utf8') };
    });

  it('covers at least 8 reports, each name written inside a golded passage', () => {
    expect(golds.length).toBeGreaterThanOrEqual(8);
    for (const { file, gold, text } of golds) {
      const ranges = gold.scope?.projects ?? [];
      expect(ranges.length).toBeGreaterThan(0);
      for (const project of gold.projects ?? []) {
        const inside = ranges.some((range) => text.slice(range.start, range.end).includes(project.name));
        if (!inside) throw new Error(`${file}: ${project.name} is not in a golded passage`);
      }
    }
  });

  it('is matched with precision ≥ 0.8 and recall ≥ 0.7 over all passages', () => {
    let gold = 0;
    let extracted = 0;
    let matched = 0;
    for (const entry of golds) {
      const result = extractDocument(entry.text, { documentId: entry.gold.documentId, fileName: entry.gold.source });
      const score = scoreAgainstGold(result, entry.gold).projects!;
      gold += score.gold;
      extracted += score.extracted;
      matched += score.matched;
    }
    expect(matched / extracted).toBeGreaterThanOrEqual(0.8);
    expect(matched / gold).toBeGreaterThanOrEqual(0.7);
  });
});
