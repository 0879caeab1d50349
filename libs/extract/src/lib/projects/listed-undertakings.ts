/** Undertakings named as items of a list (开工建设A、B、C等项目, 重点项目包括A、B, …五大重点突破项目). */
import { beginsWithPlace, isPlaceName } from '../regions/place-words';
import { COUNTED_CLASS, DESCRIBED, ENCOURAGED, GENERIC, ROLE_HUB, clauseStart, listsRoleOfPlace } from './undertaking-names';
import { BUILT_WORK, LEADING_INVESTMENT } from './works-undertakings';
import { ADVERB, BUILD, DO, FACILITY_HEAD, PROGRAMME_HEAD, STRETCH } from './undertaking-patterns';

/**
 * Items of a list the text itself calls projects: 开工建设A、B、C等项目, 推动A、B等“十大工程”纳入国家规划; or works whose
 * list 等 closes right before the stage they reached (东外环路、…、智慧防控综合实战平台等开工建设: 潍坊 2018). A stage before
 * 项目 qualifies the projects (…、金钟时代广场、雁兴混凝土生产、超市服务等新竣工项目现场, 雁峰 2020): the list is called projects.
 */
const LIST_TAIL =
  /等([^，。；“”对向]{0,20}?)(“[^”]{0,8}(?:工程|项目)”|(?:项目|工程|前期工作|铁路|公路|机场|水库|港口)|(?=(?:相继|陆续|顺利|集中)?(?:开工建设|开工|竣工|建成投用|投产)(?!项目)))/g;

/**
 * What may close a list that is its clause's subject: 等一批重大产业项目, 等重大基础设施项目, 等一批大好高优项目 (安平 2022: a
 * batch named by the qualities sought).
 */
const SUBJECT_LIST_TAIL =
  /^(?:一批)?(?:重大|重点)(?:产业|基础设施|工业|民生|交通|能源|水利)?项目$|^一批[\u4e00-\u9fa5]{2,6}项目$|^\d+个(?:省市区?|省市县|省|市|县|区|省级|市级|县级|区级)(?:重大|重点)(?:建设)?项目$/;

/** A list of the sites where works go on (rule sites-listed: 在县民生医院、六股河北桥、猴山水库净水厂等各大重点项目的建设现场,
 * 绥中 2024): 在 opens the items. */
const AT_SITE = /^的?(?:建设|施工)?(?:现场|工地)/;

/** Words that single out a subject list from what was said before (特别是A、B等一批…项目: 安平 2022): no part of its first item. */
const SINGLING_OUT = /^(?:特别是|尤其是|其中)/;

/**
 * A list that is its clause's subject, closed by its count or stage (等续建项目, 等151个项目, 等20个储备项目, 等项目) and
 * followed by the stage the works reached (rule listed-by-stage: 宝镁轻合金、G236殷汇至查桥段一级公路改建工程…等续建项目顺利
 * 推进；联森五金机电制造产业园、经开区半导体特色生态产业园等151个项目开工建设；金娃科技创新产业园等85个项目竣工: 池州 2024;
 * 特高压输变电工程、…、鲁中农副产品批发交易市场等项目开工建设: 潍坊 2018).
 */
/** The stage may be the works put into use (中国—东盟医疗保健合作中心等3个重大项目投入使用, 广西 2026) or their progress
 * (其中，抗日山文旅产业园、花果山综合提升工程等7个项目进展较快, 连云港 2022). */
/** The count may be approximate and the class the works' stage (裕辉食品、佰纳环保等10多个开工项目加快推进, 泰兴 2020); the stage
 * may be planned for a month or the year (rule stage-planned: 湛江锦汇港洋现代冷链产业物流园、广东海豹信息科技产业基地等7个项目在6月
 * 开工建设, 市滨江污水处理厂及配套管网（一期）工程等3个项目计划在6月竣工建成: 吴川 2021; …等12个项目计划首季开工, 阜新 2022), or
 * carried out (…等项目加快实施), filed or approved (缙云县冷链物流综合小微园、…、松阳县冷链物流中心等项目相继备案、落地, 丽水 2022),
 * or behind (三明一品农林产品仓储、华油仓储、三明汽车维修中心等26个项目滞后, 三元 2010). A counted list
 * of a level's key projects is a subject list too (三明宾馆重建、…等13个省市重点项目，完成年计划70%以上). */
