/**
 * A path pattern picked from closed lists (labels, relationship types, property keys from `graphSchema`) and its
 * read-only Cypher. Pure: the builder UI and the unit tests share it. Identifiers in the Cypher text come only
 * from the validated lists; every value the user typed travels as a parameter.
 */

export type Direction = 'out' | 'in';

export const OPERATORS = ['=', '<>', 'CONTAINS', 'STARTS WITH', 'ENDS WITH', '<', '<=', '>', '>='] as const;
export type Operator = (typeof OPERATORS)[number];
const NUMERIC_OPERATORS: ReadonlySet<Operator> = new Set(['<', '<=', '>', '>=']);

export interface PatternHop {
  readonly type: string;
  /** 'out': (previous)-[:TYPE]->(next); 'in': (previous)<-[:TYPE]-(next). */
  readonly direction: Direction;
  readonly label: string;
}

export interface PropertyFilter {
  /** Index of the node in the path (0 = the first node). */
  readonly node: number;
  readonly property: string;
  readonly operator: Operator;
  readonly value: string;
}

export interface Pattern {
  readonly start: string;
  readonly hops: readonly PatternHop[];
  readonly filters: readonly PropertyFilter[];
  readonly limit: number;
}

/** The closed lists a pattern is checked against (graphSchema's answer). */
export interface PatternSchema {
  readonly labels: readonly string[];
  readonly relationshipTypes: readonly string[];
  readonly propertyKeys: readonly string[];
}

export type PatternErrorCode =
  'UNKNOWN_LABEL' | 'UNKNOWN_TYPE' | 'UNKNOWN_PROPERTY' | 'UNKNOWN_OPERATOR' | 'BAD_FILTER_NODE' | 'EMPTY_VALUE' | 'NOT_A_NUMBER' | 'BAD_LIMIT';

export interface PatternError {
  readonly code: PatternErrorCode;
  /** The offending name or value, shown to the user. */
  readonly detail: string;
  /** The index of the condition at fault, when a condition is. */
  readonly filter?: number;
}

export type PatternQuery =
  | { readonly ok: true; readonly cypher: string; readonly params: Readonly<Record<string, string | number>> }
  | { readonly ok: false; readonly error: PatternError };

export const MAX_PATTERN_LIMIT = 1000;
/** Cypher identifiers we are willing to print, even from the schema list (a label with a backtick would not be). */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

function fail(code: PatternErrorCode, detail: string, filter?: number): PatternQuery {
  return { ok: false, error: filter === undefined ? { code, detail } : { code, detail, filter } };
}

/** Node variables read like the label (`department`, `project`), numbered when a label repeats. */
export function nodeVariables(labels: readonly string[]): string[] {
  const base = labels.map((label) => label.charAt(0).toLowerCase() + label.slice(1));
  return base.map((name, index) =>
    base.filter((other) => other === name).length > 1 ? `${name}${base.slice(0, index + 1).filter((other) => other === name).length}` : name,
  );
}

export function patternLabels(pattern: Pattern): string[] {
  return [pattern.start, ...pattern.hops.map((hop) => hop.label)];
}

export function buildPatternQuery(pattern: Pattern, schema: PatternSchema): PatternQuery {
  const labels = patternLabels(pattern);
  for (const label of labels) if (!schema.labels.includes(label) || !IDENTIFIER.test(label)) return fail('UNKNOWN_LABEL', label);
  for (const hop of pattern.hops) {
    if (!schema.relationshipTypes.includes(hop.type) || !IDENTIFIER.test(hop.type)) return fail('UNKNOWN_TYPE', hop.type);
  }
  if (!Number.isInteger(pattern.limit) || pattern.limit < 1 || pattern.limit > MAX_PATTERN_LIMIT) return fail('BAD_LIMIT', String(pattern.limit));

  const variables = nodeVariables(labels);
  let path = `(${variables[0]}:${labels[0]})`;
  pattern.hops.forEach((hop, index) => {
    const relationship = `[r${index + 1}:${hop.type}]`;
    path += hop.direction === 'out' ? `-${relationship}->` : `<-${relationship}-`;
    path += `(${variables[index + 1]}:${hop.label})`;
  });

  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  for (const [index, filter] of pattern.filters.entries()) {
    const variable = variables[filter.node];
    if (variable === undefined) return fail('BAD_FILTER_NODE', String(filter.node));
    if (!schema.propertyKeys.includes(filter.property) || !IDENTIFIER.test(filter.property)) return fail('UNKNOWN_PROPERTY', filter.property);
    if (!OPERATORS.includes(filter.operator)) return fail('UNKNOWN_OPERATOR', filter.operator);
    const value = filter.value.trim();
    if (value === '') return fail('EMPTY_VALUE', `${variable}.${filter.property}`, index);
    const param = `p${index}`;
    if (NUMERIC_OPERATORS.has(filter.operator)) {
      const number = Number(value);
      if (!Number.isFinite(number)) return fail('NOT_A_NUMBER', value);
      params[param] = number;
      conditions.push(`${variable}.${filter.property} ${filter.operator} $${param}`);
    } else if (filter.operator === '=' || filter.operator === '<>') {
      // toString: "2025" finds the number 2025 as well as the text, so the user need not know the stored type.
      params[param] = value;
      conditions.push(`toString(${variable}.${filter.property}) ${filter.operator} $${param}`);
    } else {
      params[param] = value;
      conditions.push(`${variable}.${filter.property} ${filter.operator} $${param}`);
    }
  }

  const returned = variables.flatMap((variable, index) => (index === 0 ? [variable] : [`r${index}`, variable]));
  const cypher = [
    `MATCH ${path}`,
    ...(conditions.length > 0 ? [`WHERE ${conditions.join('\n  AND ')}`] : []),
    `RETURN ${returned.join(', ')}`,
    `LIMIT ${pattern.limit}`,
  ].join('\n');
  return { ok: true, cypher, params };
}
