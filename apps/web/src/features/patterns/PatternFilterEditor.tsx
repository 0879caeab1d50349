import { useI18n } from '../../i18n/I18nContext';
import { OPERATORS, nodeVariables, patternLabels, type Operator, type Pattern, type PatternSchema, type PropertyFilter } from './pattern-query';

/** Property conditions: which node, which property (from the schema), an operator and a value (sent as a parameter). */
export function PatternFilterEditor({ pattern, schema, onChange }: { pattern: Pattern; schema: PatternSchema; onChange: (pattern: Pattern) => void }) {
  const { t } = useI18n();
  const variables = nodeVariables(patternLabels(pattern));
  const setFilter = (index: number, patch: Partial<PropertyFilter>): void =>
    onChange({ ...pattern, filters: pattern.filters.map((filter, i) => (i === index ? { ...filter, ...patch } : filter)) });
  return (
    <div className="pattern-filters" data-testid="pattern-filters">
      {pattern.filters.map((filter, index) => (
        <div key={index} className="pattern-filter">
          <select data-testid={`pattern-filter-node-${index}`} value={filter.node} aria-label={t('patternFilterNode')} onChange={(event) => setFilter(index, { node: Number(event.target.value) })}>
            {variables.map((variable, node) => (
              <option key={variable} value={node}>
                {variable}
              </option>
            ))}
          </select>
          <select data-testid={`pattern-filter-property-${index}`} value={filter.property} aria-label={t('patternFilterProperty')} onChange={(event) => setFilter(index, { property: event.target.value })}>
            {schema.propertyKeys.map((key) => (
              <option key={key} value={key}>
                {key}
              </option>
            ))}
          </select>
          <select data-testid={`pattern-filter-operator-${index}`} value={filter.operator} aria-label={t('patternFilterOperator')} onChange={(event) => setFilter(index, { operator: event.target.value as Operator })}>
            {OPERATORS.map((operator) => (
              <option key={operator} value={operator}>
                {operator}
              </option>
            ))}
          </select>
          <input data-testid={`pattern-filter-value-${index}`} value={filter.value} placeholder={t('patternFilterValue')} onChange={(event) => setFilter(index, { value: event.target.value })} />
          <button type="button" aria-label={t('patternRemoveFilter')} title={t('patternRemoveFilter')} onClick={() => onChange({ ...pattern, filters: pattern.filters.filter((_, i) => i !== index) })}>
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        data-testid="pattern-add-filter"
        onClick={() => onChange({ ...pattern, filters: [...pattern.filters, { node: 0, property: schema.propertyKeys.includes('name') ? 'name' : (schema.propertyKeys[0] ?? ''), operator: 'CONTAINS', value: '' }] })}
      >
        + {t('patternAddFilter')}
      </button>
    </div>
  );
}
