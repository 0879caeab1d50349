// What makes a value in running text a target: the cues, verbs and stages the strict reading asks for.
import { COUNT_UNIT, COUNT_VERB, QUANTITY_UNIT, VERB_ADVERBS, VERB_BEFORE_NUMBER, countedBeforeVerb } from './counted-things';
import { LEADING_NOISE } from './metric-names';

/**
 * Words that make an undated clause a target: striving, a threshold or a qualifier ("力争…突破300亿元",
 * "达到5家左右", "不少于400名", a share lowered to a bound: 降低到23%以下, 宝应 十四五; an amount the plan sets: 计划投资51.3亿元, 甘孜
 * 2018, rule `planned-amount`). A plain amount in running text ("投资50亿元") may be a fact; a count after its verb
 * ("建设省院士工作站2个") is a target of a task list.
 */
export const TARGET_CUE =
  /力争|确保|争取|达到|达|突破|超过|不少于|不低于|不高于|不超过|以上|左右|以内|控制在|稳定在|提高到|提高至|提升至|提升到|降至|降低到|降低至|增长|下降|计划(?=投资|完成|新建|建成|实施|新增|开工|达到|实现)/;

/**
 * A word of striving governs the clauses after it in its sentence: "力争全年盘活僵尸企业10家，盘活存量土地400亩" strives
 * for both counts.
 */
export const STRIVING_SCOPE = /力争|确保|争取/;

/** 的目标(任务) after a value: the value is the target's own (rule `value-of-the-target`: 实现旅游综合收入100亿元以上的目标任务). */
const VALUE_OF_THE_TARGET = /^的(?:奋斗)?(?:目标|任务)/;

/** Not a target whatever the cue: an ordinal (第3批), a per-unit amount (每家50万元), an age, a condition (2000万元以上的). */
const NOT_A_TARGET_BEFORE = /(第|每[个家户人项次亩年])$/;

/**
 * Projects counted after examples closed by 等, then the stage they reach closing the clause (rule `examples-then-stage`):
 * "重点推动向家坝灌区一期二步工程等300个重点项目加快建设，高铁南片区城中村改造等50个项目竣工投用" (宜宾 2026).
 */
export const PROJECTS_AT_STAGE =
  /^\s*([\u4e00-\u9fa5]{0,8}?(?:项目|工程))\s*((?:加快|全面|如期|按期|基本)?(?:建设|竣工|新开工|开工|建成|完工|投用|投产|投运)(?:投用|投产|投运|运营|达产)?)\s*$/;

/**
 * An area or length of works after a verb that pushes them on, the works closing the clause (rule `quantity-of-works`):
 * "推进8.5万亩高标准农田建设" (高县 2022) measures the farmland built. Only a quantity: a count after 推进 is too often part of
 * a project's name (推进玉树州9个…供电工程).
 */
export const PUSHING_VERB = /^(?:推进|推动|实施|完成)$/;

export const WORKS_OF_QUANTITY = /^\s*([\u4e00-\u9fa5]{2,12}?(?:建设|改造|整治|治理))\s*$/;

/**
 * Projects a plan has reach a stage, counted after them (rule `planned-stage-count`): "年度计划安排29.74亿元,计划投产项目4个"
 * (珠海 2024) counts the projects to put in service; the plan's word is no part of the name.
 */
const PLANNED_STAGE = /^(?:计划|拟)((?:新开工|开工|竣工|建成|投产|投用)[\u4e00-\u9fa5]{0,6}项目)$/;

/**
 * Whether an undated value states a target: a count after its verb, or a cue (in the clause, or a word of striving
 * earlier in the sentence: `strivenFor`); never an ordinal, a rate per unit or a condition.
 */
export function strictValueIsTarget(rawName: string, after: string, unit: string | null, text: string, strivenFor: boolean): boolean {
  if (NOT_A_TARGET_BEFORE.test(rawName) || (/^的/.test(after) && !VALUE_OF_THE_TARGET.test(after)) || unit === '岁' || unit === '年') return false;
  if (
    unit !== null &&
    (COUNT_UNIT.test(unit) || QUANTITY_UNIT.test(unit)) &&
    (COUNT_VERB.test(rawName.replace(LEADING_NOISE, '').replace(VERB_ADVERBS, '')) || VERB_BEFORE_NUMBER.test(rawName))
  )
    return true;
  // "推动潞讯精密电子30条生产线投产": pushed for, the counted things then a verb of completion.
  if (unit !== null && COUNT_UNIT.test(unit) && /^(推动|推进|确保|力争|争取|实现)/.test(rawName) && countedBeforeVerb(after) !== null) return true;
  if (unit !== null && COUNT_UNIT.test(unit) && rawName.endsWith('等') && PROJECTS_AT_STAGE.test(after)) return true;
  if (
    unit !== null &&
    QUANTITY_UNIT.test(unit) &&
    PUSHING_VERB.test(rawName.replace(LEADING_NOISE, '').replace(VERB_ADVERBS, '')) &&
    WORKS_OF_QUANTITY.test(after)
  )
    return true;
  if (unit !== null && COUNT_UNIT.test(unit) && rawName.endsWith('项目') && PLANNED_STAGE.test(rawName.replace(LEADING_NOISE, ''))) return true;
  // "推动规上工业企业数字化转型覆盖率超85%" (宜宾 2026): 超 right before a value closing its clause is a threshold to pass
  // (rule `over-closing-value`); not one sizing the things counted after it (新引进落地总投资超10亿元项目50个以上: 福建 2026).
  if (after.trim() === '' && (rawName.endsWith('超') || text.startsWith('超', rawName.length))) return true;
  return strivenFor || TARGET_CUE.test(text) || ACHIEVE_LEVEL.test(rawName.replace(LEADING_NOISE, ''));
}

/** "实现社会消费品零售总额1600亿元" in a yearly task list: a level to reach (静安 2023). */
const ACHIEVE_LEVEL = /^(?:全年|今年)?实现(?:全年)?[\u4e00-\u9fa5]{2,20}$/;
