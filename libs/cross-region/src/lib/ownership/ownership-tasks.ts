import { withoutResponsibilityClauses } from '../text/responsibility-clause';
import type { OwnershipExample, OwnershipQuestion } from './ownership-model';

/** A goal or project with what inference reads about it, and its stated owners (if any). */
export interface OwnershipTask {
  readonly id: string;
  readonly documentId: string;
  readonly region: string | null;
  readonly name: string;
  readonly text: string;
  readonly terms: readonly string[];
  readonly sector: string | null;
  readonly stated: readonly { readonly role: string; readonly function: string | null; readonly department: string }[];
  readonly evidenceJson: string | null;
}

export function asExample(task: OwnershipTask): OwnershipExample {
  const functionsOf = (role: string) => task.stated.filter((owner) => owner.role === role && owner.function !== null).map((owner) => owner.function!);
  return { terms: task.terms, sector: task.sector, leadFunctions: functionsOf('lead'), supportFunctions: functionsOf('support') };
}

export function asQuestion(task: OwnershipTask): OwnershipQuestion {
  return { terms: task.terms, sector: task.sector, text: withoutResponsibilityClauses(`${task.name}。${task.text}`) };
}

export function statedLeads(task: OwnershipTask): string[] {
  return task.stated.filter((owner) => owner.role === 'lead').map((owner) => owner.department);
}
