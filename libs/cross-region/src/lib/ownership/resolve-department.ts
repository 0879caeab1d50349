import { departmentId } from '@policygraph/graph-types';
import { departmentNameFor } from '../functions/department-functions';

/** A department of a region as the graph knows it. */
export interface RegionDepartment {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly function: string | null;
  readonly kind: string | null;
  readonly inferred: boolean;
  /** Stated RESPONSIBLE edges it has: the department a region actually names for a function wins. */
  readonly statedTasks: number;
}

export interface ResolvedDepartment {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly function: string;
  /** True when no document of the region names it: inference creates it (Department {inferred: true}). */
  readonly created: boolean;
}

const KIND_ORDER: Readonly<Record<string, number>> = { government: 0, other: 1, vertical: 2 };

/**
 * The region's department for a function: one its documents name (government bodies before vertical branches,
 * then the one with most stated tasks), else a department named by the region's convention (省商务厅, 市商务局),
 * which inference creates as `inferred: true`. Null when the function has no conventional name.
 */
export function resolveDepartment(fn: string, region: string, departments: readonly RegionDepartment[]): ResolvedDepartment | null {
  const named = departments
    .filter((d) => d.region === region && d.function === fn && !d.inferred)
    .sort((a, b) => (KIND_ORDER[a.kind ?? 'other'] ?? 3) - (KIND_ORDER[b.kind ?? 'other'] ?? 3) || b.statedTasks - a.statedTasks || a.id.localeCompare(b.id));
  const best = named[0];
  if (best) return { id: best.id, name: best.name, region, function: fn, created: false };
  const name = departmentNameFor(fn, region);
  if (name === null) return null;
  return { id: departmentId(region, name), name, region, function: fn, created: true };
}
