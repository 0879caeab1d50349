/** What a found name must be to be an undertaking's: not a kind, a role of the place, a document or an honour won. */
import { ADVERB, PROGRAMME_HEAD, STRETCH } from './undertaking-patterns';

/** A counted class of works in quotes or alone (“十大工程”, “三个专项行动”, 三大工程): its items are the projects. */
export const COUNTED_CLASS = /^“?[一二两三四五六七八九十百]+(?:个(?![一二两三四五六七八九十])|大|项|类|批)[^“”]{0,6}”?$/;

/**
 * A counted class in quotes closing a longer name (rule counted-class-in-quotes: 降低全社会物流成本“七大行动”, 湖南 2026;
 * 文化建设“八项工程”, 浙江 2026; “四个年”行动, 长沙县 2023), or counting the quoted slogans before it (扎实推动“改作风、提效能、
 * 促发展、护稳定”八大行动, 霍邱 2024): the field's set of works, whose items are the projects, as “十大工程” alone is. A
 * field and its count written plainly (旅游高质量发展十大工程, 服务业提质增效七大工程) is how plans title that set, and the gold
 * reads it as one programme; a number that is part of a name (“百万千”产业倍增计划, “一号工程”; N个 and a number, “五个一工程”:
 * five ones, 建平 2018) counts nothing, but N个 before a 一号 counts (“三个一号工程”: three works each the first, 浙江 2023).
 */
const COUNTED_CLASS_QUOTED =
  /“[一二两三四五六七八九十]+(?:个(?![一二两三四五六七八九十](?!号))|大|项|类)[^“”]{0,6}”$|^“[一二两三四五六七八九十]+(?:个(?![一二两三四五六七八九十])|大|项|类)[^“”]{0,4}”(?:工程|行动|计划|项目)$|”[一二两三四五六七八九十]+(?:个|大|项|类)(?:工程|行动|计划)$/;

/**
 * A layout or positioning slogan in quotes, made of counted parts (rule counted-layout: 奋力打造“三区一中心”, 长丰; “一核两翼”,
 * “两新一示范”): what the place is to become, no undertaking. A counted part closed by a programme's head (“三峡一期工程”)
 * names one.
 */
const COUNTED_LAYOUT = /^“(?:[一二两三四五六七八九十]+[\u4e00-\u9fa5]{1,3}){2,}”$/;
const PROGRAMME_CLOSE = /(?:工程|项目|行动|计划|期)”$/;

/** Quantified or generic classes (一批…, 各类…, 高水平…, 3000个技改项目, 城市间高铁): a list holding one names kinds, not
 * undertakings; so does 各 before what each builds (rule each-builds: 力争各建成一个夜间经济特色集聚区, 上饶 2023; 各大电商平台,
 * 广东 2026), not 各族 (各族青少年交流计划, 内蒙古 2026). A line's voltage (500千伏长新输变电工程, 云龙 2025) or a plant's power
 * (…5万千瓦…) is part of a name. */
export const GENERIC =
  /^(一批|一系列|若干|多个|各(?!族|民族)|一大批|更多|一些|新型|相关|现有|一个|重点|重大|高水平|高能级|高品质|高标准|高质量|一流|(?:城市|区域|城乡|省|市|县)间)|(^|[^\d.])[\d０-９]+(\.\d+)?\s*(个|家|项|座|所|条|处|万(?!千瓦|吨|立方米)|亿|千(?!瓦|伏)|公里|户|套|批|类)|^[一二两三四五六七八九十百千万]+[个家项座所批类条]/;

/**
 * A facility named only by the level it serves and its kind (rule level-kind-facility: 2023年，改造提升县域商贸中心和物流配送中心，
 * 建设一批乡镇商贸中心、村级便利店, 开阳 2023): the kind every county, township or village is to have, no works of its own
 * name; what is coordinated with it is a kind too. A programme opening so (县域商业建设行动) stays a name.
 */
/**
 * A kind of works named by its technology or class alone, no place or owner before it (rule kind-of-works: 开工…抽水蓄能电站,
 * 广西 2026 — not 富民抽水蓄能电站; 110千伏输变电工程; 新时代重大标志性工程, 西藏 2026; 实施一批标志性工程; 打造零碳园区, 国家和
 * 省级零碳园区): what is built is a kind. So are a technology and its plant's size or kind alone (大型光伏电站项目, 太仆寺旗 2010;
 * 光伏发电, 330千伏输变电, 城乡路网, 污水处理厂: 金塔; 安全饮水工程, 小农水工程, 抽水站建设: 香格里拉 2012).
 */
