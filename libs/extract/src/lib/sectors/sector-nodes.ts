import { sectorTypeId } from '@policygraph/graph-types';
import { ExtractionContext } from '../extraction-context';
import { SectorType, TAXONOMY_SOURCE } from './sector-taxonomy';

/**
 * A Sector as the document names it (旅游文化) at normalized [start, end), an instance of the shared SectorType
 * (sectortype:culture-tourism), held by the document's region.
 */
export function addSector(context: ExtractionContext, regionNodeId: string | null, written: string, type: SectorType, start: number, end: number): string {
  const id = context.scopedId('sector', start, end);
  const evidence = [context.evidence(start, end)];
  context.graph.addNode(id, 'Sector', written, { sectorType: type.key, group: type.group }, evidence);
  const typeId = sectorTypeId(type.key);
  context.graph.addNode(typeId, 'SectorType', type.name, { key: type.key, group: type.group, parent: type.parent, source: TAXONOMY_SOURCE }, []);
  context.graph.addRelationship('INSTANCE_OF', id, typeId, {}, evidence);
  if (regionNodeId) context.graph.addRelationship('HAS_SECTOR', regionNodeId, id, {}, evidence);
  context.graph.addRelationship('MENTIONS', context.documentNodeId, id, {}, evidence);
  return id;
}
