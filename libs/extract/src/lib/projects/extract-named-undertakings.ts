import { ExtractionContext } from '../extraction-context';
import { addProject } from './project-nodes';

/** Sections that review the past or state principles name no undertakings of the plan. */
const NOT_TASK_SECTIONS = /(发展基础|发展环境|发展成就|历史性成就|主要问题|形势|机遇挑战|编制背景|指导思想|基本原则|现实基础|回顾)/;
const DO = '实施|开展|启动|组织实施|深入实施';
const BUILD = '建设|建成|打造|创建|推进|推动|加快|加快推进|大力推进|加快建设|争创';
/** Named programmes: 实施旅游从业人员培训行动, 开展…创建行动, 实施乡村集约化配送试点项目. */
const PROGRAMME_HEAD = '工程|专项行动|行动|计划|项目';
/** Named facilities to be built: 建设物流信息服务平台, 推进国家骨干物流基地建设, 打造中国旅游服务标准创新基地. */
const FACILITY_HEAD = '平台|中心|基地|产业园|园区|示范区|集聚区|枢纽|试验区';
const NAME = '[^，。；：、！？（）]{2,26}?';
const NAMED = new RegExp(`(?:(?:${DO})(${NAME}(?:${PROGRAMME_HEAD}))|(?:${BUILD})(${NAME}(?:${FACILITY_HEAD}))(?:建设)?)(?=[，。；、和及与等]|建设|$)`, 'g');
/** A further object coordinated with the one just read: 实施A专项行动和“快递进村”工程, 推动A中心和B中心建设. */
const COORDINATED = new RegExp(`^(?:和|及|与|、)(${NAME}(?:${PROGRAMME_HEAD}|${FACILITY_HEAD}))(?=[，。；、和及与等]|建设|$)`);
/** Quantified or generic classes (一批…, 各类…) and described things (…的…中心) are not named undertakings. */
const NOT_A_NAME = /^(一批|一系列|若干|多个|各类|一大批|更多|一些|新型|相关|现有|各级|一个)|的|等|[+＋]|^(实施|建设|推进|打造)/;

const ENCOURAGED = /鼓励|引导/;
const MIN_NAME = 5;

/**
 * Undertakings a plan names as things to do: programmes introduced by 实施/开展 (…工程, …行动, …计划, …项目) and
 * specific facilities introduced by 建设/打造/推进…建设 (…平台, …中心, …基地, …园区, …示范区, …枢纽). Each is a
 * Project pursued by the goal of its section. Classes (一批…) and descriptions (…的…) are left out.
 */
export function extractNamedUndertakings(context: ExtractionContext): number {
  const { document } = context;
  let count = 0;
  const notTasks = document.sections.map((section) => section.path.some((heading) => NOT_TASK_SECTIONS.test(heading)));
  for (const paragraph of document.paragraphs) {
    if (notTasks[paragraph.section]) continue;
    for (const sentence of paragraph.sentences) {
      for (const found of namedUndertakings(sentence.text)) {
        const start = sentence.start + found.start;
        if (context.projectsByStart.has(start)) continue;
        const projectId = addProject(context, { name: found.name, start, end: start + found.name.length });
        const goalId = context.goalFor(start);
        if (goalId) context.graph.addRelationship('PURSUED_BY', goalId, projectId, {}, [context.evidence(start, start + found.name.length)]);
        count++;
      }
    }
  }
  return count;
}

/** Named undertakings in one sentence, with their offsets in it. */
export function namedUndertakings(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  NAMED.lastIndex = 0;
  for (let match = NAMED.exec(sentence); match; match = NAMED.exec(sentence)) {
    const name = match[1] ?? match[2];
    let end = match.index + match[0].length;
    // What the plan encourages others to build (鼓励企业…建设国际物流园区) is a policy, not one of its undertakings.
    const clause = sentence.slice(Math.max(sentence.lastIndexOf('，', match.index), sentence.lastIndexOf('；', match.index)) + 1, match.index);
    if (ENCOURAGED.test(clause)) continue;
    if (isName(name)) found.push({ name, start: end - name.length - (match[0].endsWith('建设') && match[2] ? 2 : 0) });
    for (let next = COORDINATED.exec(sentence.slice(end)); next; next = COORDINATED.exec(sentence.slice(end))) {
      const coordinated = next[1];
      if (isName(coordinated)) found.push({ name: coordinated, start: end + next[0].length - coordinated.length });
      end += next[0].length;
    }
  }
  return found;
}

/** A name says more than its head noun (物流枢纽 alone is a kind of thing), has no quantifier or 的, and balanced quotes. */
function isName(name: string): boolean {
  return name.length >= MIN_NAME && !NOT_A_NAME.test(name) && (name.match(/“/g)?.length ?? 0) === (name.match(/”/g)?.length ?? 0);
}
