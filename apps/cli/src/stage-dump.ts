import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentStages } from '@policygraph/ingest';
import { toPlainJson, type PlainJson } from './plain-json';

/** File names the stages of one document are written under, in pipeline order. */
export const STAGE_FILES: Readonly<Record<keyof DocumentStages, string>> = {
  parsed: '1-parsed.json',
  extracted: '2-extracted.json',
  enriched: '3-enriched.json',
  batch: '4-graph-batch.json',
};

/**
 * Each stage of one document as plain JSON (see README, "Stage dumps"). The parsed document gains its `documentId`
 * (the other stages carry it already) and loses its two lookups (toOriginal, sectionAt), which are functions; the
 * graph batch's Maps by label and by relationship type become objects keyed the same way.
 */
export function stageDumps(documentId: string, stages: DocumentStages): Record<keyof DocumentStages, PlainJson> {
  return {
    parsed: toPlainJson({ documentId, ...stages.parsed }, 'parsed'),
    extracted: toPlainJson(stages.extracted, 'extracted'),
    enriched: toPlainJson(stages.enriched, 'enriched'),
    batch: toPlainJson(stages.batch, 'batch'),
  };
}

/** Writes each stage's output of one document as JSON under `dir/<documentId>/`; the folder written. */
export async function dumpStages(dir: string, documentId: string, stages: DocumentStages): Promise<string> {
  const dumps = stageDumps(documentId, stages);
  const target = join(dir, documentId.replace(/[/\\]/g, '_'));
  await mkdir(target, { recursive: true });
  for (const [stage, file] of Object.entries(STAGE_FILES) as Array<[keyof DocumentStages, string]>) {
    await writeFile(join(target, file), `${JSON.stringify(dumps[stage], null, 2)}\n`);
  }
  return target;
}
