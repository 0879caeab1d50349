import type { Section } from '../parsed-document';

/**
 * What a section does in a plan or report, read from its heading. Extractors skip the sections whose role states
 * no facts of their kind: a review of the past states achieved values, not targets or tasks.
 * - review: the past and the situation (发展基础, 成就, 形势, 机遇挑战, 编制背景, 回顾)
 * - principles: the guiding ideas and principles (指导思想, 基本原则)
 * - safeguards: how the plan is carried out (保障措施, 组织实施)
 */
export type SectionRole = 'review' | 'principles' | 'safeguards';

/** The one vocabulary of section roles. */
export const SECTION_ROLE_HEADINGS: Readonly<Record<SectionRole, RegExp>> = {
  review: /(发展基础|发展环境|发展成就|历史性成就|主要问题|形势|机遇挑战|机遇与挑战|编制背景|现实基础|回顾)/,
  principles: /(指导思想|基本原则)/,
  safeguards: /(保障措施|组织实施)/,
};

/** A heading that also announces tasks (“十四五”时期发展成就和“十五五”时期主要目标任务) opens task sections. */
const TASK_HEADING = /(目标任务|重点任务|主要任务|重点工作|工作安排|工作部署)/;

/** True when the heading names one of `roles` and does not also announce tasks. */
export function headingHasRole(heading: string, roles: readonly SectionRole[]): boolean {
  if (TASK_HEADING.test(heading)) return false;
  return roles.some((role) => SECTION_ROLE_HEADINGS[role].test(heading));
}

/** True when the section or one of its ancestors has one of `roles` (a review's subsections review too). */
export function sectionHasRole(section: Pick<Section, 'path'>, roles: readonly SectionRole[]): boolean {
  return section.path.some((heading) => headingHasRole(heading, roles));
}