const STAGED_TAIL = /^(?:\d+(?:多|余)?个)?(?:续建|新建|在建|储备|新开工|开工|新竣工|竣工|签约|重大|重点)*(?:产业)?(?:项目)?$/;
const STAGE_AFTER =
  /(?:(?:计划|预计|拟|将|力争)?(?:在|于)?(?:今年|年内|年底|首季|上半年|下半年|[一二三四]季度|(?:今年)?\d{1,2}月(?:份|底|末|中旬|上旬|下旬)?)前?)?(?:已|均已|相继|陆续|顺利|加快|加速|有序|稳步|提前|全面|集中|先后)?(?:开工|建设|推进|竣工|投产|建成|完工|复工|落地|备案|立项|投入使用|投用|并网|实施|滞后|进展较快|进展顺利|进度加快)/y;

/** Whether the stage the works reached is written at `at` (sticky: no copy of the rest of the sentence). */
function stageAt(sentence: string, at: number): boolean {
  STAGE_AFTER.lastIndex = at;
  return STAGE_AFTER.test(sentence);
}

/** A division of the place and 的 before a list's item (爱民区的…): where the work lies. */
const PLACE_OF_ITEM = /^[\u4e00-\u9fa5]{1,6}?(?:市|县|区|旗|镇|乡)的(?=[^的]{4,}$)/;

/** 交通、水利等领域项目: the items are fields. */
const FIELD_LIST = /领域|方面|行业|类/;

/** Verbs that open such a list or start works on named infrastructure (开工建设宜西攀高铁), carry a counted set of works out
 * (持续落实保护传承、…“五大工程”, 承德 2023), or sign or bring in the projects
 * listed (签约总投资80亿元的金风集团绿色新材料、维尔利集团焦炉煤气综合利用等12个项目, 交城 2021), or fund them (rule
 * funded-works: 支持桂林至柳州段改扩建工程、桂林龙胜至峒中公路、桂林—恭城—贺州公路等高速公路建设, 桂林 2022); choose them
 * (已初步确定A、B等7个项目在6月开工建设, 吴川 2021), include them (rule listed-included: 包括沿江高铁天门段、西河治理等基础设施项目,
 * 天门), or visit them (rule visited-list: 考核组一行先后来到缤购商业街、…、金钟时代广场等新竣工项目现场, 雁峰 2020). */
const LIST_OPENER = new RegExp(
  `^(?:[^、]{0,12}?)(?:${ADVERB}|开工建设|新开工|开工|建成投用|建成通车|续建|建设|推进|推动|力推(?![进动])|力促(?!进)|组织实施|实施|落实|展开|启动|落地|争取|做好|抓好|签约|签订|招引|引进|储备|支持|确定|铺排|包括|观摩|考察|参观|来到|走进|前往|察看)+了?`,
);

/** The clause after a verb, whose 、-separated items ending in a head noun are undertakings: 高标准建设大滇西旅游环线、澜沧江沿岸休闲旅游示范区. */
const VERB_CLAUSE = new RegExp(`(?:${DO}|${BUILD})([^，。；：]{4,120})`, 'g');

const JOINED = /^(.+?)[和及与]/;

const ENDS_WITH_HEAD = new RegExp(`(?:${PROGRAMME_HEAD}|${FACILITY_HEAD})”?${STRETCH}(?:[（(][^（）()]{1,12}[）)])?(?:建设)?$`);

/**
 * What closes the last item of a list after its verb without being part of it (…、珠海机场改扩建工程加快建设, 珠海 2024): the
 * verb of the list said again.
 */
const CLOSING_VERB = /(?:加快|加速|全面|持续)(?:建设|推进)$/;

/**
 * A list closed by the class that counts it, without 等 (…及雅安物流园、雅安无水港、…、中农批·川西国际农博城五大重点突破项目):
 * as many items as the count says are the projects; the stage they reached may follow (玫瑰高端产业园、…、榆山中小企业孵化园
 * 5大园区同步推进, 平阴 2019; 重点抓好灰腾梁、别力古台两大风电场, 阿巴嘎旗); the count may be quoted right after the last item (rule counted-class-quoted-after-items:
 * 持续落实保护传承、研究发掘、环境配套、文旅融合、数字再现“五大工程”, 承德 2023).
 */
