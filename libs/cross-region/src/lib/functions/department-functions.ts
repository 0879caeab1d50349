import functionData from '../../../data/department-functions.json';

export interface DepartmentFunction {
  /** Also the last part of the node id: function:商务. */
  readonly key: string;
  readonly pattern: RegExp;
  readonly names: { readonly province: string; readonly city: string };
}

export const DEPARTMENT_FUNCTIONS: readonly DepartmentFunction[] = functionData.functions.map((entry) => ({
  key: entry.key,
  pattern: new RegExp(entry.pattern),
  names: entry.names,
}));

const BY_KEY = new Map(DEPARTMENT_FUNCTIONS.map((entry) => [entry.key, entry]));

/**
 * The function of a department by its canonical name (省商务厅, 市商务局, 重庆市商务委员会 → 商务), or null for
 * collectives (各市州人民政府), enterprises and bodies whose function the table does not know.
 */
export function functionOfDepartment(name: string): string | null {
  if (/^(各|有关|相关)|成员单位$|公司$|集团$/.test(name)) return null;
  for (const entry of DEPARTMENT_FUNCTIONS) if (entry.pattern.test(name)) return entry.key;
  return null;
}

/**
 * How a region's government names the department of a function: provinces and autonomous regions use 省…厅, cities
 * (municipalities such as 重庆市 included, a simplification: 重庆 calls some of them 委) use 市…局.
 */
export function departmentNameFor(functionKey: string, regionName: string): string | null {
  const entry = BY_KEY.get(functionKey);
  if (!entry) return null;
  return /市$/.test(regionName) ? entry.names.city : entry.names.province;
}
