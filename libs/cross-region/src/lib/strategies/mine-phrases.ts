import { isPlaceWord } from '@policygraph/extract';
import { segmentWords, tagWords } from '../text/policy-segmenter';
import { lexiconCovers } from './strategy-lexicon';

export interface PhraseOccurrence {
  /** Index of the text the phrase occurs in. */
  readonly text: number;
  readonly start: number;
  readonly end: number;
}

export interface MinedPhrase {
  readonly phrase: string;
  readonly count: number;
  /** Distinct texts (goals, projects) that use it. */
  readonly texts: number;
  readonly first: PhraseOccurrence;
}

export interface MiningOptions {
  /** A phrase must recur: at least this many occurrences in the document. */
  readonly minCount?: number;
  readonly maxPhrases?: number;
}

/**
 * Words that make a phrase an action or a filler, not a strategy: 加快发展 …, …工作, 全省…. Strategies are noun
 * phrases such as 智慧物流, 普惠金融, 医养结合; a candidate with any of these words is dropped.
 */
const GENERIC = new Set(
  (
    '发展 推进 推动 加快 加强 建设 提升 提高 打造 构建 实施 完善 健全 促进 支持 鼓励 积极 大力 进一步 全面 重点 工作 水平 能力 相关 有关 ' +
    '全省 全市 全区 我省 我市 开展 形成 实现 培育 引导 加大 深化 优化 强化 坚持 围绕 依托 聚焦 着力 不断 持续 逐步 充分 发挥 作用 ' +
    '主要 重要 重大 一批 一些 若干 各类 各种 多种 其中 以及 部分 方面 领域 企业 项目 行业 产业 服务业 经济 社会 城市 地区 国家 国际 ' +
    '服务 体系 机制 平台 功能 质量 规模 结构 水平 效率 需求 供给 能力 环境 条件 政策 措施 力度 组织 管理 提供 满足 开发 利用 基础 ' +
    '新型 现代 传统 特色 高端 优势 一体 提质 扩容 增效 升级 转型 创新 融合 协同 统筹 规范 引领 示范 试点 工程 行动 计划 年度 目标 ' +
    '年均 增长 增速 达到 营业 收入 增加值 比重 生产总值 责任 单位 基本 建成 人民群众 深入 挖掘 世界 知名 面向 成为 进入 左右 以上 力争 探索 建立 加速 推广'
  ).split(' '),
);

/**
 * Place-like words make a phrase local (昆明市, 长江经济带), not a strategy other regions can share: words ending in
 * a division or landform noun, and names from the national gazetteer (isPlaceWord), whatever the province.
 */
/**
 * Words of speech formulae and meta text, not of a strategy: how a report addresses its audience (各位代表), the
 * political and meeting vocabulary every report of the genre repeats (习近平总书记, 会议精神, 社会主义现代化), and the
 * actors a plan speaks of (经营主体, 地方政府, 人民群众, 高校毕业生): a strategy says what is done, not who does it.
 */
const SPEECH_AND_META = new Set(
  (
    '各位 代表 同志 委员 总书记 习近平 思想 精神 会议 全会 讲话 指示 批示 重要 党中央 中央 国务院 省委 市委 政府 人大 政协 监督 接受 ' +
    '社会主义 现代化 新时代 中国式 共产党 党员 干部 群众 人民 主体 毕业生 人员 本届 过去 今年 明年 一年 五年 十四五 十五五 时期 阶段 ' +
    '严格 落实 贯彻 自觉 坚决 扎实 牢固 树立 意识 成果 成效 取得 决策 部署'
  ).split(' '),
);

/**
 * A strategy is a way of doing something: its last word names the activity done that way (智慧**物流**, 普惠**金融**,
 * 全域**旅游**, 多式**联运** …) or the kind of policy (综合**改革**, 基层**治理**, 新业态新**模式**). Phrases ending in
 * anything else are objects, sectors, actors or report prose (核心竞争力, 装备制造, 应用场景, 良好开局), or actions any
 * task may take (专项整治, 信息共享, 上下联动), and are not mined. The heads are policy vocabulary, the same for every
 * province.
 */