export const KIND_OF_WORKS =
  /^(?:在建|新建|一批|大型|新型|分布式)?(?:抽水蓄能|光伏|风电|储能)(?:电站|项目|发电|电站项目|发电项目)$|^(?:\d+千伏)?输变电(?:工程)?$|^(?:城乡|农村|城市)?(?:路网|电网|管网)(?:建设|改造)?$|^(?:城镇|县城|乡镇)?(?:生活)?(?:污水|垃圾)处理厂$|^(?:农村)?(?:安全饮水|饮水安全|小农水|农田水利)(?:工程|项目)$|^(?:抽水站|泵站|变电站)(?:建设|改造)?$|^(?:新时代)?(?:重大)?标志性(?:工程|项目)$|^(?:国家级|省级|国家和省级)?零碳(?:产业)?园区$/;

/** A work described by a superlative (世界最长高速公路, 全国最大国产化单集群万卡智算中心: 新疆, 黑龙江 2026): its name is not written. */
const SUPERLATIVE = /^(?:世界|全球|全国|全省|全区|亚洲|国内)?最[大长高深早]/;

export const LEVEL_KIND = /^(?:县域|县级|乡镇|乡级|镇级|村级|镇村|村镇)[\u4e00-\u9fa5]{0,8}(?:中心|站|点|网点|平台|市场|超市|便利店)$/;

/** Described things (…的…中心; the 的 of 目的地 is inside a word), lists (A等B), verb phrases and classes of projects (片区综合更新改造重点项目, 算力基础设施项目) are not names. */
/**
 * …nor a framing clause (按照市委关于把成渝地区双城经济圈…建设作为…): a preposition opens no name, nor a pronoun (我们在园区
 * 建设上打造了紫金速度, 紫金 2020), and a name holds no 解决 (全力协调解决阻碍项目建设的堵点, 始兴 2024: a duty); nor two kinds
 * joined (教育示范企业和项目); nor a slogan of how projects are pursued (rule work-style-slogan: 持续掀起大抓项目、抓大项目、
 * 狠抓产业项目的热潮, 石泉 2022; “一码、一图、一表”管项目, 海南 2026); nor a title a place is to win (rule title-sought: 力争2021年盐池县成功创建为国家全域旅游示范区,
 * 吴忠 2021: the county becomes the 示范区, it builds none); nor the frame …为中心 (rule centre-as-frame: 以打造中国动力谷为中心,
 * 天元 2016: what the work centres on, the 中心 of no facility); nor a year's projects (rule year-class: 要提前谋划2024年项目,
 * 陵水 2023: the projects of a year, none named); nor what closes with a ceremony's verb (rule ceremony-verb: 王东群宣布项目开工
 * 陈业鹏主持, 定州 2017's headline: a person presides; …开工仪式举行); nor the departments' duty (落实部门包保服务项目, 泰兴 2020), nor
 * a phase alone (10月底一期项目投入生产, 泰兴 2020), nor a place's or a half year's projects (正宁县周家镇项目建设稳步推进; 今年上半年
 * 项目投资达5000多万元, 香格里拉 2012: the projects of a town or a time, none named), nor a level's class (省市级重点建设项目, 三元 2010);
 * nor what opens with a verb of duty (rule duty-verb-opening: 抓好省级农业产业园建设, 襄城 2022) or with a conjunction joining a
 * second verb to the one before (加快建设和改造提升绿色蔬菜保供基地, 盐城 2024): a verb phrase, whose object is the kind of facility
 * every place builds; nor a class of projects by their field (rule class-of-projects: 在推进教育类项目建设中, 城厢 2022).
 */
const NOT_A_NAME =
  /^[\d０-９.]+万?千瓦|^部门|^(?:抓好|做好|抓实|办好|搞好|抓紧)|^[和及与](?=改造|提升|建设|新建|扩建|推进|完善|打造|培育)|^[一二三四五六七八九十]期(?:项目|工程)?$|(?<!目)的|等|一批|以上|完成|取得|[大狠]抓|抓大|^掀起|创建[为成]|成功创建|情况$|为中心$|(?:主持|出席|讲话|致辞|举行|召开)$|^(?:[\d０-９]{4}|明|今|当|去)年度?(?:上半年|下半年|[一二三四]季度)?(?:重点|重大)?(?:建设)?(?:项目|工程)$|^(?:[\u4e00-\u9fa5]{1,6}?(?:省|市|县|区|旗|镇|乡|街道)){1,3}(?:重点|重大)?项目$|”[管抓推促]项目$|^(实施|实现|按|建设|推进|打造|推动|加快|开展|支持|鼓励|发展(?!和)|项目|工程|按照|根据|关于|围绕|通过|为了|为(?!民)|把|对(?![外接])|以(?!工代赈)|我们)|解决|(?:重点|重大)(?:建设)?项目$|基础设施项目$|重点工程$|[和及与](?:项目|工程|平台|中心)$|[\u4e00-\u9fa5]类(?:项目|工程)$/;

