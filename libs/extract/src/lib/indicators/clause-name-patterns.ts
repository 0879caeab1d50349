// Patterns that name what a clause's value measures when the words before it do not (sectors, counts, stages, levels).
import { COUNT_VERB } from './counted-things';

/**
 * A clause naming a sector and how it grows, with no value (rule `sector-of-bare-measure`): "生产性服务业加快发展，增加值规模
 * 达2450亿元，占服务业增加值比重达60%" (扬州 2024) measures that sector's value added and its share.
 */
export const SECTOR_CLAUSE =
  /^\s*([\u4e00-\u9fa5]{2,12}?(?:产业|行业|业|经济))(?:加快发展|快速发展|发展壮大|持续壮大|不断壮大|提质增效|稳步发展|做大做强|蓬勃发展)$/;

/** A measure named without what it measures: 增加值, 增加值规模, 营业收入, 产值, 规模. */
export const SECTOR_MEASURE = /^(?:增加值(?:规模)?|营业收入|营收|总产值|产值|规模)$/;

/** The value closing a clause, for the words before it. */
export const TRAILING_VALUE = /[\d.]+\s*(?:万亿元|亿元|万元|%|家|个)?(?:左右|以上)?$/;

/** A count verb and where the things counted lead, before the number: 开通至周边机场 (…2-3条…航线). */
export const VERB_THEN_DESTINATION = new RegExp(`${COUNT_VERB.source}(?:至|到|往|通往|连接)[\\u4e00-\\u9fa5]{1,12}$`);

/** A measure sized by the quantity before it and the standard it reaches: 建设用地面积 + 达到 + 海绵城市建设目标要求. */
export const MEASURE_REACHING = /^(?:以上|左右)?([\u4e00-\u9fa5]{2,12}(?:面积|长度|里程|规模|容量))(达到|满足|符合)([\u4e00-\u9fa5“”]{2,24}?(?:要求|标准))/;

/** A planting named by its verb before trees or an area ("义务植树1200万株": 眉山 2022): what is planted (rule `planting-count`). */
export const PLANTING = /(?:植树|造林|种植|栽植|补植)$/;
/**
 * A crop grown over an area, the verb of growing before it (rule `area-grown`: 朝天 2019 预计全年发展天麻、灵芝等中药材3万余亩): the area
 * grown is a target as a planting is.
 */
export const AREA_GROWN = /^(?:预计|计划)?(?:全年|今年|年内)?(?:新)?(?:发展|种植|扩种|新植)[\u4e00-\u9fa5、]{1,16}$/;
export const AREA_UNIT = /^(?:万亩|亩|公顷|万公顷)$/;

/** A level of government alone (省级, 县级): a list item naming only the level of the kind counted before it. */
export const LEVEL_ONLY = /^(?:国家级|省级|市级|州级|县级|区级|乡级|镇级)$/;

export const LEVEL_IN_NAME = /国家级|省级|市级|州级|县级|区级|乡级|镇级/;

/** A year and a verb of reaching before a value, nothing else: 2025年突破, 2028年冲刺. */
export const YEAR_AND_REACH = /^(?:19|20)\d{2}年(?:力争|争取)?(?:突破|冲刺|达到|达|超过|迈上|跨上)?$/;

/** Only a word of striving and a verb of reaching before a value: 争取突破, 力争达到. */
export const STRETCH = /^(?:力争|争取|努力)(?:突破|超过|达到|达|实现)?$/;

/** What a counted thing may be, in brackets after it: "省级大健康产业示范区（县、市、特区）20个" (贵州 2018). */
export const BRACKETED_REMARK = /[（(][^（）()]{1,20}[）)]$/;

/** A count of things added ("新增…企业", "新建…基站"): a bare 总量 after it is the total of the same things. */
export const NEW_THINGS = /^(?:新增|新建)(?=[\u4e00-\u9fa5A-Za-z0-9“]{2})/;

/** A subject, its upgrade (提质升级, 改造升级, 提档升级, 转型升级) and after 、 a rate of it alone (覆盖率, 达标率). */
export const UPGRADE_THEN_RATE = /^(.{2,}?)(?:提质|提档|改造|转型|优化)升级、((?:[\u4e00-\u9fa5]{2})?率)$/;

/** A trend written in words (逐年提高, 稳步提升): cheap test before TREND_THEN_LEVEL. */
export const TREND_WORD = /(?:逐年|逐步|稳步|持续|不断)(?:提高|提升|增长|增加|扩大|上升)$/;

/**
 * A clause naming a metric and its trend, with no value: "服务业完成税收占全市税收收入比重逐年提高" (乌海 2025). The metric
 * (a share, a rate, a level of money) is what a year's value right after it measures (rule `trend-then-year-level`).
 */
export const TREND_THEN_LEVEL =
  /^\s*(?:全省|全市|全区|全县|全州)?([\u4e00-\u9fa5（）()]{2,30}?(?:比重|占比|率|收入|增加值|总值|总额|产值|规模))(?:逐年|逐步|稳步|持续|不断)(?:提高|提升|增长|增加|扩大|上升)$/;
