import { useI18n } from '../../i18n/I18nContext';
import type { Pattern, PatternHop, PatternSchema } from './pattern-query';

/** The path as a row of selects: a label, then per step a direction, a relationship type and the next label. */
export function PatternPathEditor({ pattern, schema, onChange }: { pattern: Pattern; schema: PatternSchema; onChange: (pattern: Pattern) => void }) {
  const { t, labelName, relationName } = useI18n();
  const labelSelect = (value: string, testId: string, set: (label: string) => void) => (
    <select data-testid={testId} value={value} aria-label={t('patternNodeLabel')} onChange={(event) => set(event.target.value)}>
      {schema.labels.map((label) => (
        <option key={label} value={label}>
          {labelName(label)}
        </option>
      ))}
    </select>
  );
  const setHop = (index: number, patch: Partial<PatternHop>): void =>
    onChange({ ...pattern, hops: pattern.hops.map((hop, i) => (i === index ? { ...hop, ...patch } : hop)) });
  const lastNode = pattern.hops.length;

  return (
    <div className="pattern-path" data-testid="pattern-path">
      {labelSelect(pattern.start, 'pattern-label-0', (start) => onChange({ ...pattern, start }))}
      {pattern.hops.map((hop, index) => (
        <span key={index} className="pattern-hop">
          <select
            data-testid={`pattern-direction-${index + 1}`}
            value={hop.direction}
            aria-label={t('patternDirection')}
            onChange={(event) => setHop(index, { direction: event.target.value as PatternHop['direction'] })}
          >
            <option value="out">–[ ]→</option>
            <option value="in">←[ ]–</option>
          </select>
          <select
            data-testid={`pattern-type-${index + 1}`}
            value={hop.type}
            aria-label={t('patternType')}
            onChange={(event) => setHop(index, { type: event.target.value })}
          >
            {schema.relationshipTypes.map((type) => (
              <option key={type} value={type}>
                {relationName(type)}
              </option>
            ))}
          </select>
          {labelSelect(hop.label, `pattern-label-${index + 1}`, (label) => setHop(index, { label }))}
        </span>
      ))}
      <button
        type="button"
        data-testid="pattern-add-step"
        disabled={pattern.hops.length >= 5}
        onClick={() =>
          onChange({ ...pattern, hops: [...pattern.hops, { type: schema.relationshipTypes[0] ?? '', direction: 'out', label: schema.labels[0] ?? '' }] })
        }
      >
        + {t('patternAddStep')}
      </button>
      {pattern.hops.length > 0 && (
        <button
          type="button"
          data-testid="pattern-remove-step"
          onClick={() => onChange({ ...pattern, hops: pattern.hops.slice(0, -1), filters: pattern.filters.filter((filter) => filter.node < lastNode) })}
        >
          − {t('patternRemoveStep')}
        </button>
      )}
    </div>
  );
}
