import { useMemo, useState } from 'react';
import { fetchGraphSchema, runCypher } from '../../api/graph-api';
import type { CypherResult, GraphSchema } from '../../api/graph-api.types';
import { toApiError, type ApiError } from '../../api/graphql-request';
import { ErrorMessage } from '../../app/ErrorMessage';
import { useAsync } from '../../app/useAsync';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/messages';
import { ResultView } from '../cypher-console/ResultView';
import { buildPatternQuery, patternLabels, type Pattern, type PatternError, type PatternErrorCode, type PatternSchema } from './pattern-query';
import { PatternFilterEditor } from './PatternFilterEditor';
import { PatternPathEditor } from './PatternPathEditor';

const DEFAULT_PATTERN: Pattern = { start: 'Department', hops: [{ type: 'RESPONSIBLE', direction: 'in', label: 'Project' }], filters: [], limit: 100 };

const ERROR_MESSAGE: Record<PatternErrorCode, MessageKey> = {
  UNKNOWN_LABEL: 'patternErrorLabel',
  UNKNOWN_TYPE: 'patternErrorType',
  UNKNOWN_PROPERTY: 'patternErrorProperty',
  UNKNOWN_OPERATOR: 'patternErrorOperator',
  BAD_FILTER_NODE: 'patternErrorNode',
  EMPTY_VALUE: 'patternErrorEmpty',
  NOT_A_NUMBER: 'patternErrorNumber',
  BAD_LIMIT: 'patternErrorLimit',
};

function toPatternSchema(schema: GraphSchema): PatternSchema {
  return {
    labels: Object.keys(schema.labels).sort(),
    relationshipTypes: Object.keys(schema.relationshipTypes).sort(),
    propertyKeys: [...schema.propertyKeys].sort(),
  };
}

type Run = { status: 'idle' } | { status: 'running' } | { status: 'done'; result: CypherResult } | { status: 'error'; error: ApiError };

/** Builds a path query from the graph's own labels and types, shows its Cypher and runs it read-only. */
export function PatternBuilderView({ onOpenInExplorer }: { onOpenInExplorer: (result: CypherResult) => void }) {
  const { t, labelName, propertyName } = useI18n();
  const schema = useAsync(fetchGraphSchema, []);
  const [pattern, setPattern] = useState<Pattern>(DEFAULT_PATTERN);
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const closedLists = useMemo(() => (schema.data ? toPatternSchema(schema.data) : null), [schema.data]);
  const query = closedLists ? buildPatternQuery(pattern, closedLists) : null;

  if (schema.error)
    return (
      <div className="patterns">
        <ErrorMessage error={schema.error} onRetry={schema.reload} />
      </div>
    );
  if (!closedLists || !query)
    return (
      <div className="patterns">
        <p className="muted">{t('patternSchemaLoading')}</p>
      </div>
    );

  /** A condition at fault is named as the user picked it (部门 · 名称), not by its Cypher variable. */
  function errorDetail(error: PatternError): string {
    const filter = error.filter === undefined || error.code !== 'EMPTY_VALUE' ? undefined : pattern.filters[error.filter];
    const label = filter && patternLabels(pattern)[filter.node];
    return filter && label ? `${labelName(label)} · ${propertyName(filter.property)}` : error.detail;
  }

  async function execute(): Promise<void> {
    if (!query?.ok) return;
    setRun({ status: 'running' });
    try {
      setRun({ status: 'done', result: await runCypher(query.cypher, query.params) });
    } catch (error) {
      setRun({ status: 'error', error: toApiError(error) });
    }
  }

  return (
    <div className="patterns" data-testid="pattern-builder">
      <h2>{t('patternPath')}</h2>
      <PatternPathEditor pattern={pattern} schema={closedLists} onChange={setPattern} />
      <h2>{t('patternFilters')}</h2>
      <PatternFilterEditor pattern={pattern} schema={closedLists} onChange={setPattern} />
      <label className="pattern-limit">
        {t('patternLimit')}{' '}
        <input
          type="number"
          min={1}
          max={1000}
          data-testid="pattern-limit"
          value={pattern.limit}
          onChange={(event) => setPattern({ ...pattern, limit: Number(event.target.value) })}
        />
      </label>
      <h2>{t('patternCypher')}</h2>
      {query.ok ? (
        <>
          <pre className="pattern-cypher" data-testid="pattern-cypher">
            {query.cypher}
          </pre>
          {Object.keys(query.params).length > 0 && (
            <pre className="pattern-params" data-testid="pattern-params">
              {JSON.stringify(query.params)}
            </pre>
          )}
        </>
      ) : (
        <ErrorMessage error={{ code: query.error.code, message: t(ERROR_MESSAGE[query.error.code], { detail: errorDetail(query.error) }) }} />
      )}
      <div>
        <button type="button" className="primary" data-testid="pattern-run" disabled={!query.ok || run.status === 'running'} onClick={() => void execute()}>
          ▶ {t('consoleRun')}
        </button>
      </div>
      {run.status === 'running' && <p className="busy">{t('busy', { what: 'Cypher' })}</p>}
      {run.status === 'error' && <ErrorMessage error={run.error} onRetry={() => void execute()} />}
      {run.status === 'done' && <ResultView result={run.result} onOpenInExplorer={onOpenInExplorer} />}
    </div>
  );
}