const COUNTED_TAIL =
  /([一二两三四五六七八九十]|(?<![\d—\-~～\s])[2-9])(?:大|个|项)([^，。；、“”]{0,8}?)(项目|工程|行动|平台|基地|园区|中心|风电场|电站)(”?)(?=[，。；（(]|建设|(?:同步|加快|有序|顺利|全面)推进|$)/g;

/**
 * A list the text introduces as its projects: 这些项目分别是A、B、C, 重点项目包括A、B; after a comma, 包括 only (rule
 * projects-include: 此次集中开工项目，包括海化集团硝盐升级项目、…、优然牧业等项目, 潍坊滨海区 2021; 本次集中开工的22个重大
 * 项目，包括：顺蓬营一级公路蓬安段建设项目、…、“万、千、百、十”脱贫攻坚项目等，总投资69.3亿元, 蓬安 2017). The list ends at
 * its 等; 、 inside quotes or brackets divides no item.
 */
const COPULA_LIST = /(?:项目|工程)(?:(?:分别|主要)?(?:是|为|包括|有)|[，,](?:主要)?包括)[：:]?([^，。；]{6,})/g;
/**
 * A list after 分别是 whose every item closes with a project's head (rule enumerated-projects: 项目现场有3个，分别是德科中德高端
 * 零部件产业园项目、新日铝一期项目、天河谷精酿啤酒项目, 苏家屯 2022): the items are the projects, whatever the words before.
 */
const ENUMERATED = /分别(?:是|为)[：:]?([^，。；]{6,})/g;
const PROJECT_ITEM = /(?:项目|工程)$/;
/**
 * Projects enumerated after 分别为 one a clause, each with what it completes (rule enumerated-with-figures: 4个省重点项目分别为：
 * 乡宁县云丘山完成投资1.11亿元，翼城县河上功德山完成投资1.5亿元…; 11个其他重点项目分别为：霍州七里峪景区旅游路改造工程完成投资
 * 0.82亿元；隰县小西天景区生态综合体建设完成0.1亿元；…曲沃县曲村-天马国家考古遗址公园做好前期准备工作, 临汾 2023): the clause
 * before its figure names the project. Most clauses must carry a figure.
 */
const ENUMERATED_FIGURES = /(?:项目|工程)分别(?:为|是)[：:]/g;
const ITEM_FIGURE = /(?:建设)?(?:已)?完成(?:年度)?(?:投资)?(?:约|达)?[\d.]+(?:万|亿)元$|做好[^，；]{2,10}工作$/;
/**
 * The projects a count names after 即 (rule namely-projects: 纳入国规重点项目1个，即长城(金山岭段)文旅融合示范区项目, 承德 2023): each
 * item, one or a 、 list, closed by a project's head.
 */
const NAMELY = /(?:项目|工程)[\d一二两三四五六七八九十]{0,3}[个项]?，即[：:]?([^，。；]{4,})/g;

/** A list of fields closed before the count (…等方面实施, …等领域): the count is of actions in those fields. */
const FIELDS_CLOSE = /等|方面|领域|行业/;

const CHINESE_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Every 、-separated item ending in a head noun in the clause after a verb, unless the list holds a generic kind. */
export function listedAfterVerb(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  VERB_CLAUSE.lastIndex = 0;
  for (let match = VERB_CLAUSE.exec(sentence); match; match = VERB_CLAUSE.exec(sentence)) {
    const from = match.index + match[0].length - match[1].length;
    if (ENCOURAGED.test(sentence.slice(clauseStart(sentence, match.index), match.index)) || !match[1].includes('、')) continue;
    // What a thing is built into is a role (rule built-into-role: 将田园综合体建设成美丽乡村展示区、都市现代农业示范区…, 都江堰 2017):
    // 成 after the verb opens no name, unless a place does (建设成都国际铁路港).
    if (match[1].startsWith('成') && !beginsWithPlace(match[1])) continue;
    const pieces = match[1].split('、');
    // A list holding a generic kind or a ranked role (全国重要的商贸物流中心、区域金融中心) lists kinds and roles, and so does
    // one opened by 一批 after its verbs (建成或改造提升一批城市商圈、购物中心、商贸服务中心…等消费基础设施, 广元 2023).
    if (
      pieces.some((piece) => GENERIC.test(piece) || DESCRIBED.test(piece) || ROLE_HUB.test(piece)) ||
      /一批|一系列|各类|若干/.test(pieces[0]) ||
      listsRoleOfPlace(sentence, from)
    )
      continue;
    const items: Array<{ name: string; start: number }> = [];
    let cursor = from;
    for (const piece of pieces) {
      // 省级工业设计中心和工业设计研究院: two undertakings joined by 和.
      const joined = JOINED.exec(piece);
      const parts = joined && ENDS_WITH_HEAD.test(joined[1]) ? [joined[1], piece.slice(joined[0].length)] : [piece];
      let at = cursor;
      for (const part of parts) {
        // An item is named by its head (…工程, …项目(珠海段), …二期工程珠海段) or as a stretch of a named line (rule
        // listed-works-stretches: 推进珠肇高铁珠海至江门段、黄茅海跨海通道项目(珠海段)、香海大桥西延线先行段…, 珠海 2024).
        const name = part.replace(CLOSING_VERB, '').replace(/建设$/, '');
        if (ENDS_WITH_HEAD.test(name) || BUILT_WORK.test(name)) items.push({ name, start: at });
        at += part.length + 1;
      }
      cursor += piece.length + 1;
    }
    found.push(...items);
  }
  return found;
}

/** Items of `A、B、C等项目`: the clause up to 等, after its opening verbs, split at 、. */
export function listedProjects(sentence: string): Array<{ name: string; start: number; counted: boolean }> {
  const found: Array<{ name: string; start: number; counted: boolean }> = [];
  LIST_TAIL.lastIndex = 0;
  for (let match = LIST_TAIL.exec(sentence); match; match = LIST_TAIL.exec(sentence)) {
    if (FIELD_LIST.test(match[1])) continue;
    const from = clauseStart(sentence, match.index);
    const clause = sentence.slice(from, match.index);
    // The list is the verb's object (抓好A、B等项目建设) or the clause's subject (A、B等一批重大产业项目支撑有力).
    const opener = clause.startsWith('在') && AT_SITE.test(sentence.slice(match.index + match[0].length)) ? '在' : (LIST_OPENER.exec(clause)?.[0] ?? '');
    const staged = opener === '' && STAGED_TAIL.test(match[1] + match[2]) && stageAt(sentence, match.index + match[0].length);
    if (!clause.includes('、')) {
      // One named work before 等前期工作 after its verb is named as a list's item is (rule single-before-preparation: 加速推动
      // 广珠(澳)高铁等前期工作, 珠海 2024); so is one before 等N个项目 and their stage, named by its head or by six characters
      // and more (金娃科技创新产业园等85个项目竣工, 友进冠华绿色低碳工厂等20个储备项目提前开工: 池州 2024).
      const singled = opener === '' ? (SINGLING_OUT.exec(clause)?.[0].length ?? 0) : 0;
      const single = clause.slice(opener.length + singled);
      if (
        (opener !== '' && match[2] === '前期工作' && match[1] === '' && BUILT_WORK.test(single)) ||
        (staged && (single.length >= 6 || (single.length >= 4 && (ENDS_WITH_HEAD.test(single) || BUILT_WORK.test(single)))))
      )
        found.push({ name: single, start: from + opener.length + singled, counted: false });
      continue;
    }
    const items: Array<{ name: string; start: number }> = [];
    // The investment of the whole list, written before its first item (积极谋划总投资100亿元的焦化苯、水溶肥、永磁材料等16个
    // 重点项目, 交城 2021), is no part of that item; nor is the 的 after its verb (rule works-relative: 今年3月开工建设的尚勤路、
    // 横二路、…等8条道路工程, 庆阳 2024).
    const relative = opener !== '' && clause.startsWith('的', opener.length) ? 1 : opener === '' ? (SINGLING_OUT.exec(clause)?.[0].length ?? 0) : 0;
    const listed = clause.slice(opener.length + relative);
    const sized = LEADING_INVESTMENT.exec(listed)?.[0].length ?? 0;
    let cursor = from + opener.length + relative + sized;
    for (const piece of listed.slice(sized).split('、')) {
      // The county or district an item lies in, written before it with 的, is no part of its name (rule place-of-item:
      // 重点推进爱民区的旭昇化工邻氨基苯酚、…、林口县的奥丰石墨开采加工等项目, 牡丹江 2023).
      const place = PLACE_OF_ITEM.exec(piece)?.[0].length ?? 0;
      items.push({ name: piece.slice(place), start: cursor + place });
      cursor += piece.length + 1;
    }
    // A list of fields (交通、水利、能源等重大项目) or of places (包头、阿拉善等6个…项目) names no project.
    if (items.every((item) => item.name.length <= 2) || items.some((item) => isPlaceName(item.name))) continue;
    // Money supports fields as often as works: a list after 支持 is read only where every item is a built work by its
    // ending (桂林至柳州段改扩建工程、桂林龙胜至峒中公路、…; not 支持“五网”基础设施、…, 农业农村、…).
    if (opener.endsWith('支持') && !items.every((item) => BUILT_WORK.test(item.name))) continue;
    // A subject list with no verb before it must read as names throughout (恒力重工、奇瑞汽车等一批重大产业项目); a quoted
    // item is a slogan there unless the list's count and stage follow (…、“海州湾之星”水上酒店提升、…等12个项目进展较快,
    // 连云港 2022).
    // and 等 must close it with a short class of projects (等一批重大产业项目, 等重大基础设施项目), not a clause.
    if (
      opener === '' &&
      ((!SUBJECT_LIST_TAIL.test(match[1] + match[2]) && !staged) ||
        items.some((item) => item.name.length < 3 || GENERIC.test(item.name) || (!staged && /[“”]/.test(item.name))))
    )
      continue;
    // Works closed by 等 and their stage with no class between: some item must be a work by its head, and say more than it.
    if (match[2] === '' && !items.some((item) => (ENDS_WITH_HEAD.test(item.name) || BUILT_WORK.test(item.name)) && !/^(?:项目|工程)/.test(item.name))) continue;
    // A list closed by a counted class (等“六大工程”) is named as the document's set of works.
    const counted = COUNTED_CLASS.test(match[2]) || /^[一二两三四五六七八九十]+(?:个|大|项)/.test(match[1]);
    found.push(...items.filter((item) => item.name.length >= 2).map((item) => ({ ...item, counted })));
    if (match[2].startsWith('“')) found.push({ name: match[2], start: match.index + match[0].length - match[2].length, counted: false });
  }
  return found;
}

/**
 * Items of a list closed by the class that counts them, without 等: 提出…及A、B、C、D、E五大重点突破项目. The count must
 * equal the items (五 and five pieces); the first item starts after the last 及/和/与 of its piece, or after the
 * clause's opening verbs.
 */
export function countedList(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  COUNTED_TAIL.lastIndex = 0;
  for (let match = COUNTED_TAIL.exec(sentence); match; match = COUNTED_TAIL.exec(sentence)) {
    // A quoted count (“五大工程”) opens its quote right after the last item and closes it after its head.
    const quoted = sentence[match.index - 1] === '“';
    if (quoted !== (match[4] === '”')) continue;
    const listEnd = match.index - (quoted ? 1 : 0);
    const from = clauseStart(sentence, listEnd);
    const pieces = sentence.slice(from, listEnd).split('、');
    // The count in Chinese or in one Arabic digit (观摩了A、B、C、D4个项目: 丹凤 2022); 等 before it counts more than the items.
    if (pieces.length !== (CHINESE_DIGITS[match[1]] ?? Number(match[1])) || pieces.length < 2 || sentence[listEnd - 1] === '等') continue;
    // Fields the count is about (围绕临海产业、…、海洋科技等方面实施七大行动: 宁德 2021) are no items of it.
    if (FIELDS_CLOSE.test(pieces[pieces.length - 1])) continue;
    // Rule counted-qualifiers: a class the count describes (三个资金服务平台) whose items name no work of their own are what
    // each of the class serves (搭建小额贷款、中小企业担保、自主创新三个资金服务平台, 南开 2010: three platforms, for loans,
    // guarantees and innovation), no undertakings; items with a head of their own (…雅安物流园、雅安无水港…五大重点突破项目) are.
    if (match[2].length > 0 && !pieces.some((piece) => BUILT_WORK.test(piece))) continue;
    const first = pieces[0];
    const joined = Math.max(first.lastIndexOf('及'), first.lastIndexOf('和'), first.lastIndexOf('与'));
    // The opening verbs may hold a 与 of their own (与会人员现场观摩了A、…: 丹凤 2022); 包括 opens the items (包括都江堰灌区、…
    // 6个工程: 四川 2026).
    const lead = Math.max(joined + 1, LIST_OPENER.exec(first)?.[0].length ?? 0, /^(?:主要)?包括/.exec(first)?.[0].length ?? 0);
    let cursor = from;
    pieces.forEach((piece, index) => {
      const skip = index === 0 ? lead : 0;
      found.push({ name: piece.slice(skip), start: cursor + skip });
      cursor += piece.length + 1;
    });
  }
  return found;
}

/** Items of a list the text introduces as its projects (这些项目分别是A、B、C): each, up to the clause's end. */
export function copulaList(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  ENUMERATED.lastIndex = 0;
  for (let match = ENUMERATED.exec(sentence); match; match = ENUMERATED.exec(sentence)) {
    const pieces = match[1].split('、');
    if (pieces.length < 2 || !pieces.every((piece) => PROJECT_ITEM.test(piece))) continue;
    let cursor = match.index + match[0].length - match[1].length;
    for (const piece of pieces) {
      found.push({ name: piece, start: cursor });
      cursor += piece.length + 1;
    }
  }
  if (sentence.includes('分别')) {
    ENUMERATED_FIGURES.lastIndex = 0;
    for (let match = ENUMERATED_FIGURES.exec(sentence); match; match = ENUMERATED_FIGURES.exec(sentence)) {
      const from = match.index + match[0].length;
      const end = sentence.indexOf('。', from);
      const pieces = sentence.slice(from, end < 0 ? sentence.length : end).split(/[，；]/);
      const figured = pieces.filter((piece) => ITEM_FIGURE.test(piece));
      if (pieces.length < 2 || figured.length * 2 < pieces.length) continue;
      let cursor = from;
      for (const piece of pieces) {
        const figure = ITEM_FIGURE.exec(piece);
        if (figure) {
          const name = piece.slice(0, figure.index);
          if (name.length >= 3) found.push({ name, start: cursor });
        }
        cursor += piece.length + 1;
      }
    }
  }
  if (sentence.includes('即')) {
    NAMELY.lastIndex = 0;
    for (let match = NAMELY.exec(sentence); match; match = NAMELY.exec(sentence)) {
      const pieces = match[1].split('、');
      if (!pieces.every((piece) => PROJECT_ITEM.test(piece))) continue;
      let cursor = match.index + match[0].length - match[1].length;
      for (const piece of pieces) {
        found.push({ name: piece, start: cursor });
        cursor += piece.length + 1;
      }
    }
  }
  COPULA_LIST.lastIndex = 0;
  for (let match = COPULA_LIST.exec(sentence); match; match = COPULA_LIST.exec(sentence)) {
    if (!match[1].includes('、')) continue;
    let cursor = match.index + match[0].length - match[1].length;
    for (const piece of topLevelItems(match[1])) {
      found.push({ name: piece, start: cursor });
      cursor += piece.length + 1;
    }
  }
  return found;
}

/** The 、-separated items of a list up to its 等, reading 、 and 等 inside quotes or brackets as part of an item. */
function topLevelItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const char = list[i];
    if (char === '“' || char === '（' || char === '(') depth++;
    else if ((char === '”' || char === '）' || char === ')') && depth > 0) depth--;
    else if (depth === 0 && (char === '、' || char === '等')) {
      items.push(list.slice(from, i));
      from = i + 1;
      if (char === '等') return items;
    }
  }
  items.push(list.slice(from));
  return items;
}