const STRATEGY_HEADS = new Set(
  ('物流 金融 旅游 养老 托育 医疗 康养 贸易 消费 会展 电商 交通 出行 教育 就业 创业 农业 ' + '改革 治理 保护 修复 模式 业态 转移 转化 协作 帮扶 联运').split(
    ' ',
  ),
);

const PLACE_LIKE = /(省|市|县|州|区|镇|乡|村|江|河|湖|山)$|^(中国|全国)|南亚|东南亚|西部|中部/;
const HAN = /^[\u4e00-\u9fa5]+$/;
const MIN_LENGTH = 4;
const MAX_LENGTH = 8;

function isContentWord(word: string): boolean {
  return word.length >= 2 && HAN.test(word) && !GENERIC.has(word) && !SPEECH_AND_META.has(word) && !PLACE_LIKE.test(word) && !isPlaceWord(word);
}

/** Parts of speech (jieba tags) of a verb, adverb or adjective: a run of only these is an action (防范化解, 巩固拓展), not a named strategy. */
const NOT_NOUN = /^(v|vd|d|ad|a|ag|c|p|u)$/;

/**
 * A strategy-shaped phrase ends in a strategy head, has a noun, and has no verb before its head (老年人发放养老 is a
 * clause cut short, not a name).
 */
function isStrategyShaped(phrase: string, lastWord: string): boolean {
  if (!STRATEGY_HEADS.has(lastWord)) return false;
  const tags = tagWords(phrase);
  return tags.some((tag) => !NOT_NOUN.test(tag)) && !tags.slice(0, -1).some((tag) => tag === 'v');
}

/**
 * Recurring multi-word phrases of one document's goals and projects: runs of two or three adjacent content words
 * (jieba with the policy dictionary), four to eight characters, that occur at least `minCount` times, are not
 * already a lexicon term, and are not part of a longer kept phrase that occurs as often. Whether a phrase is a
 * shared strategy is decided across documents: when two or more regions apply it.
 */
export function minePhrases(texts: readonly string[], options: MiningOptions = {}): MinedPhrase[] {
  const minCount = options.minCount ?? 2;
  const maxPhrases = options.maxPhrases ?? 40;
  const stats = new Map<string, { count: number; texts: Set<number>; first: PhraseOccurrence }>();
  texts.forEach((text, textIndex) => {
    const words = segmentWords(text);
    const offsets: number[] = [];
    let offset = 0;
    for (const word of words) {
      offsets.push(offset);
      offset += word.length;
    }
    for (let i = 0; i < words.length; i++) {
      for (let n = 2; n <= 3 && i + n <= words.length; n++) {
        const run = words.slice(i, i + n);
        if (!run.every(isContentWord)) break;
        const phrase = run.join('');
        if (phrase.length < MIN_LENGTH || phrase.length > MAX_LENGTH) continue;
        if (!isStrategyShaped(phrase, run[run.length - 1]!)) continue;
        // A phrase followed by another content word modifies it (区域医疗 in 区域医疗中心): only a whole phrase counts.
        const next = words[i + n];
        if (next !== undefined && isContentWord(next)) continue;
        const entry = stats.get(phrase) ?? {
          count: 0,
          texts: new Set<number>(),
          first: { text: textIndex, start: offsets[i]!, end: offsets[i]! + phrase.length },
        };
        entry.count++;
        entry.texts.add(textIndex);
        stats.set(phrase, entry);
      }
    }
  });
  const recurring = [...stats.entries()].filter(([phrase, entry]) => entry.count >= minCount && !lexiconCovers(phrase));
  const kept = recurring.filter(
    ([phrase, entry]) => !recurring.some(([longer, other]) => longer !== phrase && longer.includes(phrase) && other.count >= entry.count),
  );
  return kept
    .map(([phrase, entry]) => ({ phrase, count: entry.count, texts: entry.texts.size, first: entry.first }))
    .sort((a, b) => b.texts - a.texts || b.count - a.count || b.phrase.length - a.phrase.length || a.phrase.localeCompare(b.phrase))
    .slice(0, maxPhrases);
}
