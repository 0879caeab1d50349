import type { ElementDefinition } from 'cytoscape';
import type { ApiEdge, ApiNode } from '../../../api/graph-api.types';
import { GROUP_EDGE_TYPE, isGroupNode } from '../grouping/neighbour-groups';
import { labelStyle } from './label-styles';

/** Long names (projects, goals are whole sentences) are cut on the canvas; the details panel shows them whole. */
export const CAPTION_LENGTH = 16;

export function caption(name: string, length = CAPTION_LENGTH): string {
  const chars = [...name]; // code points, so a character outside the BMP is never cut in half
  return chars.length <= length ? name : `${chars.slice(0, length - 1).join('')}…`;
}

/** A group's caption: its label (and region or sector type) and how many neighbours it stands for. */
export function groupCaption(node: ApiNode, labelName: (label: string) => string = (label) => label): string {
  const label = labelName(String(node.properties['memberLabel']));
  const facet = node.properties['facetValue'];
  return `${typeof facet === 'string' ? `${label} · ${caption(facet, 10)}` : label} (${String(node.properties['count'])})`;
}

/** Group nodes grow with the log of their count: 30 px for 2, 56 px from about 900 (ring slots are 58 apart). */
function groupSize(count: number): number {
  return Math.round(Math.min(56, 26 + 4 * Math.log2(Math.max(count, 2))));
}

export function nodeElement(node: ApiNode, pinned: boolean, labelName?: (label: string) => string): ElementDefinition {
  if (isGroupNode(node)) {
    const size = groupSize(Number(node.properties['count']));
    const memberLabel = String(node.properties['memberLabel']);
    return {
      group: 'nodes',
      data: {
        id: node.id,
        label: node.label,
        name: node.name,
        caption: groupCaption(node, labelName),
        memberLabel,
        color: labelStyle(memberLabel).color,
        size,
      },
      classes: 'group',
    };
  }
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
  if (edge.type === GROUP_EDGE_TYPE)
    return { group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, caption: '' }, classes: 'grouped' };
  return {
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, caption: relationName(edge.type), role, basis },
    classes: [role && `role-${role}`, presumed && 'presumed-lead', basis && `basis-${basis}`].filter(Boolean).join(' '),
  };
}