/** A programme's head closing a list item (…专项行动, …工程). */
const LIST_HEAD = /(?:专项行动|行动计划|行动|工程|计划)$/;
/** What an item of a bare list may be: a name and its head, no clause mark, no verb phrase (a plain run of characters). */
const BARE_ITEM = /^[\u4e00-\u9fa5“”]{2,22}$/;

/**
 * A line that is nothing but a list of programmes sharing one head (rule bare-programme-list: under 6大行动计划, the line
 * 市场主体培育专项行动、集成能力提升专项行动、深度融合示范专项行动、…、区域协同发展专项行动, 德阳 2022): each item whole
 * is a named programme, as a numbered heading would name it. At least three items, each closed by the same head.
 */
export function bareProgrammeList(sentence: string): Array<{ name: string; start: number }> {
  const line = sentence.replace(/[。；\s]+$/, '');
  const head = LIST_HEAD.exec(line)?.[0];
  if (head === undefined) return [];
  const items = line.split('、');
  if (items.length < 3 || !items.every((item) => item.endsWith(head) && item.length >= head.length + 2 && BARE_ITEM.test(item))) return [];
  const found: Array<{ name: string; start: number }> = [];
  let at = 0;
  for (const item of items) {
    found.push({ name: item, start: at });
    at += item.length + 1;
  }
  return found;
}

