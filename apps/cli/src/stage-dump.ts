import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentStages } from '@policygraph/ingest';

/** File names the stages of one document are written under, in pipeline order. */
export const STAGE_FILES: Readonly<Record<keyof DocumentStages, string>> = {
  parsed: '1-parsed.json',
  extracted: '2-extracted.json',
  enriched: '3-enriched.json',
  batch: '4-graph-batch.json',
};

/** The graph batch groups rows in Maps (by label and type); JSON writes them as objects keyed the same way. */
const mapsAsObjects = (_key: string, value: unknown): unknown => (value instanceof Map ? Object.fromEntries(value) : value);

/**
 * Writes each stage's output of one document as JSON under `dir/<documentId>/`. The parsed document's two lookups
 * (toOriginal, sectionAt) are functions and are left out; its text, outline, paragraphs and tables are all there.
 */
export async function dumpStages(dir: string, documentId: string, stages: DocumentStages): Promise<string> {
  const target = join(dir, documentId.replace(/[/\\]/g, '_'));
  await mkdir(target, { recursive: true });
  for (const [stage, file] of Object.entries(STAGE_FILES) as Array<[keyof DocumentStages, string]>) {
    await writeFile(join(target, file), `${JSON.stringify(stages[stage], mapsAsObjects, 2)}\n`);
  }
  return target;
}
