import departmentAliases from '../../../data/department-aliases.json';

export type DepartmentKind = 'government' | 'vertical' | 'enterprise' | 'collective' | 'other';

export interface CanonicalDepartment {
  /** Canonical full name, e.g. 省发展和改革委员会. */
  readonly name: string;
  /** Every known way to write it (canonical first), including the form seen in the text. */
  readonly aliases: readonly string[];
  readonly kind: DepartmentKind;
  /** 'province' | 'city' | 'county' from the level prefix, else the document region's level. */
  readonly level: string;
}

const LEVEL_PREFIX = /^(省|市|县|区|州|自治区)/;
const PREFIX_LEVEL: Readonly<Record<string, string>> = { 省: 'province', 自治区: 'province', 市: 'city', 州: 'city', 县: 'county', 区: 'county' };

const STEM_TO_CANONICAL = new Map<string, { canonical: string; aliases: string[] }>();
for (const stem of departmentAliases.stems) {
  const entry = { canonical: stem.canonical, aliases: [stem.canonical, ...stem.aliases] };
  for (const alias of entry.aliases) STEM_TO_CANONICAL.set(alias, entry);
}
const PATTERNS = departmentAliases.patterns.map((rule) => ({ pattern: new RegExp(rule.pattern), canonical: rule.canonical }));

/**
 * Central and financial regulators' local branches are vertically managed (垂直管理): they are not part of the
 * provincial government even when the document lists them beside its departments.
 */
const VERTICAL = /(通信管理局|邮政管理局|税务局|海关|调查总?队|气象局|人民银行|^人行|银保监|证监|外汇管理局|烟草专卖局|铁路监督管理局|民航.*管理局|海事局)/;
const ENTERPRISE = /(公司|集团|有限责任|股份|银行(?!.*(监管|支行$|分行$)))/;
const COLLECTIVE = /^(各|有关|相关|其他|其它)|各成员单位$|成员单位$|^[一二三四五六七八九十两\d]+[个大家所]/;
const OTHER = /(联席会议|领导小组|委员会办公室|工作专班|指挥部)/;

/** Is this a department's name without any level prefix (市场监管局, 自然资源厅, 发改委)? */
export function isKnownDepartmentStem(name: string): boolean {
  return STEM_TO_CANONICAL.has(name);
}

/** Canonical name, aliases, kind and level of a department as written in a 责任单位 list or a table. */
export function canonicalDepartment(written: string, regionLevel: string): CanonicalDepartment {
  const surface = written.trim();
  const kind = departmentKind(surface);
  const prefix = LEVEL_PREFIX.exec(surface)?.[1] ?? '';
  const level = prefix ? PREFIX_LEVEL[prefix] : (collectiveLevel(surface) ?? regionLevel);
  if (kind === 'government' || kind === 'other') {
    const stem = surface.slice(prefix.length);
    const known = STEM_TO_CANONICAL.get(stem);
    if (known) {
      const aliases = unique([prefix + known.canonical, ...known.aliases.map((alias) => prefix + alias), surface]);
      return { name: prefix + known.canonical, aliases, kind, level };
    }
  }
  for (const rule of PATTERNS) {
    if (rule.pattern.test(surface)) {
      const name = surface.replace(rule.pattern, rule.canonical);
      return { name, aliases: unique([name, surface]), kind, level };
    }
  }
  return { name: surface, aliases: [surface], kind, level };
}

/** 各市州人民政府 are city governments, 各县（市、区） county ones, whatever the document's own level. */
function collectiveLevel(name: string): string | null {
  if (/^各(市|州|地|盟)/.test(name)) return 'city';
  if (/^各(县|区|旗)/.test(name)) return 'county';
  return null;
}

export function departmentKind(name: string): DepartmentKind {
  if (COLLECTIVE.test(name)) return 'collective';
  if (VERTICAL.test(name)) return 'vertical';
  if (ENTERPRISE.test(name)) return 'enterprise';
  if (OTHER.test(name)) return 'other';
  return 'government';
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
