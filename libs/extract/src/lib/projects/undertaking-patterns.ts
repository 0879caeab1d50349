/** Pattern parts the undertaking rules share: the verbs that carry out or build, the head nouns that end a name. */

/** Adverbs that may precede the verb (加快推进, 深入实施, 积极争创). One flat alternation with the verbs: a run of
 * them opens the name (nested quantifiers would make the engine backtrack through every split of the run). 高质量
 * before 发展 is part of a name (…高质量发展示范项目), not an adverb. */
export const ADVERB = '加快|加力|大力|积极|全力|有序|持续|深入|扎实|稳步|统筹|全面|深度|力争|优化|高质量(?!发展)|高标准|布局|协同|谋划';

/** Verbs that carry out a programme: 实施…工程, 开展…行动, 落实…计划, 对接…行动. */
export const DO = `(?:${ADVERB}|组织实施|实施|开展|启动|落实|推进|推动|深化|拓展|对接|参与|承接|抓好|做好|争创|创建|争取)+`;

/** Verbs that build a facility: 建设…平台, 打造…基地, 争创…先导区, 推进…示范区建设. */
export const BUILD = `(?:${ADVERB}|建设运行|建设|建成投用|建成|新建|打造|创建|争创|培育|壮大|推进|推动|深化|加强|强化|提升|升级)+`;

export const PROGRAMME_HEAD = '工程|专项行动|行动计划|行动|计划|项目|专项试点|试点';

/** Built things, and named infrastructure (重庆至贵阳高速铁路, 青岛港董家口港区集装箱码头, 广珠(澳)高铁), and a plant's line
 * (持续推进新天源β内酰胺生产线建设, 交城 2021), a tourist area (推动环城旅游休憩带、淠河休闲旅游区建设, 六安 2022) and a
 * station (富山新市镇高铁站建设启动实施, 建平 2018: read before 高铁, which would close the name early). Not 经济带: most
 * are the national strategies a place joins (长江经济带, 丝绸之路经济带), not its works. */
export const FACILITY_HEAD =
  '平台|中心|基地|产业园|园区|示范区|集聚区|旅游区|枢纽|试验区|先导区|实验室|研究院|都市圈|经济圈|口岸|试点|产业城|科技城|科学城|铁路|高铁站|火车站|客运站|高铁|公路|机场|水库|灌区|码头|航道|电厂|电站|新港|港区|无水港|陆港|大桥|公园|生产线|风电场|牧场';

/** A name: no clause punctuation; parenthesised parts (铁路（遂内段）) are allowed when balanced (checked later). */
export const NAME = '[^，。；：、！？]{2,30}?';

/** What may follow a name: punctuation, a conjunction, a bracketed note, 建设 or 前期工作. Not a count: 实施医疗卫生强基工程10个以上
 * and 谋划落地旅居地产项目40个左右 are count targets (indicators). */
export const AFTER = '(?=[，。；、和及与等（(]|建设|前期工作|为(?:重点|抓手|核心|龙头|引领|支撑|载体|突破口|契机)(?!的)|$)';

/** The stretch of a work in one place, after its name (…铁路湖南段, …建设工程霍邱段): part of the name. Not 阶段/手段. */
export const STRETCH = '(?:[\\u4e00-\\u9fa5]{2,6}(?<![阶手])段)?';

/** Heads of a campaign or fair the plan organises (消费季, 美食节, 博览会 …; a quoted series of events: 继续举办“山水交城、康养
 * 一夏”系列文旅活动, 交城 2021; a quoted consumption campaign, rule quoted-consumption-campaign: 精心举办“秦乐购”促消费活动150
 * 场次, 铜川 2025, its count of events after it). A quoted 活动 of another kind is left: the gold reads a themed year
 * (“项目建设年”活动, 潍坊 2018; “消费促进年”活动, 广元 2023), a work-style slogan (“进工地、到一线、解难题”活动) or a contest
 * (“进出口前十强”评选活动) as no undertaking. */
export const CAMPAIGN_HEAD = '消费季|购物节|美食节|文化节|旅游节|博览会|交易会|嘉年华|专项活动|系列文旅活动|系列活动|文旅活动|促消费活动';