/**
 * Works a text says were built, listed after 建成了, 构建了, 打造了 or 建设了 (rule built-list: 初步构建了广西第二汽车生产基地、
 * 中国—东盟新能源电动车生产基地、电子信息制造基地和生物医药生…, 贵港 2018; 今年重点建设了长城国家文化公园游步道项目和花楼沟国际
 * 摄影艺术村项目, 承德 2023): each item closed by a facility's or a project's head is named, at least two of them; a list
 * holding a kind, a ranked role or a hub of trade lists roles.
 */
const BUILT_LIST = /(?:建成|构建|打造|建设)了([^，。；：]{8,160})/g;
const FACILITY_END = new RegExp(`(?:${FACILITY_HEAD}|项目|工程)${STRETCH}$`);

export function builtList(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  BUILT_LIST.lastIndex = 0;
  for (let match = BUILT_LIST.exec(sentence); match; match = BUILT_LIST.exec(sentence)) {
    if (!match[1].includes('、') && !/[和及]/.test(match[1])) continue;
    const items: Array<{ name: string; start: number }> = [];
    let cursor = match.index + match[0].length - match[1].length;
    for (const piece of match[1].split('、')) {
      const joined = JOINED.exec(piece);
      const parts = joined ? [joined[1], piece.slice(joined[0].length)] : [piece];
      let at = cursor;
      for (const part of parts) {
        items.push({ name: part, start: at });
        at += part.length + 1;
      }
      cursor += piece.length + 1;
    }
    const named = items.filter((item) => FACILITY_END.test(item.name));
    if (named.length < 2 || items.some((item) => GENERIC.test(item.name) || DESCRIBED.test(item.name) || ROLE_HUB.test(item.name))) continue;
    found.push(...named);
  }
  return found;
}