/**
 * A role the place is to play, described by its rank (全国重要的商贸物流中心, 具有全国影响力的研发设计基地): not a name,
 * and neither is what is listed or coordinated with it. So is a hub of trade, spending or finance named by its reach
 * (ROLE_HUB: 建设全国消费中心、全国商贸物流中心, 湖北 2021; 打造川陕甘结合部区域消费中心, 广元 2023; 多级消费中心); an
 * international one is a national programme (上海国际金融中心), a 保税物流中心 a facility. A 副中心 is a part of the place's
 * layout (“一副”指…打造服务业高质量发展副中心: 绵阳 2022), no undertaking. A determiner of the whole list (全省统一的旅游大数据中心、旅游综合服务平台)
 * ranks nothing.
 */
export const DESCRIBED = /(?:重要|影响力|竞争力|知名|一流|领先)的/;

export const ROLE_HUB = /^(?:全国|多级|区域性|[\u4e00-\u9fa5]{2,8}(?:结合部|区域))(?:消费|商贸|物流|商贸物流|贸易)中心$|副中心$/;

/**
 * A list naming what the place itself is to become (全力建设乡村振兴先行示范区、“两山”实践创新示范基地和康养旅居地、国家公园县
 * 和全省山区绿色发展示范县: 竹溪 2020) states roles, not undertakings: one of its items is a kind of county or city.
 */
const ROLE_OF_PLACE = /(?:县|强市|强省|强区|名城)$/;

/** Whether the list a name opens, up to its clause's end, holds a role of the place (…、国家公园县和…示范县). */
export function listsRoleOfPlace(sentence: string, from: number): boolean {
  const rest = sentence.slice(from);
  const end = rest.search(/[，。；：]/);
  return (end < 0 ? rest : rest.slice(0, end)).split(/[、和及与]/).some((item) => ROLE_OF_PLACE.test(item));
}

/**
 * A verb that opens a written name is not part of it (投运共和机场 → 共和机场, 改扩建西安至永寿 → 西安至永寿, 加大白银军民融合
 * 创新示范区建设 → 白银军民融合创新示范区: 白银 2018; 建成并完善南亚东南亚大宗商品跨境交易平台 → 南亚东南亚…平台: 云南), nor the
 * 好 of a verb before it (建设好全民健康信息平台, 运营好国家区域医疗中心), nor the 了 after one (先后实施了安全饮水工程, 香格里拉 2012).
 */
export const LEADING_VERB =
  /^了?(?:(?:已|新|以及|以|并)?(?:启动|投运|改扩建|改造|组建|重组|保障(?!性)|落地|新建|扩建|谋划|开工|建成投产|建好|规划建设|加大|发展建设|巩固|设立|注重|聚焦|提速|落实|运营|完善)+)?好?/;

/** What the plan encourages others to build (鼓励企业…建设国际物流园区) is a policy, not one of its undertakings. */
export const ENCOURAGED = /鼓励|引导/;

/**
 * A designation the text says was won (余杭 2023 review: 成功创建全国科普示范区; 获评, 荣获) is an honour the place holds,
 * not an undertaking of its own.
 */
export const HONOUR_WON = /(?:成功|获评|荣获|被评为|被命名为)$/;

/**
 * What a plan helps or joins (rule supported-not-undertaken: 打造特色产业集群，助力荆门产业转型升级示范区建设, 荆门 2024; 融入…
 * 经济圈建设) is the aim it serves, not one of its undertakings: a clause opening with a verb of support names no
 * facility or zone; a programme it joins is one, without the verb (融入国家“东数西算”工程: 新疆 2026). A verb of building
 * before it makes it part of a name (打造融入全球供应链支撑平台: a platform). 围绕 frames the aim too (rule aim-framed:
 * 围绕打造区域航空航运枢纽和珠江口西岸轨道交通中心，开工…, 珠海 2024: the city's role, which the works after it serve),
 * not 围绕 before the field a facility serves (围绕健康医药等优势产业打造行业级工业互联网平台: a platform built). The verb of
 * support may follow a verb of pursuing or a duty's frame (rule support-after-pursuit: 加快推进融入沈阳现代化都市圈和辽东绿色
 * 经济区, 铁岭 2022; 必须在融入怀化国际陆港建设上下足功夫, 通道 2024): the aim still, not an undertaking. Docking with a
 * region is joining it too (全面对接长江中游城市群、成渝地区双城经济圈, 宜昌 2026); a programme docked with is one (深度对接国家
 * …高质量发展行动).
 */
