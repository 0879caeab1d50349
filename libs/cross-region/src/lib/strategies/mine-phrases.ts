import { isPlaceWord } from '@policygraph/extract';
import { segmentWords } from '../text/policy-segmenter';
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
const PLACE_LIKE = /(省|市|县|州|区|镇|乡|村|江|河|湖|山)$|^(中国|全国)|南亚|东南亚|西部|中部/;
const HAN = /^[\u4e00-\u9fa5]+$/;
const MIN_LENGTH = 4;
const MAX_LENGTH = 8;

function isContentWord(word: string): boolean {
  return word.length >= 2 && HAN.test(word) && !GENERIC.has(word) && !PLACE_LIKE.test(word) && !isPlaceWord(word);
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
        const entry = stats.get(phrase) ?? { count: 0, texts: new Set<number>(), first: { text: textIndex, start: offsets[i]!, end: offsets[i]! + phrase.length } };
        entry.count++;
        entry.texts.add(textIndex);
        stats.set(phrase, entry);
      }
    }
  });
  const recurring = [...stats.entries()].filter(([phrase, entry]) => entry.count >= minCount && !lexiconCovers(phrase));
  const kept = recurring.filter(([phrase, entry]) => !recurring.some(([longer, other]) => longer !== phrase && longer.includes(phrase) && other.count >= entry.count));
  return kept
    .map(([phrase, entry]) => ({ phrase, count: entry.count, texts: entry.texts.size, first: entry.first }))
    .sort((a, b) => b.texts - a.texts || b.count - a.count || b.phrase.length - a.phrase.length || a.phrase.localeCompare(b.phrase))
    .slice(0, maxPhrases);
}