/**
 * A 、 list whose every item closes with 项目 or 工程 (rule projects-each-named: 绿城五彩河湟建设项目、易华录城市数据湖项目、润厚
 * 农产品交易中心项目3项计划参加集中签约专题活动, 海东 2020; 在中睿无人机电池智造基地项目、临工智慧农业装备产业园项目、…魏桥高强韧
 * 铝合金轻量化智能装备制造项目，考察团…, 沂水; 分别为轴承锻件车件生产项目、年产400吨薄荷脑生产项目等, 淮南 2018; …光伏发电项目、
 * 国开20MWp分布式光伏发电项目已报盟发改委备案, 阿巴嘎旗): the text calls each item a project, wherever the list stands. It may
 * open after a verb, a preposition (在, 有, 分别为) or a bracketed note of who leads, and close with 等, its count, a copula or
 * its stage; two items joined by 和 or 及 are each named (文旅业态融合计划和“引客入赣”工程, 江西 2026). A list of kinds is none:
 * an item quantified or of a few words only (转型升级项目、创业创新项目、教育培训项目等, 济宁 2015).
 */
const ITEM_CLOSED = /(?:项目|工程)$/;
const JOINED_FIRST = /(?:项目|工程|计划|行动)$/;
/** The last item up to its head, before what the clause says of the list (3项计划…, 为协办竣工项目, 已报…, 是园区…). */
const LAST_ITEM = /^(.{4,40}?(?:项目|工程))(?=$|[\d为是已正将计均于在参等])/;
/** Verbs and prepositions that may open such a list: the first item starts after the last of them that leaves a name
 * (开工仪式同时还设立中利乳业奶粉加工项目、…, 磴口 2023; not 建设 of 绿城五彩河湟建设项目). */
