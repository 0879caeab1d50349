import type { ElementDefinition } from 'cytoscape';
import type { ApiEdge, ApiNode } from '../../../api/graph-api.types';

/** Long names (projects, goals are whole sentences) are cut on the canvas; the details panel shows them whole. */
export const CAPTION_LENGTH = 16;

export function caption(name: string, length = CAPTION_LENGTH): string {
  const chars = [...name]; // code points, so a character outside the BMP is never cut in half
  return chars.length <= length ? name : `${chars.slice(0, length - 1).join('')}…`;
}

export function nodeElement(node: ApiNode, pinned: boolean): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: node.id, label: node.label, name: node.name, caption: caption(node.name || node.id) },
    classes: pinned ? 'pinned' : '',
  };
}

/**
 * RESPONSIBLE edges carry role (lead|support|co-responsible), presumedLead and basis (stated|inferred); all drive the
 * edge style, so a presumed lead never looks like a stated one.
 */
/** `relationName` gives the drawn label in the reader's language (RESPONSIBLE → 负责); the type stays in `type`. */
export function edgeElement(edge: ApiEdge, relationName: (type: string) => string = (type) => type): ElementDefinition {
  const role = typeof edge.properties['role'] === 'string' ? edge.properties['role'] : '';
  const basis = typeof edge.properties['basis'] === 'string' ? edge.properties['basis'] : '';
  const presumed = edge.properties['presumedLead'] === true;
  return {
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, caption: relationName(edge.type), role, basis },
    classes: [role && `role-${role}`, presumed && 'presumed-lead', basis && `basis-${basis}`].filter(Boolean).join(' '),
  };
}
