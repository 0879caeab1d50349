import type { SearchHit } from '../../../api/graph-api.types';

export interface HitGroup {
  readonly label: string;
  readonly hits: readonly SearchHit[];
}

/** Groups search hits by node label; groups are ordered by their best hit, hits by score, both descending. */
export function groupHitsByLabel(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of [...hits].sort((a, b) => b.score - a.score)) {
    const group = groups.get(hit.node.label) ?? [];
    group.push(hit);
    groups.set(hit.node.label, group);
  }
  return [...groups].map(([label, grouped]) => ({ label, hits: grouped }));
}

/** The hits in the order the dropdown shows them, so arrow keys walk the same sequence the eye does. */
export function flattenGroups(groups: readonly HitGroup[]): SearchHit[] {
  return groups.flatMap((group) => group.hits);
}