const FIRST_OPENERS =
  /(?:设立|开工建设|开工|签约|引进|落户|推进|推动|组织实施|实施|建设|建成|确定|包括|观摩|参观|考察|主要有|分别为|分别是|分别有|共有|还有|即|在)了?/g;
const LEADING_NOTE = /^[（(][^（）()]*[）)]/;
const MIN_EACH_NAMED = 7;

export function eachNamedProjects(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  let from = 0;
  for (let i = 0; i <= sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    if (i < sentence.length && code !== 0xff0c && code !== 0x3002 && code !== 0xff1b && code !== 0xff1a) continue;
    const clause = sentence.slice(from, i);
    const clauseFrom = from;
    from = i + 1;
    if (!clause.includes('项目、') && !clause.includes('工程、')) continue;
    const items = eachNamedItems(clause, clauseFrom);
    if (items && items.every((item) => item.name.length >= MIN_EACH_NAMED && !SET_APART_WORDS.test(item.name) && !KIND_WORDS.test(item.name)))
      found.push(...items);
  }
  return found;
}

/** An item quantified names a kind. */
const KIND_WORDS = /[\d一二两三四五六七八九十]+个/;

/** The items of a clause's list whose every item is closed by 项目 or 工程, or null. */
function eachNamedItems(clause: string, clauseFrom: number): Array<{ name: string; start: number }> | null {
  const pieces = topLevelItems(clause);
  if (pieces.length < 2) return null;
  const last = LAST_ITEM.exec(pieces[pieces.length - 1]);
  if (!last || !pieces.slice(0, -1).every((piece) => ITEM_CLOSED.test(piece))) return null;
  const note = LEADING_NOTE.exec(pieces[0])?.[0].length ?? 0;
  const first = pieces[0].slice(note);
  let verbEnd = 0;
  FIRST_OPENERS.lastIndex = 0;
  for (let verb = FIRST_OPENERS.exec(first); verb; verb = FIRST_OPENERS.exec(first)) {
    const end = verb.index + verb[0].length;
    if (first.length - end >= MIN_EACH_NAMED) verbEnd = end;
  }
  const opener = note + verbEnd;
  const items: Array<{ name: string; start: number }> = [];
  let cursor = clauseFrom;
  for (let index = 0; index < pieces.length; index++) {
    const skip = index === 0 ? opener : 0;
    const written = (index === pieces.length - 1 ? last[1] : pieces[index]).slice(skip);
    const at = cursor + skip;
    cursor += pieces[index].length + 1;
    if (!/[和及与]/.test(written)) {
      items.push({ name: written, start: at });
      continue;
    }
    // One 和 or 及 inside a name that joins no two works is part of it (冶金设备及零部件制造基地项目, 新邵 2023); more are a clause.
    const joined = JOINED.exec(written);
    if (joined && JOINED_FIRST.test(joined[1]))
      items.push({ name: joined[1], start: at }, { name: written.slice(joined[0].length), start: at + joined[0].length });
    else if ((written.match(/[和及与]/g) ?? []).length === 1) items.push({ name: written, start: at });
    else return null;
  }
  return items;
}

