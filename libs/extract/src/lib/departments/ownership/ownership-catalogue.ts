import { convenesWithProse } from './conventions/convenes-with-prose';
import { divisionLabel } from './conventions/division-label';
import { assignedEach } from './conventions/assigned-each';
import { dutyInProse } from './conventions/duty-in-prose';
import { applyFirstListedLeads, firstListedLeadsRules, othersSupportRule } from './conventions/first-listed-leads-rule';
import { indicatorTableUnitCells } from './conventions/indicator-table-unit-cells';
import { labelInRoundBrackets, labelInTortoiseBrackets } from './conventions/label-in-brackets';
import { labelLine } from './conventions/label-line';
import { leadInHeading } from './conventions/lead-in-heading';
import { ledByProse } from './conventions/led-by-prose';
import { quotaDivision } from './conventions/quota-division';
import { responsibleInProse } from './conventions/responsible-in-prose';
import { responsibleLine } from './conventions/responsible-line';
import { applyResponsibleUnitsLead, responsibleUnitsLeadRules } from './conventions/responsible-units-lead-rule';
import { subjectInProse } from './conventions/subject-in-prose';
import { unitColumnLine } from './conventions/unit-column-line';
import { unitThenDutyLines } from './conventions/unit-then-duty-lines';
import { bareListInBrackets, leadVerbInBrackets, responsibleVerbInBrackets } from './conventions/verb-in-brackets';
import type { OwnershipConvention, ResponsibilityClause } from './ownership-convention';

/**
 * The ownership conventions, most specific first: where two read the same words, the earlier one wins. The
 * document-level rules (列第一位者为牵头部门; 无牵头单位的，责任单位即为牵头单位) are applied after them, to the clauses
 * that state no role.
 */
export const OWNERSHIP_CONVENTIONS: readonly OwnershipConvention[] = [
  labelInRoundBrackets,
  labelInTortoiseBrackets,
  leadVerbInBrackets,
  responsibleVerbInBrackets,
  bareListInBrackets,
  labelLine,
  divisionLabel,
  ledByProse,
  convenesWithProse,
  responsibleLine,
  responsibleInProse,
  subjectInProse,
  dutyInProse,
  assignedEach,
  quotaDivision,
  leadInHeading,
  unitThenDutyLines,
  indicatorTableUnitCells,
  unitColumnLine,
];

/** Every responsibility clause of a (normalized) text, in text order, no two overlapping. */
export function findResponsibilityClauses(text: string): ResponsibilityClause[] {
  const accepted: ResponsibilityClause[] = [];
  for (const convention of OWNERSHIP_CONVENTIONS) {
    for (const clause of convention.find(text)) {
      if (accepted.some((other) => clause.start < other.end && other.start < clause.end)) continue;
      accepted.push(clause);
    }
  }
  accepted.sort((a, b) => a.start - b.start);
  const firstListed = firstListedLeadsRules(text);
  return applyResponsibleUnitsLead(applyFirstListedLeads(accepted, firstListed, othersSupportRule(text, firstListed)), responsibleUnitsLeadRules(text));
}
