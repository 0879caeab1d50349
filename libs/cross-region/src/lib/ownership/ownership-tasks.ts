import { withoutResponsibilityClauses } from '../text/responsibility-clause';
import type { OwnershipExample, OwnershipQuestion } from './ownership-model';

/** A stated owner: role as the text says it; presumedLead marks the first unit of a plain list (a presumption). */
export interface StatedOwner {
  readonly role: string;
  readonly presumedLead?: boolean;
  readonly function: string | null;
  readonly department: string;
}

/**
 * Whether an owner teaches inference "who leads tasks like this": a stated lead, or the presumed lead of a plain list
 * (the common convention, which is what inference itself can offer). Co-responsible and support owners teach support.
 */
export function leadsForLearning(owner: StatedOwner): boolean {
  return owner.role === 'lead' || owner.presumedLead === true;
}

/** A goal or project with what inference reads about it, and its stated owners (if any). */
export interface OwnershipTask {
  readonly id: string;
  readonly documentId: string;
  readonly region: string | null;
  readonly name: string;
  readonly text: string;
  readonly terms: readonly string[];
  readonly sector: string | null;
  readonly stated: readonly StatedOwner[];
  readonly evidenceJson: string | null;
}

export function asExample(task: OwnershipTask): OwnershipExample {
  const functionsOf = (leads: boolean) =>
    task.stated.filter((owner) => leadsForLearning(owner) === leads && owner.function !== null).map((owner) => owner.function!);
  return { terms: task.terms, sector: task.sector, leadFunctions: functionsOf(true), supportFunctions: functionsOf(false) };
}

export function asQuestion(task: OwnershipTask): OwnershipQuestion {
  return { terms: task.terms, sector: task.sector, text: withoutResponsibilityClauses(`${task.name}。${task.text}`) };
}

/** Stated leads, or the presumed lead of a plain list when the text states none. */
export function statedLeads(task: OwnershipTask): string[] {
  return task.stated.filter(leadsForLearning).map((owner) => owner.department);
}