/** Words that point to projects or set a class apart (该项目, 这些项目, 本次签约项目): no name. */
const SET_APART_WORDS = /^(?:该|此|这|本|其|各|所有|全部|部分|其余|其他|其它)/;

/**
 * A project the clause says is a project of some kind (rule project-is-project: 湖南省新华书店有限责任公司邵阳市分公司物流中心项目
 * 是新华书店的专属物流项目; 新邵县100兆瓦屋顶分布式光伏发电项目是根据国家能源产业发展规划布局引进的新能源项目: 新邵 2023;
 * 湛江吴川机场空港经济区起步区（一期）工程项目为协办开工项目, 吴川 2021): the subject is named.
 */
const PROJECT_IS_PROJECT = /(?:^|[，；：])([^，。；：、]{6,40}?项目)(?:是|为)[^，。；]{0,40}?项目(?=[，。；]|$)/g;

export function projectsCalledProjects(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  PROJECT_IS_PROJECT.lastIndex = 0;
  for (let match = PROJECT_IS_PROJECT.exec(sentence); match; match = PROJECT_IS_PROJECT.exec(sentence))
    if (!SET_APART_WORDS.test(match[1])) found.push({ name: match[1], start: match.index + match[0].indexOf(match[1]) });
  return found;
}

/**
 * The works a visit goes to (rule visited-works: 与会人员首先在商南县观摩了茶旅康养融合示范园、镁橄榄岩全产业链一期和菊花水系列
 * 功能性饮品生产线建设项目, 商洛 2023; 考察团一行先后参观了宏宇羽绒、…、恒润碳四综合利用项目、英腾服饰一期等地, 台前 2012;
 * 大家首先前往位于新化县的格林美映鸿资源循环有限公司生产线、…, 娄底): each item closed by a work's head (…项目, …一期, …园,
 * …生产线) is one; a company visited (宏宇羽绒, 武元实业) is none.
 */
const VISITED = /(?:观摩|参观|考察|调研|察看|视察)了|(?:先后|首先)?(?:来到|前往|走进)/g;
const VISITED_ITEM = new RegExp(`(?:${FACILITY_HEAD}|项目|工程|[一二三四五六七八九十\\d]期|园)$`);
const LOCATED_BEFORE = /^位于[^，。；、]{2,12}?的/;
const VISIT_END = /[，。；：]|进行|等/;

export function visitedWorks(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  VISITED.lastIndex = 0;
  for (let match = VISITED.exec(sentence); match; match = VISITED.exec(sentence)) {
    const after = match.index + match[0].length;
    const rest = sentence.slice(after);
    const end = rest.search(VISIT_END);
    const list = end < 0 ? rest : rest.slice(0, end);
    const located = LOCATED_BEFORE.exec(list)?.[0].length ?? 0;
    let cursor = after + located;
    const pieces = list.slice(located).split('、');
    if (pieces.length < 2 && !/[和及]/.test(list)) continue;
    pieces.forEach((piece, index) => {
      // The last item may join two works (…一期和…建设项目); a piece joining a work to what is none is no item.
      const joined = index === pieces.length - 1 ? JOINED.exec(piece) : null;
      if (joined && !VISITED_ITEM.test(joined[1])) return;
      const parts = joined ? [joined[1], piece.slice(joined[0].length)] : [piece];
      let at = cursor;
      for (const part of parts) {
        if (part.length >= 5 && VISITED_ITEM.test(part)) found.push({ name: part, start: at });
        at += part.length + 1;
      }
      cursor += piece.length + 1;
    });
    VISITED.lastIndex = after + list.length;
  }
  return found;
}
