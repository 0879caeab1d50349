import { ExtractionContext } from '../extraction-context';
import { addGoal } from '../goals/goal-nodes';
import { addSector } from './sector-nodes';
import { sectorNames } from './sector-taxonomy';

const GOAL_HEADING = /(发展目标|主要目标|总体目标|预期目标|目标任务|工作目标)$/;
/** A line that names who carries out a task: "牵头领导：常务副区长", "（牵头单位：县发展和改革局）", "完成时限：…". */
const ASSIGNMENT_LINE = /^[（(]?[^：:，。]{0,8}(?:单位|部门|领导|分工|时限|责任人)[：:]/;

/** How far into a page without a title the plan a release is about is looked for. */
const OPENING = 300;
const PLAN_NAME = /(?:规划|纲要|意见|方案|计划|措施|办法)(?:[（(][^）)]{0,16}[）)])?$/;

/**
 * Rule `plan-named-in-release`: a page without a title line that opens by announcing a plan (近日，《雅安市“十四五”现代物流
 * 发展规划》已经…印发实施: 雅安 2022; 湖北省发布《湖北省服务业发展“十四五”规划》: 湖北 2021; 省政府出台《全面推进快递业发展的
 * 实施意见》: 甘肃 2016) is about that plan: the plan's name, as its title would, names the document's sector.
 */
function planInOpening(text: string): { start: number; end: number } | null {
  const open = text.indexOf('《');
  if (open < 0 || open > OPENING) return null;
  const close = text.indexOf('》', open);
  if (close < 0 || close - open > 60 || !PLAN_NAME.test(text.slice(open + 1, close))) return null;
  return { start: open + 1, end: close };
}

/**
 * Rule `economy-is-no-sector`: the whole economy a 纲要 is about (国民经济和社会发展第十四个五年规划…纲要: 葫芦岛 2021,
 * 凡河新区 2022; a congress's resolution on one: 镇坪 2016) is no field of activity, so no Sector. Like a work report, such a
 * text sets out its sectors by headings and task leads, and its goals belong to the document.
 */
const WHOLE_ECONOMY = 'economy';

/**
 * The sector a whole plan is about, named in its title (现代服务业发展规划 → 现代服务业), and the plan's goals: each
 * 发展目标/主要目标 section is a Goal of that sector (of the document alone when the title names no sector).
 */
export function extractDocumentSectorAndGoals(context: ExtractionContext): void {
  const { document } = context;
  const { titleSpan } = document.metadata;
  const named = titleSpan ?? planInOpening(document.text);
  if (named) {
    const titleText = document.text.slice(named.start, named.end);
    const match = sectorNames()
      .findLongest(titleText)
      .find((found) => found.value.key !== WHOLE_ECONOMY);
    if (match) {
      const start = named.start + match.start;
      context.documentSectorId = addSector(context, context.regionNodeId, match.term, match.value, start, start + match.term.length);
    }
  }
  for (const section of document.sections) {
    if (section.index === 0 || !GOAL_HEADING.test(section.title)) continue;
    // The section's own text states its goal, else the first text under it ("1.目标。到2025年…") unless that only
    // assigns the task (牵头领导：…, 责任单位：…) or is an item of the list itself (1.地区生产总值增长4.5%以上。).
    const body =
      document.paragraphs.find((paragraph) => paragraph.section === section.index) ??
      document.paragraphs.find(
        (paragraph) =>
          paragraph.start >= section.headingSpan.end &&
          paragraph.start < section.span.end &&
          paragraph.start >= document.sections[paragraph.section].headingSpan.end &&
          !ASSIGNMENT_LINE.test(paragraph.text),
      );
    const statement = body?.sentences[0];
    const goalId = statement
      ? addGoal(context, context.documentSectorId, statement.text, statement.start, statement.end)
      : addGoal(context, context.documentSectorId, section.title, section.headingSpan.start, section.headingSpan.end);
    context.goalsBySection.set(section.index, goalId);
    context.documentGoalId ??= goalId;
  }
}
