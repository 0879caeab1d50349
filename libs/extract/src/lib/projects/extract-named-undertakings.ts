import { sectionHasRole, type SectionRole } from '@policygraph/parse';
import { ExtractionContext } from '../extraction-context';
import { namedUndertakingKind } from './project-kind';
import { addProject, namedAlready } from './project-nodes';
import { headingUndertakings } from './heading-undertakings';
import { namedUndertakings, type FoundUndertaking, type UndertakingRuleName } from './undertaking-rules';
import { CAMPAIGN_HEAD, DO, FACILITY_HEAD, PROGRAMME_HEAD } from './undertaking-patterns';
import { clauseStart, isName } from './undertaking-names';
import { taskCellParagraphs } from '../indicators/task-cell-paragraphs';

export { namedUndertakings } from './undertaking-rules';

/** Sections that review the past name no undertakings of the plan. */
const REVIEW_ROLES: readonly SectionRole[] = ['review'];
/**
 * Guiding ideas and principles state how, not what, save where they name the plan's set of works by counting it
 * (以实施A、B…等“六大工程”为抓手) or call a list its projects (rule listed-projects-in-principles: ——坚持对标国际…，推动国家双创
 * 示范基地、国家“互联网+政务服务”示范工程、国家知识产权综合管理改革试点区等重大项目建设, 徐汇 2018): those lists alone are read there.
 */
const PRINCIPLE_ROLES: readonly SectionRole[] = ['principles'];
const PRINCIPLE_RULES: ReadonlySet<UndertakingRuleName> = new Set(['counted-list', 'listed-projects']);
/**
 * A review of the past names the works the place carried out (rule works-in-review: 签约中沄通达储能柜组装、盘珂实业跨境冷链
 * 产业园等优势项目45个, 虎林 2025; 西渝高铁、恒河水库等重大项目加快推进, 安康 2025; 工大卫星智造基地建成投用, 松北 2025): read
 * there by the rules that name works by their place in a list the text calls projects or by the stage they reached, and a
 * quoted programme the place carried out (实施“百万千”产业倍增计划, 齐齐哈尔 2022). The verb-and-object rules stay out of
 * a review: there they read titles won and roles reached (获评…示范区, 建成…辐射中心) as often as works.
 */
const REVIEW_RULES: ReadonlySet<UndertakingRuleName> = new Set([
  'counted-list',
  'listed-projects',
  'listed-after-copula',
  'works-started',
  'works-progress',
  'completed-facility',
  'located-project',
  'described-work',
  'built-list',
  'sized-by-investment',
  'quoted-programme',
  'projects-each-named',
  'project-is-project',
  'visited-works',
]);
/** A programme's head alone, what a counted list's items leave to the count (…提效、…“八大行动”). */
const HEAD_ALONE = /^(?:专项行动|行动计划|行动|工程|计划|项目)$/;
/** A quoted programme a review names is the place's own where a verb of carrying out opens it (not 入选国家“双高计划”, 围绕数字经济“一号工程”). */
const CARRIED_OUT = new RegExp(`(?:${DO})[^，。；：、“”]{0,8}$`);
/** A quoted name closed by a programme's or campaign's head, inside the quotes or after them (“百万千”产业倍增计划, “千万工程”). */
const QUOTED_PROGRAMME = new RegExp(`^“[^“”]{1,16}”[^“”]{0,8}?(?:${PROGRAMME_HEAD}|${CAMPAIGN_HEAD})$|^“[^“”]{1,14}(?:${PROGRAMME_HEAD})”$`);

/**
 * Undertakings a plan names (see undertaking-rules.ts): programmes carried out (…工程, …行动, …计划, …项目, …试点),
 * facilities and zones built (…平台, …中心, …基地, …园区, …示范区, …枢纽), the items of a list the text calls
 * projects, and named works started. Each is a Project pursued by the goal of its section.
 */
