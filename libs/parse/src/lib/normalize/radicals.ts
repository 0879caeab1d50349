/**
 * PDF-to-text conversion of Chinese government documents often emits radical code points instead of the unified
 * ideographs they look like (⼈ U+2F08 for 人). Kangxi radicals (U+2F00–U+2FD5) have NFKC compatibility mappings;
 * the CJK Radicals Supplement block (U+2E80–U+2EF3) mostly does not, so the simplified-form radicals that occur as
 * whole characters get their own table here.
 */
const RADICALS_SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2E85': '亻',
  '\u2E86': '冂',
  '\u2E87': '几',
  '\u2E8B': '卩',
  '\u2E8C': '小',
  '\u2E8D': '小',
  '\u2E8E': '兀',
  '\u2E8F': '尣',
  '\u2E90': '尢',
  '\u2E92': '巳',
  '\u2E94': '彑',
  '\u2E95': '彐',
  '\u2E96': '忄',
  '\u2E97': '小',
  '\u2E98': '扌',
  '\u2E99': '攵',
  '\u2E9B': '旡',
  '\u2E9C': '日',
  '\u2E9D': '月',
  '\u2E9E': '歹',
  '\u2E9F': '母',
  '\u2EA0': '民',
  '\u2EA1': '氵',
  '\u2EA2': '氺',
  '\u2EA3': '灬',
  '\u2EA4': '爫',
  '\u2EA5': '爫',
  '\u2EA6': '丬',
  '\u2EA7': '牛',
  '\u2EA8': '犭',
  '\u2EA9': '王',
  '\u2EAA': '疋',
  '\u2EAB': '罒',
  '\u2EAC': '礻',
  '\u2EAD': '礻',
  '\u2EAE': '竹',
  '\u2EAF': '纟',
  '\u2EB0': '纟',
  '\u2EB1': '罒',
  '\u2EB2': '罒',
  '\u2EB3': '罒',
  '\u2EB4': '罒',
  '\u2EB5': '罒',
  '\u2EB6': '羊',
  '\u2EB7': '羊',
  '\u2EB8': '羊',
  '\u2EB9': '耂',
  '\u2EBA': '肀',
  '\u2EBB': '肀',
  '\u2EBC': '月',
  '\u2EBD': '臼',
  '\u2EBE': '艹',
  '\u2EBF': '艹',
  '\u2EC0': '艹',
  '\u2EC1': '虎',
  '\u2EC2': '衤',
  '\u2EC3': '覀',
  '\u2EC4': '西',
  '\u2EC5': '见',
  '\u2EC6': '角',
  '\u2EC7': '角',
  '\u2EC8': '讠',
  '\u2EC9': '贝',
  '\u2ECA': '足',
  '\u2ECB': '车',
  '\u2ECC': '辶',
  '\u2ECD': '辶',
  '\u2ECE': '辶',
  '\u2ECF': '阝',
  '\u2ED0': '钅',
  '\u2ED1': '长',
  '\u2ED2': '长',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED5': '阝',
  '\u2ED6': '阝',
  '\u2ED7': '雨',
  '\u2ED8': '青',
  '\u2ED9': '韦',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EDD': '食',
  '\u2EDE': '食',
  '\u2EDF': '食',
  '\u2EE0': '饣',
  '\u2EE1': '首',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE4': '鬼',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE7': '卤',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEA': '黾',
  '\u2EEB': '齐',
  '\u2EEC': '齐',
  '\u2EED': '齿',
  '\u2EEE': '齿',
  '\u2EEF': '龙',
  '\u2EF0': '龙',
  '\u2EF1': '龟',
  '\u2EF2': '龟',
  '\u2EF3': '龟',
};

/** The unified ideograph a radical code point (one character) stands for, or null when `ch` is not a radical we map. */
export function ideographForRadical(ch: string): string | null {
  return ideographForRadicalCode(ch.charCodeAt(0));
}

/** Compatibility mappings of the Kangxi radicals and CJK compatibility ideographs, computed once per code point. */
const NFKC_OF = new Map<number, string>();

function nfkcOf(code: number): string {
  let mapped = NFKC_OF.get(code);
  if (mapped === undefined) {
    mapped = String.fromCharCode(code).normalize('NFKC');
    NFKC_OF.set(code, mapped);
  }
  return mapped;
}

/** Same as ideographForRadical, on a UTF-16 code unit. */
export function ideographForRadicalCode(code: number): string | null {
  if (code >= 0x2f00 && code <= 0x2fd5) return nfkcOf(code);
  if (code >= 0x2e80 && code <= 0x2ef3) return RADICALS_SUPPLEMENT[String.fromCharCode(code)] ?? null;
  // CJK compatibility ideographs: canonical equivalents of unified ideographs.
  if (code >= 0xf900 && code <= 0xfaff) return nfkcOf(code);
  return null;
}
