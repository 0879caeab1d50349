/** Words around a stated metric: what opens and closes its name, the ends that make it a growth or a decline. */
import type { Measure } from './stated-values';

/**
 * Words before a metric that say who or when, not what is measured; also a remark in brackets left after the value before
 * (泉山 2024: 地区生产总值760亿元（含港务区）、增长5.6%: the growth is the GDP's). A copy that sets numbers apart with
 * spaces writes its year so too (rule `spaced-year`: 遵义 全市 2025 年城镇化率达到 63%). 可 before a verb of achieving is the
 * estimate's "can" (rule `modal-before-verb`: 通城 2023 预计全年可完成地区生产总值201.06亿元—204.05亿元). The months of the year so far
 * say when, not what (rule `months-so-far`: 闽侯 2023 1-6月累计完成投资362.32亿元), and so do the quarter or half of the year
 * (苍溪 2021: 力争三季度全县GDP增长10.8%以上; 涟水 2023: 下半年新签约…); and 目前 with the page's subject (rule
 * `present-state-subject`: 望江 2009 目前该县有400型棉花加工企业6家).
 */
export const LEADING =
  /^(?:(?:19|20)\d{2}\s?年(?:末|底|初|前三季度|上半年)?|截至目前|截止目前|目前|(?:该|本)[县市区州](?=[共现拥]?有)|1[-—~至]\d{1,2}月份?|(?:19|20)\d{2}(?=全年)|\s+|其中|今年|去年|全年|年末|(?:前三|[一二三四])季度|第[一二三四]季度|[上下]半年|预计|初步核算|可(?=完成|实现|达到)|全省|全市|全区|全州|全县|我省|我市|我区|我县|确保|努力|力争|实现|完成|是|为|[：，、；和]|（[^（）]{1,12}）(?=、(?:同比|比上年)?(?:增长|下降|提高|增加|减少)))+/;

/**
 * Verbs between a metric and its value, and the striving before them (固定资产投资力争完成381亿元: 滨江 2023), that are not part of
 * the metric; so are 约, 近 and 超 before it (规模以上工业企业约7.4万家, 企业超830万户: 广东 2025), not the 约 of 签约 or 近 of 接近;
 * and how the level was reached (一般公共预算收入增加近1000亿元，稳步达到3000亿元以上: 内蒙古 2026, rule `manner-before-verb`),
 * which leaves the metric of the clause before; nor is 共 of a total (闽侯 2023: 县级重点项目共530项).
 * 预计可 and 可 before a verb of reaching (rule `planned-reach`: 沾益 2014 牧业收入可增至13.43亿元, 预计可达到32.33亿元) and 发展到
 * (望江 2009 纺织服装企业已发展到356家) leave the name too.
 */
export const TRAILING =
  /(?:(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少)(?:到|至)|(?:预计)?可(?=达|增至|实现)|发展到|增至|降至|达到|达|为|完成|控制在|保持在|稳定在|继续保持|保持|稳定|实现|超过|突破|(?<![签节制预合公条])约|(?<![接最附将临])近|超|按|在|至|到|分别|力争|确保|争取|努力|由|从|稳步|逐步|(?<!可)持续|不断|首次|(?<!公)共(?:计|有)?|(?<=[\u4e00-\u9fa5）)”]{2})已)+$/;

/** A contribution to another metric's change, in percentage points. */
export const CONTRIBUTION = /^(拉动|带动)/;

/**
 * What counted things are: the noun after a count ends in one of these (示范试点, 产业集群, 示范村, 贫困县), also routes flown
 * and sites named as points (龙岗 2025: 新增43个低空飞行器起降点、58条低空飞行航线), not the abstract 重点 or 难点.
 */
export const COUNTED_THING =
  /(区|园|基地|中心|平台|企业|工厂|市场|街区|社区|馆|站|学校|医院|项目|工程|集群|总部|机构|品牌|试点|村|镇|县|乡|城市|岗位|航线|(?:起降|网|站|服务|监测|充电|换电|接驳|停靠|维修)点)$/;

/** A metric's name that says it measures a rise (…增长, …增速, …涨幅) or a fall (…下降): a rate of change. */
export const GROWTH_END = /(增长|增速|增幅|涨幅|上涨|提高|提升|增加)$/;

export const DECLINE_END = /(下降|降低|减少|回落)$/;

/** A verb of change alone before the first value. */
export const BARE_CHANGE = /^(?:增长|下降|降低|减少|提高|提升|增加|上涨)$/;

export function measureOf(name: string): Measure {
  if (DECLINE_END.test(name)) return 'decline';
  if (GROWTH_END.test(name)) return 'growth';
  return 'level';
}
