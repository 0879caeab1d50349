import { initialValue, TypedInput } from '../../app/TypedInput';
import { useI18n, type I18n } from '../../i18n/I18nContext';
import { OPERATORS, patternLabels, type Operator, type Pattern, type PatternSchema, type PropertyFilter } from './pattern-query';
import { propertyKind } from './property-kinds';

/** Cypher's word operators by name; the symbols (= < …) read the same in both languages. */
export function operatorName(t: I18n['t'], operator: Operator): string {
  if (operator === 'CONTAINS') return t('patternOpContains');
  if (operator === 'STARTS WITH') return t('patternOpStartsWith');
  if (operator === 'ENDS WITH') return t('patternOpEndsWith');
  return operator;
}

/** Property conditions: which node, which property (from the schema), an operator and a value (sent as a parameter). */
export function PatternFilterEditor({ pattern, schema, onChange }: { pattern: Pattern; schema: PatternSchema; onChange: (pattern: Pattern) => void }) {
  const { t, labelName, propertyName, valueName } = useI18n();
  const labels = patternLabels(pattern);
  const setFilter = (index: number, patch: Partial<PropertyFilter>): void =>
    onChange({ ...pattern, filters: pattern.filters.map((filter, i) => (i === index ? { ...filter, ...patch } : filter)) });
  return (
    <div className="pattern-filters" data-testid="pattern-filters">
      {pattern.filters.map((filter, index) => (
        <div key={index} className="pattern-filter">
          <select
            data-testid={`pattern-filter-node-${index}`}
            value={filter.node}
            aria-label={t('patternFilterNode')}
            onChange={(event) => setFilter(index, { node: Number(event.target.value) })}
          >
            {labels.map((label, node) => (
              <option key={node} value={node}>
                {t('patternNodeOption', { index: node + 1, label: labelName(label) })}
              </option>
            ))}
          </select>
          <select
            data-testid={`pattern-filter-property-${index}`}
            value={filter.property}
            aria-label={t('patternFilterProperty')}
            onChange={(event) => setFilter(index, { property: event.target.value, value: initialValue(propertyKind(event.target.value)) })}
          >
            {schema.propertyKeys.map((key) => (
              <option key={key} value={key}>
                {propertyName(key)}
              </option>
            ))}
          </select>
          <select
            data-testid={`pattern-filter-operator-${index}`}
            value={filter.operator}
            aria-label={t('patternFilterOperator')}
            onChange={(event) => setFilter(index, { operator: event.target.value as Operator })}
          >
            {OPERATORS.map((operator) => (
              <option key={operator} value={operator}>
                {operatorName(t, operator)}
              </option>
            ))}
          </select>
          <TypedInput
            kind={propertyKind(filter.property)}
            testId={`pattern-filter-value-${index}`}
            label={t('patternFilterValue')}
            placeholder={t('patternFilterValue')}
            value={filter.value}
            optionName={(value) => valueName(filter.property, value)}
            onChange={(value) => setFilter(index, { value })}
          />
          <button
            type="button"
            aria-label={t('patternRemoveFilter')}
            title={t('patternRemoveFilter')}
            onClick={() => onChange({ ...pattern, filters: pattern.filters.filter((_, i) => i !== index) })}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        data-testid="pattern-add-filter"
        onClick={() =>
          onChange({
            ...pattern,
            filters: [
              ...pattern.filters,
              { node: 0, property: schema.propertyKeys.includes('name') ? 'name' : (schema.propertyKeys[0] ?? ''), operator: 'CONTAINS', value: '' },
            ],
          })
        }
      >
        + {t('patternAddFilter')}
      </button>
    </div>
  );
}
