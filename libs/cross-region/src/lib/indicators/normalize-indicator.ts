/** A unit family's common unit and each written unit's factor to it (亿元 is what provincial plans total in). */
const UNIT_FACTORS: Readonly<Record<string, { unit: string; factor: number }>> = {
  万亿元: { unit: '亿元', factor: 10_000 },
  亿元: { unit: '亿元', factor: 1 },
  万元: { unit: '亿元', factor: 0.0001 },
  亿美元: { unit: '亿美元', factor: 1 },
  万美元: { unit: '亿美元', factor: 0.0001 },
  亿人次: { unit: '万人次', factor: 10_000 },
  万人次: { unit: '万人次', factor: 1 },
  人次: { unit: '万人次', factor: 0.0001 },
  万人: { unit: '万人', factor: 1 },
  万吨: { unit: '万吨', factor: 1 },
  吨: { unit: '万吨', factor: 0.0001 },
  万平方米: { unit: '万平方米', factor: 1 },
  平方米: { unit: '万平方米', factor: 0.0001 },
  '%': { unit: '%', factor: 1 },
  '‰': { unit: '%', factor: 0.1 },
};

/** Names that state a share or a rate: their values are percentages even where a clause leaves the unit out (三次产业结构 4:30:66). */
const SHARE = /(比重|占比|比率|比例|率)$|share|ratio|rate|intensity|coverage/;

export interface NormalizedValue {
  readonly normalizedValue: number | null;
  readonly normalizedUnit: string | null;
}

/**
 * One unit per measure so values compare across documents: 1.4万亿元 and 14000亿元 both become 14000 亿元. Units
 * that are not amounts of the same thing (万元/人, 个百分点, 家) are kept as written.
 */
export function normalizeIndicatorValue(value: number | null, unit: string | null, name: string, metric: string | null): NormalizedValue {
  const written = unit ?? (SHARE.test(name) || (metric !== null && SHARE.test(metric)) ? '%' : null);
  if (written === null) return { normalizedValue: value, normalizedUnit: null };
  const family = UNIT_FACTORS[written];
  if (!family) return { normalizedValue: value, normalizedUnit: written };
  return { normalizedValue: value === null ? null : round(value * family.factor), normalizedUnit: family.unit };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
