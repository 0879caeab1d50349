import type { InputKind } from '../../app/TypedInput';
import { VALUE_NAMES } from '../../i18n/messages';

/** Stored as true/false by the graph model (graph-types). */
const BOOLEAN_PROPERTIES: ReadonlySet<string> = new Set(['presumedLead', 'inferred', 'cumulative']);

/** Stored as numbers: years, values and scores. */
const NUMBER_PROPERTIES: ReadonlySet<string> = new Set([
  'targetYear',
  'targetValue',
  'targetHigh',
  'baseYear',
  'baseValue',
  'observedYear',
  'observedValue',
  'observedHigh',
  'normalizedValue',
  'normalizedBaseValue',
  'confidence',
  'periodStart',
  'periodEnd',
  'start',
  'end',
  'uncoveredSentences',
  'uncoveredSections',
]);

/** The enumerations the UI names (VALUE_NAMES "role.lead" …): their values are offered as a list. */
const ENUM_VALUES: ReadonlyMap<string, readonly string[]> = (() => {
  const values = new Map<string, string[]>();
  for (const entry of Object.keys(VALUE_NAMES.zh)) {
    const dot = entry.indexOf('.');
    if (dot < 0) continue;
    const key = entry.slice(0, dot);
    values.set(key, [...(values.get(key) ?? []), entry.slice(dot + 1)]);
  }
  return values;
})();

/** How a condition's value on `property` is entered. */
export function propertyKind(property: string): InputKind {
  const values = ENUM_VALUES.get(property);
  if (values) return { kind: 'enum', values };
  if (BOOLEAN_PROPERTIES.has(property)) return { kind: 'boolean' };
  if (NUMBER_PROPERTIES.has(property)) return { kind: 'number' };
  return { kind: 'text' };
}