export const SUPPORTED = new RegExp(
  `^(?:主动|更好|紧紧|必须在|必须|要在|在|推进|推动|${ADVERB})*(?:助力|助推|融入|对接|赋能|服务于|围绕(?=(?:${ADVERB})*(?:打造|建设|构建|建成|创建|争创)))`,
);

export const PROGRAMME_END = new RegExp(`(?:${PROGRAMME_HEAD})”?${STRETCH}$`);

/** Plans, rules and reforms the text writes (编制…规划, …若干措施) are documents, not undertakings. */
export const DOCUMENT = /(编制|制定|出台|印发|发布)了?$/;

export const MIN_NAME = 5;

/** Physical works a place and a head noun name in four characters (永州电厂, 湘西机场, 毛俊水库). */
export const PLACE_AND_WORKS = /(电厂|电站|机场|水库|灌区|码头|新港|港区|大桥|公园|铁路|公路)$/;

/** Verbs inside a run before the head: the name starts after the last (将成都市纳入国家…试点 → 国家…试点). */
const INNER_VERB = /深度参与|参与|推动|推进|支持|加快|实施|开展|打造|纳入|列入/g;

/** A name inside 《…》 belongs to a document's title (《…三年行动计划》): the document, not an undertaking of it. */
export function insideBookTitle(sentence: string, at: number): boolean {
  const open = sentence.lastIndexOf('《', at);
  return open >= 0 && sentence.lastIndexOf('》', at) < open;
}

/** End of the last verb inside a written name (0 when there is none). */
export function lastInnerVerbEnd(written: string): number {
  let end = 0;
  INNER_VERB.lastIndex = 0;
  for (let match = INNER_VERB.exec(written); match; match = INNER_VERB.exec(written)) end = match.index + match[0].length;
  return end;
}

/** After the last ， ； or ： before `at` (as lastIndexOf reads `at - 1`: from 0 when at is 0), else 0. One backward scan. */
export function clauseStart(sentence: string, at: number): number {
  for (let i = Math.max(at - 1, 0); i >= 0; i--) {
    const code = sentence.charCodeAt(i);
    if (code === 0xff0c || code === 0xff1b || code === 0xff1a) return i + 1;
  }
  return 0;
}

/**
 * A name says more than its head noun, has no quantifier or 的, balanced quotes and brackets, and no book-title mark
 * (发布了《“数字福州”建设三年行动计划: a document cited, not an undertaking).
 */
export function isName(name: string, minLength: number): boolean {
  return (
    name.length >= minLength &&
    !GENERIC.test(name.includes('年') ? name.replace(CAPACITY, '') : name) &&
    !LEVEL_KIND.test(name) &&
    !KIND_OF_WORKS.test(name) &&
    !SUPERLATIVE.test(name) &&
    !ROLE_HUB.test(name) &&
    !COUNTED_CLASS.test(name) &&
    !COUNTED_CLASS_QUOTED.test(name) &&
    !(COUNTED_LAYOUT.test(name) && !PROGRAMME_CLOSE.test(name)) &&
    !NOT_A_NAME.test(name) &&
    !/[《》]/.test(name) &&
    balanced(name)
  );
}

/**
 * Rule capacity-in-name: the yearly capacity a works' name states (长龙山农牧有限公司年出栏20万头生猪养殖项目, 驿城 2016;
 * 年产6万吨…项目) sizes that one works; it counts no class of works.
 */
const CAPACITY = /年(?:产|产能|出栏|存栏|加工|处理|屠宰|生产)[\d.]+万?[\u4e00-\u9fa5]?/g;

/** As many “ as ”, （ as ）, ( as ): one pass. */
function balanced(text: string): boolean {
  let quotes = 0;
  let wide = 0;
  let narrow = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x201c) quotes++;
    else if (code === 0x201d) quotes--;
    else if (code === 0xff08) wide++;
    else if (code === 0xff09) wide--;
    else if (code === 0x28) narrow++;
    else if (code === 0x29) narrow--;
  }
  return quotes === 0 && wide === 0 && narrow === 0;
}
