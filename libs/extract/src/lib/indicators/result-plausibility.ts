import { gazetteer } from '../regions/gazetteer';
import { metricKey } from './metric-key';
import type { StatedMetric } from './stated-values';

export const MILESTONE_ONLY = /^(首次|再次|历史性地?|首度)$/;

/**
 * 首次/再次/历史性 before the verb say how remarkable a value is, not what is measured (支出首次超过7000亿元); so does a bare
 * 首 before 超/破 (硚口 2025: 服务业增加值占比首超80%), not the 首 of 榜首 or 之首.
 */
export function withoutMilestoneWord(metric: StatedMetric): StatedMetric {
  const name = metric.name.replace(/(首次|再次|历史性地?|首度|(?<![榜之元])首)$/, '');
  return name === metric.name || name.length < 2 ? metric : { ...metric, name };
}

/** A division's full name, or its short name with its level (肃北县 for 肃北蒙古族自治县). */
function divisionNamed(name: string): boolean {
  const places = gazetteer();
  return places.byName.has(name) || (name.length >= 3 && /[省市县区旗州盟]$/.test(name) && places.entriesNamed(name.slice(0, -1)).length > 0);
}

/** A result names a known metric, or a measured thing (not a rank, a list of tasks or a bare verb). */
export function plausibleResult(metric: StatedMetric): boolean {
  if (metricKey(metric.name) !== null) return true;
  const quotes = (metric.name.match(/“/g) ?? []).length === (metric.name.match(/”/g) ?? []).length;
  // 26个项目, 155个国家或地区, 12类45件, 玉柴甲醇发动机…等20项, 占固定资产投资的60.2%: no measured thing is named.
  // A name may open with a threshold of money (500万元以上固定资产投资: 黎平 2023) or an age group (rule `age-group-name`: 扬中
  // 2023 5岁以下儿童死亡率) or a grade (4A级景区: rule `graded-thing`), not with another number.
  if (
    /^(项目|企业|国家|地区|安排|其中)$|^[、，”]|连续|国家[和或及]地区|^\d(?![\d.]*(?:[万亿]元以上|周?岁及?(?:以下|以上))|A级)|[等的和与及、\/]$|^(降至|降到|提高到|提升至|达到|向)/.test(
      metric.name,
    )
  )
    return false;
  // 制定17项抗旱救灾措施 (察右后旗 2023): a count of the measures made, as 出台…20条, measures nothing; nor does 本次兑现90项奖励
  // (酒泉 2024).
  if (/^(累计|本次)?(推进|实施|开展|完成|实现|建设|办理|落实|推动|开通|新建|建成|引进|获批|获批建设|年度|全年|当年|制定|出台|兑现|兑付)$/.test(metric.name))
    return false;
  // Rule `division-only-name`: a value named by a division alone (酒泉 2024: 其中,…肃州区14项、奖金115.91万元,金塔县7项…: each
  // county's share of the rewards paid) measures nothing the text names; nor does a bare 奖金.
  if (metric.name === '奖金' || (metric.name.length <= 8 && divisionNamed(metric.name))) return false;
  // 高于全国0.4个百分点, 快于2024年1.8个百分点, 高出全市1.1个百分点 (封丘 2025): a comparison with another value, not the value
  // itself; so with the references listed (安庆 2025: GDP增长6%，高于全国、全省1个、0.2个百分点: rule
  // `comparison-listed-references`).
  // …with each reference's own value in brackets after it (丽水 2022: 增长3.9%,高出全国(2.3%)、全省(2.8%)1.6个和1.1个百分点):
  // the bracketed values are the references' (rule `comparison-reference-bracketed`).
  if (
    /(高于|低于|高出|低出|超出|快于|慢于|多于|少于|领先)(?:(全国|全省|全区|全市|全州|全盟|平均|上年|(?:19|20)\d{2}年)[、和及与]?)*(平均水平|平均)?[（(]?$/.test(
      metric.name,
    ) ||
    /^[）)]、?(?:全国|全省|全区|全市|全州|全盟)[（(]$/.test(metric.name)
  )
    return false;
  // 在全省21个市(州)中名列前茅 (南充 2022): the places a rank is among, named by 在 and the scope, measure nothing (rule
  // `rank-among-places`).
  if (/^在(?:全国|全省|全区|全市|全州)$/.test(metric.name)) return false;
  // …等自治区级以上荣誉69项 (万秀 2023), 荣誉70余项 (青龙 2026): honours received are no measured thing (rule `honours-no-result`).
  if (/(?:荣誉|称号)$/.test(metric.name)) return false;
  // 每年安排140亿元 (a commitment), 规模最大 (a rank), 全球前1‰, 1000吨级航道 (a class), 省会城市 (where to).
  if (/^(每年|级|前|和|与|及|（|\()|最|[前下]$|^(省会城市|城市|国家|省份|地区)$/.test(metric.name)) return false;
  // 出台…20条: measures of a policy, not a length; 条 counts routes, rivers, lines and streets only (邯郸 2025: 打造8条特色餐饮街区).
  if (metric.value.unit === '条' && !/(线|路|河|湖|道|廊|网|渠|航线|街|街区)$/.test(metric.name)) return false;
  // 比上年末增加0.01万 with its subject in the clause before (和政 2022): a comparison and a verb name nothing measured.
  if (/^(?:比上年末?|较上年末?|[比较]年初|同比|比去年)(?:增加|增长|减少|下降)$/.test(metric.name)) return false;
  // 增速较1季度提高0.5个百分点, 增幅较1-2月(-0.6%)提高18.0个百分点 (长寿 2023, 嵩明 2022): a rate against its own earlier
  // months, no result; nor a name the bracket before it cut (）提高).
  if (/(?:增速|增幅)[较比](?:上月|上季度|第?[1-4一二三四]季度|1月?[-—~至]\d{1,2}月份?)/.test(metric.name) || /^[）)]/.test(metric.name)) return false;
  // 增速比全市高2.8个百分点 (长寿 2023): a rate against the city's, as 高于全市 is.
  if (/[比较](?:全国|全省|全区|全市|全州|全县|上年)(?:平均)?(?:水平)?(?:高|低|快|慢)$/.test(metric.name)) return false;
  if (metric.value.unit === '个百分点') {
    // Points against a base year with no subject of their own (常州 2016: …比重达到38%，比2010年上升2.3个百分点): the
    // change of the level before, a bare verb naming nothing measured (rule `bare-change-no-result`).
    if (/^(?:上升|提高|提升|增加|下降|降低|减少|回落)$/.test(metric.name)) return false;
    // A rate above another by so many points (常州 2016: 服务业完成税收329.4亿元，增速高于全部税收增速0.5个百分点): the gap
    // between two rates, the value of neither (rule `rate-gap-no-result`).
    // …also written 超过 (黄龙 2026: 生产总值…增长4.7%，超过全市增速0.4个百分点).
    if (/(?:高于|低于|高出|快于|慢于|超过|超出)[^，。；]{1,12}(?:增速|增幅|速度|平均水平)$/.test(metric.name)) return false;
  }
  // …达到序时进度44项、占比80.0% (宣城 2020): a share with no subject of its own is the share of the count before it, no
  // measured thing (rule `bare-share-no-result`).
  if (/^(?:占比|比重|占)$/.test(metric.name)) return false;
  // 输出345亿度、增长32%: a value whose unit was not read ran into the name.
  if (/\d[\u4e00-\u9fa5]{0,3}、/.test(metric.name)) return false;
  return (
    quotes &&
    // 第 marks a rank (居全省第3位), not the first, second and third industries (第一产业增加值: 和政 2022); 以下 a rank too,
    // not an age group (5岁以下儿童死亡率).
    // …在全省率先实现100%复工复产 (黔西南 2021): a first among places, told with a share, is a rank too; so is a move up the
    // ranks (广元 2020: 服务业增加值…增长3.5%…,排位提升6个位次: rule `rank-move-no-result`).
    !/(第(?![一二三]产业)|排名|排位|位次|位居|居全|前列|(?<!岁)以下|批次|次会议|在全[国省市区州县]率先)/.test(metric.name) &&
    !/^(经|对|按|通过|围绕|实施|开展|推进|加快|完成|实现)$/.test(metric.name) &&
    // 对全省经济增长贡献率达13% (抚州 2024): a contribution rate to a growth is measured, 对 and all (rule `contribution-rate-named`).
    (!/^(经|对|按|通过|围绕)/.test(metric.name) || /^对[^，。；]{1,16}贡献率$/.test(metric.name))
  );
}