export function extractNamedUndertakings(context: ExtractionContext): number {
  const { document } = context;
  let count = 0;
  const review = document.sections.map((section) => sectionHasRole(section, REVIEW_ROLES));
  const principles = document.sections.map((section) => sectionHasRole(section, PRINCIPLE_ROLES));
  // The document's own title names the document (…三年行动计划), not an undertaking of it: on its title line, and where
  // the text repeats the end of its title (a title broken over lines under a notice).
  const title = document.metadata.titleSpan;
  const ownName = document.metadata.title.replace(/（[^（）]*）$/, '');
  // So do the documents the text cites by title (《“数字福州”建设三年行动计划（2018—2020年）》, then 出台了“数字福州”建设三年
  // 行动计划: 福州 2018): the plan named is a document, not an undertaking of it.
  const cited = citedTitles(document.text);
  const quoted: string[] = [];
  let headings: string[] | null = null;
  const headingNames = (): string[] =>
    (headings ??= document.sections.flatMap((section) =>
      section.kind === 'root' || section.title.length === 0
        ? []
        : headingUndertakings(section.title, { text: section.title, start: 0 }).map((found) => found.name),
    ));
  const add = (found: FoundUndertaking, sentenceStart: number): void => {
    const start = sentenceStart + found.start;
    if (/^“[^“”]{2,}”$/.test(found.name)) quoted.push(found.name.slice(1, -1));
    // An item of a list its counted class closes, written without its head (生态农业提效、…、党建领富提级“八大行动”, 杭州 2023),
    // that the heading of its section spells out whole (一、实施生态农业提效行动) is that heading's undertaking, named there
    // (rule counted-item-heading).
    if (found.rule === 'counted-list' && headingNames().some((name) => name.startsWith(found.name) && HEAD_ALONE.test(name.slice(found.name.length)))) return;
    if (
      context.projectsByStart.has(start) ||
      namedAlready(context, found.name) ||
      (title !== null && start >= title.start && start < title.end) ||
      ownName.endsWith(found.name) ||
      cited.some((name) => name.endsWith(found.name))
    )
      return;
    const projectId = addProject(context, { name: found.name, start, end: start + found.name.length }, namedUndertakingKind(found.name));
    const goalId = context.goalFor(start);
    if (goalId) context.graph.addRelationship('PURSUED_BY', goalId, projectId, {}, [context.evidence(start, start + found.name.length)]);
    count++;
  };
  // The lines under a line that announces a list of projects (开工项目名单), one project a line, each closing with a
  // project's head (rule listed-under-heading: 临西 2023's 开工项目名单 then 河北汇蚨轴承制造有限公司精密轴承生产项目 …); the
  // list ends at the first line that is no such name (a sentence, a line cut off). Read first: a line's whole name wins
  // over a shorter one a sentence rule finds in it (…智慧物流中心 of …智慧物流中心建设项目).
  if (LIST_HEADING_WORDS.some((word) => document.text.includes(word))) {
    let listing = false;
    for (const paragraph of document.paragraphs) {
      const [sentence, more] = paragraph.sentences;
      if (sentence === undefined || more !== undefined) {
        listing = false;
        continue;
      }
      if (LIST_HEADING.test(sentence.text)) {
        listing = !review[paragraph.section];
        continue;
      }
      if (!listing) continue;
      if (!LISTED_LINE.test(sentence.text)) {
        listing = false;
        continue;
      }
      add({ name: sentence.text, start: 0, rule: 'listed-under-heading' }, sentence.start);
    }
  }
  // The cells of a task table hold sentences too (a 实施计划 cell naming the schools to finish: 临安 2022): read as paragraphs.
  const cells = document.tables.length > 0 ? taskCellParagraphs(document) : [];
  // A cell the task table already made a Project of (建设西昌现代蔬菜产业种苗中心: 西昌 2021) names that undertaking, not another.
  const projectCells = new Set(cells.filter((cell) => context.projectsByStart.get(cell.start)?.startsWith('project:')).map((cell) => cell.start));
  for (const paragraph of cells.length > 0 ? [...document.paragraphs, ...cells] : document.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const scope = review[paragraph.section] ? 'review' : 'all';
      for (const found of namedUndertakings(sentence.text, { text: document.text, start: sentence.start }, scope)) {
        if (principles[paragraph.section] && !PRINCIPLE_RULES.has(found.rule)) continue;
        if (projectCells.has(paragraph.start)) continue;
        if (review[paragraph.section] && !inReview(found, sentence.text)) continue;
        add(found, sentence.start);
      }
    }
  }
  // A numbered heading names the undertaking its section sets out (rule heading-names-undertaking: （一）深入实施“文化兴楚”
  // 行动, 楚雄 2024; (一)重点行业绿色升级工程。, 黔江 2023), read as a sentence is; its section's own paragraphs may never
  // name it again.
  // A table of contents is a run of such headings with nothing under them, each closed by its page number (rule
  // contents-line: 湘潭 2021's （一）供给侧结构优化工程 47 under 五、实施服务业提质增效七大工程 47): the heading without the number
  // names the programme.
  const filled = new Set(document.paragraphs.map((paragraph) => paragraph.section));
  document.sections.forEach((section, index) => {
    if (section.kind === 'root' || review[index] || principles[index] || section.title.length === 0) return;
    const heading = filled.has(index) ? section.title : section.title.replace(CONTENTS_PAGE, '');
    const written = document.text.slice(section.headingSpan.start, section.headingSpan.end);
    const at = written.lastIndexOf(heading);
    if (at < 0) return;
    const start = section.headingSpan.start + at;
    // A heading spelling out an action a quoted item named (“基础建设”…六大行动, then （一）实施消费基础建设行动: 广元 2023)
    // names it again, no second undertaking.
    for (const found of headingUndertakings(heading, { text: document.text, start })) if (!quoted.some((name) => found.name.includes(name))) add(found, start);
  });
  // Where a start of works is held (rule venue-of-start: 开工仪式主现场设立在西南农产品物流园项目, 房县 2021; 集中开工仪式在健康驿站
  // 项目建设现场举行, 安平 2022): a project, unless the text names it otherwise too (石泉 2022's venue 城关镇青山沟特色林果产业
  // 示范园项目 is its list's 青山沟特色林果产业示范园; 丹凤 2022's venue its list's first item): read last, then, against
  // every name found.
  if (document.text.includes('现场') || document.text.includes('会场')) {
    const known = [...context.projectsByName.keys()];
    for (const paragraph of document.paragraphs) {
      if (review[paragraph.section]) continue;
      for (const sentence of paragraph.sentences) {
        if (!sentence.text.includes('现场') && !sentence.text.includes('会场')) continue;
        for (const pattern of VENUES) {
          pattern.lastIndex = 0;
          for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
            const name = match[1];
            const key = name.replace(/[\s“”"]/g, '');
            // A list's item with its phase in brackets or without 项目 is the venue too (rule venue-is-item: 主会场在中海油能源发展
            // 股份有限公司海南生产支持基地项目现场举行, then 海南生产支持基地(一期)…等12个项目集中开工: 澄迈 2024).
            const core = coreOfWork(key);
            if (!isName(name, MIN_VENUE) || known.some((other) => other.includes(key) || key.includes(other) || core.includes(coreOfWork(other)))) continue;
            known.push(key);
            add({ name, start: match.index + match[0].indexOf(name), rule: 'venue-of-start' }, sentence.start);
          }
        }
      }
    }
  }
  return count;
}

