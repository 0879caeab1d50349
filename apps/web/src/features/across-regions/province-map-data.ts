import type { RegionTarget } from '../../api/graph-api.types';

/**
 * The map's provinces are named short (甘肃, 内蒙古, 广西); the graph's regions by their full names (甘肃省,
 * 内蒙古自治区, 广西壮族自治区). Stripping the administrative suffix maps one onto the other.
 */
export function provinceShortName(region: string): string {
  return region.replace(/(壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|省|市)$/, '');
}

export interface ProvinceValue {
  /** The map's name of the province. */
  readonly name: string;
  /** The target's low end: the value the colour shows. */
  readonly value: number;
  readonly row: RegionTarget;
}

/** One value per province on the map; regions that are not provinces of the map (cities) are left out. */
export function provinceValues(rows: readonly RegionTarget[], mapNames: ReadonlySet<string>): ProvinceValue[] {
  const values: ProvinceValue[] = [];
  for (const row of rows) {
    const name = provinceShortName(row.region);
    if (row.low === null || !mapNames.has(name)) continue;
    values.push({ name, value: row.low, row });
  }
  return values;
}

/** The legend's range: the smallest and largest value, widened when every province states the same. */
export function valueRange(values: readonly ProvinceValue[]): { min: number; max: number } {
  if (values.length === 0) return { min: 0, max: 1 };
  const numbers = values.map((v) => v.value);
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  return min === max ? { min: min - 1, max: max + 1 } : { min, max };
}
