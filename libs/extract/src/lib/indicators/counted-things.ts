// Count targets: the verbs that open them, the things they count and the verbs of completion after them.
import { type ValuePart } from './clause-values';

/**
 * Verbs that open a count target: what is built or grown follows ("建成充电桩10万个", "培育100家以上示范企业"); land put
 * back to use by its area ("盘活存量土地400亩").
 */
const COUNT_VERBS =
  '引进培育|引育|建成|建立|建设|新建|开通|新改建|改建|培育形成|培育|新增|增加|打造|创建|引进|新引进|改造|布局|认定|新开工|开工建设|开工|落地|纳入|实施|招引|举办|培养|选拔|设立|扶持|筹集建设|筹集|改善|形成|推广|资助|支持|提供|盘活';
/**
 * 完成 opens a count target only where what it counts follows it ("全年计划完成乡镇文化分馆8家", 华容 2021; "完成30个以上…
 * 智能制造项目", 长沙 2021): written after the thing it closes ("煤矿智能化改造完成36处", 泽州 2023, a review) it tells a stage
 * reached, so it is no verb before the number (VERB_BEFORE_NUMBER).
 */
export const COUNT_VERB = new RegExp(`^(${COUNT_VERBS}|完成)`);
/** Verbs that organize an activity before its name (组织开展残疾人职业技能培训): no part of what is measured. */
export const ORGANIZING = /^(?:组织开展|组织|开展|举办)/;
/** A stage a project reaches (开工, 竣工, 投产): a count after it counts projects of the clause's subject, not a thing named. */
export const STAGE_VERB = /^(?:新开工|开工|竣工|建成|完成|投产|投用|达产|签约|落地|开业)/;
/** Adverbs before a count verb ("重点引进", "择优设立", "一季度开工"): not part of what is counted. */
export const VERB_ADVERBS =
  /^(?:今年|年内|全年|一季度|上半年|下半年|\d+年内|[一二三四五六七八九十]年内|[^，。；]{0,16}?两级)?(?:计划)?(?:在[^，。；]{0,16}?领域)?(?:重点|大力|积极|择优|加快|全力|累计|再|共)?/;
/** A count verb right before the number: "培养1万名…人才", "设立50个…岗位", "筹集建设1000套…". */
export const VERB_BEFORE_NUMBER = new RegExp(`(${COUNT_VERBS})(?:不少于|超过|约)?$`);
/**
 * What count targets count: places, facilities, bodies (示范区, 产业园区, 基地, 企业, 工厂, 博物馆 …), and sites named as
 * points (龙岗 2025: 新增43个低空飞行器起降点; 网点, 服务点, 充电点), not the abstract 重点, 难点 or 堵点; circles of shops and
 * services (rule `circles-counted`: 苏州 2023 建成不少于90个一刻钟便民生活圈; 商圈).
 */
export const COUNTED_THING =
  /(区|园|基地|中心|平台|企业|集团|工厂|市场|城市|街|社区|标杆|馆|站|学校|高中|医院|项目|工程|集群|总部|机构|品牌|试点|桩|院|村|镇|县|店|岗位|学位|托位|床位|车位|泊位|摊位|公寓|人才|团队|人员|产品|活动|产业|产业链|实验室|室|重点专科|专科|学科|枢纽|通道|线|场景|案例|车间|学院|小区|空间|事项|口岸|航线|地标|生活圈|商圈|(?:起降|网|站|服务|监测|充电|换电|接驳|停靠|维修)点)$/;
