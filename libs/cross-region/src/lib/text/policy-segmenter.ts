import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import policyTerms from '../../../data/policy-terms.json';

/** A word frequency high enough that jieba prefers the user word over its own splits. */
const USER_WORD_FREQUENCY = 200_000;

let shared: Jieba | null = null;

/**
 * The one jieba instance of the process, with its default dictionary plus the policy user dictionary. Loading the
 * dictionary takes about 200 ms, so it happens once and only when something segments.
 */
function policyJieba(): Jieba {
  if (shared) return shared;
  const jieba = Jieba.withDict(dict);
  const lines = policyTerms.words.map((word) => `${word} ${USER_WORD_FREQUENCY} n`).join('\n');
  jieba.loadDict(Buffer.from(lines, 'utf8'));
  shared = jieba;
  return jieba;
}

/** Words of a (normalized) Chinese text in order, punctuation included as its own tokens. No HMM: only dictionary
 * words, so the same phrase always splits the same way in every document. */
export function segmentWords(text: string): string[] {
  return policyJieba().cut(text, false);
}

/** jieba's part-of-speech tag of each word of a short text (n, v, vn, a …), for telling noun phrases from actions. */
export function tagWords(text: string): string[] {
  return policyJieba()
    .tag(text, false)
    .map((tagged) => tagged.tag);
}

/**
 * Where words start and end in a (normalized) text: `boundaries[i]` is 1 when a word starts at i or ends just before
 * it (`boundaries[text.length]` is 1). A term found by string search is a word of the text only when both its ends
 * fall on boundaries: 绿色化 inside 绿色/化工 is not. If the segmenter ever changed the text, every place counts as a
 * boundary (substring search, the old behaviour) rather than losing matches.
 */
export function wordBoundaries(text: string): Uint8Array {
  const boundaries = new Uint8Array(text.length + 1);
  let at = 0;
  boundaries[0] = 1;
  for (const word of segmentWords(text)) {
    at += word.length;
    boundaries[Math.min(at, text.length)] = 1;
  }
  if (at !== text.length) boundaries.fill(1);
  return boundaries;
}

const HAN_OR_ALNUM = /^[\u4e00-\u9fa5A-Za-z0-9+]+$/;
const FUNCTION_WORDS = new Set([
  '的',
  '和',
  '与',
  '及',
  '等',
  '在',
  '对',
  '为',
  '以',
  '了',
  '是',
  '将',
  '把',
  '向',
  '从',
  '到',
  '按',
  '由',
  '中',
  '上',
  '下',
  '其',
  '之',
  '或',
  '并',
  '各',
  '有',
  '更',
  '加',
  '好',
]);

/** Content terms for retrieval: words of two or more characters (or ASCII tokens), no punctuation or function words. */
export function contentTerms(text: string): string[] {
  return segmentWords(text).filter(
    (word) => HAN_OR_ALNUM.test(word) && !FUNCTION_WORDS.has(word) && !/^\d+(\.\d+)?$/.test(word) && (word.length >= 2 || /[A-Za-z]/.test(word)),
  );
}
