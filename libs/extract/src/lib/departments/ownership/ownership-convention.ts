import type { ResponsibleRole } from '@policygraph/graph-types';

/** One department named in a responsibility clause, with its role, span (normalized text) and the rule that read it. */
export interface ResponsibleParty {
  readonly name: string;
  readonly role: ResponsibleRole;
  /** First unit of a plain list: presumed to lead by the common convention, not stated. */
  readonly presumedLead: boolean;
  readonly start: number;
  readonly end: number;
  /** Name of the convention that gave this party its role. */
  readonly convention: string;
}

/**
 * Where the task a clause assigns is written: in the clause's own paragraph (…。（责任单位：A）), in the item
 * before a clause that stands on its own line (1.生产总值增长6%。\n责任单位：市商务局), or in every item under the
 * heading the clause is on (一、县示范区管委会牵头工作).
 */
export type ClauseAnchor = 'paragraph' | 'preceding-item' | 'section-items';

export interface ResponsibilityClause {
  readonly start: number;
  readonly end: number;
  readonly parties: readonly ResponsibleParty[];
  readonly convention: string;
  readonly anchor: ClauseAnchor;
  /** No role is stated in the clause: a document-level rule (列第一位者为牵头部门) may still name its lead. */
  readonly rolesUnstated: boolean;
  /** The task where the clause names it itself (县道由交通运输局作为实施主体: 县道), in the normalized text. */
  readonly task?: { readonly start: number; readonly end: number };
}

/**
 * An ownership convention: one way documents write who is responsible for a task. Each is a named rule with its
 * real examples in a spec beside it; adding one is adding a file and listing it in the catalogue.
 */
export interface OwnershipConvention {
  readonly name: string;
  /** What it looks like, with a short example. */
  readonly description: string;
  /** The roles it yields. */
  readonly yields: string;
  find(text: string): ResponsibilityClause[];
}
