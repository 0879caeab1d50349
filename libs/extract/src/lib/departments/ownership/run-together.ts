import { isBodyName } from './unit-list';

/**
 * Units a table cell runs together with no separator, each opening with the same level word (旌阳 2016 监考单位:
 * 区发改局区统计局, 区经信局区统计局): a flattened cell lost the line break between them (rule `same-level-run`). Cut where
 * one unit's name ends (局, 委, 办 …) and the level word that opened it opens the next; each part must read as a unit of
 * at least three characters, so 市委市政府督查室 (市委 is two) and 区委区政府督查室 (督查室 opens with no level word) stay whole.
 * Returns the parts in order, or null when the name is one unit.
 */
export function unitsRunTogether(name: string): string[] | null {
  const level = name[0];
  if (!LEVEL_WORD.test(level ?? '')) return null;
  for (let i = MIN_PART; i <= name.length - MIN_PART; i++) {
    if (name[i] !== level) continue;
    const left = name.slice(0, i);
    if (!isBodyName(left)) continue;
    const right = name.slice(i);
    const rest = unitsRunTogether(right) ?? (isBodyName(right) ? [right] : null);
    if (rest) return [left, ...rest];
  }
  return null;
}

const LEVEL_WORD = /^[省市区县州旗镇乡]$/;
const MIN_PART = 3;
