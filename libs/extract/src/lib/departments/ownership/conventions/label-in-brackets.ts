import type { OwnershipConvention, ResponsibilityClause } from '../ownership-convention';
import { groupsOfLabelledBody, LEADER_LABEL, ROLE_LABEL, settleRoles } from '../party-roles';
import { bracketed } from './bracketed';

/** A unit label opens the body, or follows the leaders named first: (责任领导:杜新国、丁玲;牵头单位:…). */
const STARTS_WITH_LABEL = new RegExp(`^\\s*(?:${LEADER_LABEL}[：:][^：:；;]{0,40}[；;，,\\s]\\s*)*${ROLE_LABEL}(?:(?:及|和)${ROLE_LABEL})?[：:]`);

function labelledClauses(text: string, kind: 'round' | 'tortoise', convention: string): ResponsibilityClause[] {
  const clauses: ResponsibilityClause[] = [];
  for (const span of bracketed(text, kind)) {
    if (!STARTS_WITH_LABEL.test(span.body)) continue;
    const { parties, rolesUnstated } = settleRoles(groupsOfLabelledBody(span.body, span.bodyStart), convention);
    if (parties.length > 0) clauses.push({ start: span.start, end: span.end, parties, convention, anchor: 'paragraph', rolesUnstated });
  }
  return clauses;
}

/** （责任单位：省商务厅、省财政厅） · (牵头单位:市商务局 责任单位:市编办、市发改委) · （牵头单位：A；配合单位：B）. */
export const labelInRoundBrackets: OwnershipConvention = {
  name: 'label-in-round-brackets',
  description:
    'A labelled list in round brackets after a task: （责任单位：A、B）, （牵头单位：A；配合单位：B、C）; ASCII brackets and colons too; leaders named among the labels (责任领导：杜新国；) are no units.',
  yields: '牵头单位 → lead; 配合/参与/参加/协同单位 → support; 责任单位 → co-responsible (first presumed lead when no lead is stated).',
  find: (text) => labelledClauses(text, 'round', 'label-in-round-brackets'),
};

/** 〔责任单位：省发展改革委、省市场监管局按职责分工负责〕 · 【牵头单位：…】 · [牵头单位:区卫健局;责任单位:…]. */
export const labelInTortoiseBrackets: OwnershipConvention = {
  name: 'label-in-tortoise-brackets',
  description: 'The same labelled list in tortoise-shell, lenticular or square brackets: 〔责任单位：A、B〕, 【牵头单位：A】, [牵头单位:A;责任单位:B].',
  yields: 'As the round-bracket form.',
  find: (text) => labelledClauses(text, 'tortoise', 'label-in-tortoise-brackets'),
};
