import type { ResponsibleRole } from '@policygraph/graph-types';
import type { RankedFunction } from './ownership-model';
import { resolveDepartment, type RegionDepartment, type ResolvedDepartment } from './resolve-department';

export interface InferredOwner {
  readonly department: ResolvedDepartment;
  readonly role: Extract<ResponsibleRole, 'lead' | 'support'>;
  readonly confidence: number;
  readonly rule: string;
}

/** At most this many supporting departments are proposed: plans list two or three co-owners for most tasks. */
export const MAX_SUPPORT = 2;
/** A supporting candidate needs at least this share of the lead's score; weaker ones are noise. */
const SUPPORT_RATIO = 0.35;

/**
 * Departments of a region for ranked functions: the best resolvable function leads, the next (up to MAX_SUPPORT,
 * strong enough) support. Two functions that resolve to the same department count once.
 */
export function chooseOwners(ranked: readonly RankedFunction[], region: string, departments: readonly RegionDepartment[]): InferredOwner[] {
  const owners: InferredOwner[] = [];
  const seen = new Set<string>();
  const top = ranked[0]?.score ?? 0;
  for (const candidate of ranked) {
    if (owners.length > MAX_SUPPORT) break;
    if (owners.length > 0 && candidate.score < SUPPORT_RATIO * top) break;
    const department = resolveDepartment(candidate.function, region, departments);
    if (!department || seen.has(department.id)) continue;
    seen.add(department.id);
    owners.push({ department, role: owners.length === 0 ? 'lead' : 'support', confidence: round(candidate.confidence), rule: candidate.rule });
  }
  return owners;
}

/** Departments in ranked order, for evaluation: every resolvable function, not just the chosen owners. */
export function rankedDepartments(ranked: readonly RankedFunction[], region: string, departments: readonly RegionDepartment[]): string[] {
  const ids: string[] = [];
  for (const candidate of ranked) {
    const department = resolveDepartment(candidate.function, region, departments);
    if (department && !ids.includes(department.id)) ids.push(department.id);
  }
  return ids;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