export const COUNT_UNIT = /^(个|家|项|座|所|件|处|张|条|户|辆|套|名|场次|万个|万家|万户|万辆|万人|万座|万套|万名|人|种)$/;
export const BARE_VERB = new RegExp(`^(?:新|再)?(?:${COUNT_VERBS})?$`);
/** Areas, lengths, capacities, tonnages and trees a task builds or spreads ("推广杂交稻旱种50万亩", "新建管网1600公里"). */
export const QUANTITY_UNIT = /^(万亩|亩|公里|万千瓦|千瓦|万吨|吨|万平方米|平方米|公顷|万株|万锭|亿米|万米)$/;
/**
 * Counts of people, flats, households and events count whatever noun follows ("100名优秀企业家", "1000套专家公寓"), and so
 * do counts of kinds (rule `kinds-counted`: 长沙 2021 升级达到5大类、100种以上的智能装备 → 智能装备 100种).
 */
const PEOPLE_OR_HOMES = /^(名|万名|人|万人|套|万套|户|万户|场次|种)$/;
export const GENERIC_NAME =
  /^(全省|全市|全区|我省|我市)?(培育形成|建成|形成|培育|创建|打造|新增|引进|建设|新建|布局|改造|认定|开工|落地|建强|实现|有|各有|达|累计)?$/;
/** Scope and tally words before a count verb: "全市新建5G基站", "全市累计建成5G基站". */
export const SCOPE_WORDS = /^(全省|全市|全区|全县|全州|我省|我市|我区)?(累计|首批)?/;
/** A clause that says only where and which batch before its number ("全市首批100个…"). */
export const ORDINAL_SCOPE = /^(全省|全市|全区|全县|全州|我省|我市|我区)?(首批|第一批|累计)?$/;
/** Verbs of completion after a counted thing ("…示范社区全面建成", "…基地建成投用", "…项目按时按质按量完工"). */
const DONE_AFTER = /^(?:全面|基本|全部|相继|如期|按时|按期|按质|按量)*(建成|完成|完工|投用|投运|投产|达产|达标|落地|运营)/;
/** A name of an owner (潞讯精密电子, 比亚迪): a few words, none that scope, distribute or predicate (四大领域各有, 其他领域有). */
export const OWNER_NAME = /^(?![^]*[有各在为是等的个大])[\u4e00-\u9fa5A-Za-z]{2,12}$/;
/**
 * A count right after a 、-list of exactly that many items sums the list up ("算力、数据2个数字支撑产业"), also where 等
 * closes the list (rule `list-closed-by-deng`: 福建 2021 培育新材料、新能源、新能源汽车、生物与新医药、节能环保、海洋高新等6个前沿
 * 新兴产业: six items, six industries): it names them and sets no target. Not so where 等 gives examples (more things
 * counted than listed) or the things counted are of a scale to reach ("新材料、大健康、数字经济三大千亿级产业": becoming 千亿级
 * is the target; "软件信息、创意设计、生命健康等3大千亿产业"; "新增黄石、十堰、荆门、孝感4个社零额过千亿元城市": passing 千亿元 is).
 * A range ("…、旅游休闲街区2-3家") is never a list's count.
 */
export function countsTheListedItems(rawName: string, count: number | null, unit: string | null, counted: string): boolean {
  if (count === null || !rawName.includes('、') || (unit !== null && !COUNT_UNIT.test(unit))) return false;
  // 等 closes the list only right before the count; 等 inside it (…等领域、…) is no list of these items.
  if (rawName.includes('等') && !/等$/.test(rawName.trim())) return false;
  if (/^[^，；。]{0,8}(?:级|[千百万]亿|亿元|[过超](?:\d|[一二三四五六七八九十百千万亿]))/.test(counted)) return false;
  return rawName.split('、').length === count;
}

/**
 * Rule `count-then-enumeration`: a count the text spells out right after it (新昌 2018: 2个前期项目分别是南复线南口立交工程、
 * 澄潭公交站新建项目) names the items it lists, as a count closing its list does (list-closed-by-deng): no target of its own.
 */
const ENUMERATION_AFTER = /^[\u4e00-\u9fa5“”]{1,12}?(?:分别是|分别为|包括|即)[：:]?([^，。；]+)$/;