/** Whether a name found in a review's sentence is read there (rule works-in-review). */
function inReview(found: FoundUndertaking, sentence: string): boolean {
  if (found.rule !== 'quoted-programme' && REVIEW_RULES.has(found.rule)) return true;
  return QUOTED_PROGRAMME.test(found.name) && CARRIED_OUT.test(sentence.slice(clauseStart(sentence, found.start), found.start));
}

/** A work's name without its phase in brackets and its closing 项目/工程 (海南生产支持基地(一期) → 海南生产支持基地). */
function coreOfWork(key: string): string {
  const core = key.replace(/[（(][^（）()]*[）)]$/, '').replace(/(?:项目|工程)$/, '');
  return core.length >= 4 ? core : key;
}

/** A venue set up at a project (主现场设立在…项目), or its site where an event is held or a visit made (在…项目建设现场举行; 在河北九汇
 * 医药生物产业基地项目施工现场，记者看到…: 满城 2024). */
const VENUES = [
  /(?:主会场|分会场|主现场|分现场)(?:设立|设置|设)?在([^，。；：、“”]{4,40}?(?:项目|工程))(?:建设)?(?:现场|工地)?(?=[，。；]|$)/g,
  /在([^，。；：、“”]{4,40}?(?:项目|工程))(?:建设|施工)?(?:现场|工地)/g,
];
const MIN_VENUE = 5;

/** The page number closing a contents line whose heading names a programme (…工程 47, …行动 12). */
const CONTENTS_PAGE = /(?<=(?:工程|行动|计划)”?)\s*\d{1,3}$/;

const LIST_HEADING_WORDS = ['名单', '清单', '一览'];
/** A line announcing a list of projects: 开工项目名单, 2024年重点项目清单：, 集中签约项目一览. */
const LIST_HEADING = /^[^，。；]{0,16}(?:项目|工程)(?:名单|清单|一览表?)[：:]?$/;
/** A line of such a list: one name, no clause mark, closing with a project's head (…生产项目, …物流中心建设项目). */
const LISTED_LINE = new RegExp(`^[^，。；：:]{4,60}(?:${PROGRAMME_HEAD}|${FACILITY_HEAD})(?:建设)?(?:项目)?$`);

/** The titles in 《…》 that name a plan or programme document, without a closing period in brackets. */
function citedTitles(text: string): string[] {
  if (!text.includes('《')) return [];
  const titles: string[] = [];
  for (const match of text.matchAll(/《([^《》]{2,80})》/g)) {
    const title = match[1].replace(/[（(][^（）()]*[）)]$/, '');
    if (CITED_DOCUMENT.test(title)) titles.push(title);
  }
  return titles;
}

/** A document's kind closing its title: a cited plan (…行动计划, …实施方案) is a document, not an undertaking. */
const CITED_DOCUMENT = /(?:计划|方案|规划|纲要|意见|办法|通知|措施)$/;
