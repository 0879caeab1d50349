import { describeSummary } from './ingest-progress';
import { NOTHING_CHANGED, type IngestSummary } from './ingest-documents';

const summary = (ownership: IngestSummary['ownership']): IngestSummary => ({
  files: 2,
  added: 1,
  replaced: 0,
  unchanged: 0,
  duplicates: 0,
  failed: 1,
  nodes: 10,
  relationships: 20,
  outcomes: [],
  ownership,
  seconds: 1.5,
});

describe('describeSummary', () => {
  it('says the ownership inference was not done, and why, when it was skipped or failed', () => {
    const line = describeSummary(summary({ ok: false, error: 'skipped: the graph database is unavailable; run the same ingest again once it is back' }));
    expect(line).toContain('1 added, 0 replaced, 0 unchanged, 0 duplicate, 1 failed');
    expect(line).toMatch(/ownership inference not done: skipped: the graph database is unavailable/);
  });

  it('reports the inferred edges when it ran, and nothing when no document changed', () => {
    expect(describeSummary(summary({ ok: true, edges: 3, tasks: 2, learnedFrom: 5 }))).toMatch(/ownership inference: 3 inferred edges for 2 unowned items$/);
    expect(describeSummary(summary({ ok: false, error: NOTHING_CHANGED }))).not.toContain('ownership');
  });
});