export function countEnumeratedAfter(count: number | null, unit: string | null, after: string): boolean {
  if (count === null || (unit !== null && !COUNT_UNIT.test(unit)) || !/分别|包括|即/.test(after)) return false;
  const list = ENUMERATION_AFTER.exec(after);
  return list !== null && list[1].split('、').length === count;
}

/**
 * Rule `breakdown-of-a-count`: a count introducing what it includes (新昌 2018: 13个实施项目包括金甬铁路、…、上三道口改造等2个铁路
 * 项目和4个公路项目,国省道大中修、农村公路提升改造等4个公路养护项目,…等3个站场建设项目): the smaller counts within the list
 * that follows, in the same sentence, break that total down; none is a target of its own.
 */
const INCLUDING_COUNT = /(\d+)(?:个|项|家|所|座|条)[\u4e00-\u9fa5“”]{1,12}?包括/;

export function breaksDownCount(sentenceBefore: string, count: number | null): boolean {
  if (count === null || !sentenceBefore.includes('包括')) return false;
  const total = INCLUDING_COUNT.exec(sentenceBefore);
  return total !== null && count < Number(total[1]);
}

/** The thing covering and the places it covers, named whole: 养老服务设施覆盖 + 乡镇 (the `covered` share of indicatorsOfSentence). */
const COVERING = /^(?:——|—)?([\u4e00-\u9fa5]{2,20}?覆盖)/;
const COVERED_PLACES = /^(乡镇|街道|村|社区|城市社区|农村社区|行政村|建制村|县|县（市、区）|城市|园区|学校)$/;

export function coveredShare(clause: string, after: string): string | null {
  const subject = COVERING.exec(clause.trim());
  const place = after.trim();
  return subject && COVERED_PLACES.test(place) ? subject[1] + place : null;
}

/** The noun a count counts, written after it: "1000套专家公寓" → 专家公寓, "10名…的院士后备人才" → the head after 的. */
export function countedAfter(after: string, unit: string | null): string | null {
  let phrase = /^(?:左右|以上)?([\u4e00-\u9fa5“”、A-Za-z0-9]{2,40})/.exec(after)?.[1] ?? null;
  if (phrase === null) return null;
  const of = phrase.lastIndexOf('的');
  phrase = of >= 0 ? phrase.slice(of + 1) : phrase.split(/[、等]/)[0];
  if (phrase.length < 2 || phrase.length > 24) return null;
  if (unit !== null && !PEOPLE_OR_HOMES.test(unit) && !COUNTED_THING.test(phrase) && !/亿级/.test(phrase)) return null;
  return phrase;
}

/** The counted thing between a number and its verb of completion: "100个嵌入式服务设施建设示范社区全面建成". */
export function countedBeforeVerb(after: string): string | null {
  const run = /^[\u4e00-\u9fa5“”]{2,30}/.exec(after);
  if (!run) return null;
  for (let end = run[0].length; end >= 2; end--) {
    if (COUNTED_THING.test(run[0].slice(0, end)) && DONE_AFTER.test(run[0].slice(end))) return run[0].slice(0, end);
  }
  return null;
}

/** An undertaking closing a counted thing: 村卫生室改扩建项目, 老旧小区改造工程. */
const UNDERTAKING_HEAD = /(?:改扩建|新建|改建|扩建|改造|提升|提质)(?:项目|工程)$/;

/**
 * The undertaking the last of a list of counts names after its thing (16个乡镇卫生院、158个村卫生室改扩建项目 → 改扩建项目),
 * which the earlier counts share; null when the clause is no such list.
 */
export function sharedUndertaking(clause: string, parts: readonly ValuePart[]): string | null {
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1];
  const thing = /^[\u4e00-\u9fa5“”]{2,40}/.exec(clause.slice(last.value.index + last.value.text.length, last.to))?.[0];
  return thing ? (UNDERTAKING_HEAD.exec(thing)?.[0] ?? null) : null;
}
