import { regionId, type Evidence } from '@policygraph/graph-types';
import { ExtractionContext } from '../extraction-context';
import { gazetteer, GazetteerEntry } from './gazetteer';

/**
 * Add a Region and its ancestors (昆明市 → 云南省) with PART_OF edges. Only the named region carries the evidence;
 * ancestors are implied by the gazetteer, not stated in the text.
 */
export function addRegionWithAncestors(context: ExtractionContext, entry: GazetteerEntry, evidence: readonly Evidence[]): string {
  const id = addRegionNode(context, entry, evidence);
  let childId = id;
  for (let parent = gazetteer().parentOf(entry); parent; parent = gazetteer().parentOf(parent)) {
    const parentId = addRegionNode(context, parent, []);
    context.graph.addRelationship('PART_OF', childId, parentId, {}, evidence);
    childId = parentId;
  }
  return id;
}

function addRegionNode(context: ExtractionContext, entry: GazetteerEntry, evidence: readonly Evidence[]): string {
  const parent = gazetteer().parentOf(entry);
  return context.graph.addNode(regionId(entry.name), 'Region', entry.name, { level: entry.level, code: entry.code, parent: parent?.name ?? null }, evidence);
}
