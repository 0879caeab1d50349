import provinceAbbreviations from '../../../data/province-abbreviations.json';
import { gazetteer, shortForms } from './gazetteer';

const ABBREVIATIONS = Object.keys(provinceAbbreviations.abbreviations as Record<string, string>).join('');
/** A province's abbreviation with a direction names part of it: 滇中, 湘南, 渝东北, 苏北. */
const PART_OF_PROVINCE = new RegExp(`^[${ABBREVIATIONS}](?:中|东|西|南|北|东北|西北|东南|西南)$`);

let names: ReadonlySet<string> | null = null;

/**
 * Every division's full name (云南省, 昆明市, 格尔木市) and the short forms of provinces and prefecture-level cities
 * (云南, 昆明, 湘西) from the national gazetteer. County short forms are left out: many are common words (通道, 城关,
 * 和平) that would make ordinary phrases look local.
 */
function placeNames(): ReadonlySet<string> {
  if (names) return names;
  const set = new Set<string>();
  for (const entry of gazetteer().byCode.values()) {
    set.add(entry.name);
    if (entry.level !== 'county') for (const form of shortForms(entry)) set.add(form);
  }
  names = set;
  return set;
}

/**
 * Does a word name a place, or begin or end with one (昆明, 云南省, 昆明市区, 入滇 is not: one character is no name)?
 * For telling local phrases (昆明旅游) from ones any region can share, with data for every province, not a list.
 */
export function isPlaceWord(word: string): boolean {
  if (PART_OF_PROVINCE.test(word)) return true;
  const known = placeNames();
  for (let length = 2; length <= word.length; length++) {
    if (known.has(word.slice(0, length)) || known.has(word.slice(word.length - length))) return true;
  }
  return false;
}

/** Is a word exactly a division's name or a province's or city's short form (阿拉善, 包头, 昆明市)? */
export function isPlaceName(word: string): boolean {
  return placeNames().has(word);
}

let namesWithCounties: ReadonlySet<string> | null = null;

/**
 * Does a word begin with a division's name or short form, counties included (平江电厂, 湘西机场)? For a name that is a
 * place and a head noun: there the place is read at the start only, where a county's short form names it.
 */
export function beginsWithPlace(word: string): boolean {
  const known = placeNamesWithCounties();
  for (let length = 2; length < word.length; length++) if (known.has(word.slice(0, length))) return true;
  return false;
}

/**
 * The length of the shortest division name or short form (counties included) a word begins with (龙南经济技术开发区管委会
 * → 2, 曲靖市政府 → 2, 曲靖 → 2); 0 when it begins with none.
 */
export function placePrefixLength(word: string): number {
  const known = placeNamesWithCounties();
  for (let length = 2; length <= Math.min(word.length, 12); length++) if (known.has(word.slice(0, length))) return length;
  return 0;
}

/** Is a word exactly a division's name or short form, counties' included (龙南, 赣州, 曲靖市)? */
export function isPlaceNameWithCounties(word: string): boolean {
  return placeNamesWithCounties().has(word);
}

function placeNamesWithCounties(): ReadonlySet<string> {
  if (!namesWithCounties) {
    const set = new Set<string>(placeNames());
    // Districts' short forms (港口, 城关, 和平) are common words; counties' and county-level cities' are names.
    for (const entry of gazetteer().byCode.values()) {
      if (entry.level === 'county' && /(县|市|旗)$/.test(entry.name)) for (const form of shortForms(entry)) set.add(form);
    }
    namesWithCounties = set;
  }
  return namesWithCounties;
}
