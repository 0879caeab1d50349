import { useState } from 'react';
import { runCypher, runSavedQuery } from '../../api/graph-api';
import type { CypherResult, SavedQuery } from '../../api/graph-api.types';
import { toApiError, type ApiError } from '../../api/graphql-request';
import { ErrorMessage } from '../../app/ErrorMessage';
import { useI18n } from '../../i18n/I18nContext';
import { CypherEditorField } from './CypherEditorField';
import { addToHistory, loadHistory, saveHistory, type HistoryEntry } from './query-history';
import { parseParams } from './query-params';
import { ResultView } from './ResultView';
import { SavedQueriesPanel } from './SavedQueriesPanel';

type Run = { status: 'idle' } | { status: 'running' } | { status: 'done'; result: CypherResult } | { status: 'error'; error: ApiError };

const storage = typeof window === 'undefined' ? null : window.localStorage;
const EXAMPLE = 'MATCH (p:Project)-[r:RESPONSIBLE]->(d:Department)\nRETURN d.name AS department, count(p) AS projects\nORDER BY projects DESC LIMIT 10';

/** The console refuses writes; its refusal reads as a rule of the tool, not as a crash. */
function isReadOnlyRefusal(error: ApiError): boolean {
  return error.code === 'FORBIDDEN' || error.message.startsWith('The Cypher console is read-only');
}

/** Read-only Cypher through the API: editor, parameters, history, results; saved pattern queries beside it. */
export function CypherConsoleView({ onOpenInExplorer }: { onOpenInExplorer: (result: CypherResult) => void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState(EXAMPLE);
  const [paramsText, setParamsText] = useState('');
  const [history, setHistory] = useState<HistoryEntry[]>(() => loadHistory(storage));
  const [run, setRun] = useState<Run>({ status: 'idle' });

  async function execute(work: () => Promise<CypherResult>): Promise<void> {
    setRun({ status: 'running' });
    try {
      setRun({ status: 'done', result: await work() });
    } catch (error) {
      setRun({ status: 'error', error: toApiError(error) });
    }
  }

  function runConsole(): void {
    const params = parseParams(paramsText);
    if (!params.ok)
      return setRun({ status: 'error', error: { code: 'BAD_USER_INPUT', message: t('consoleParamsInvalid', { message: params.message }), name: 'ApiError' } });
    const next = addToHistory(history, { query, params: paramsText, at: Date.now() });
    setHistory(next);
    saveHistory(storage, next);
    void execute(() => runCypher(query, params.params));
  }

  function runSaved(saved: SavedQuery, params: Record<string, unknown>): void {
    void execute(() => runSavedQuery(saved.id, params));
  }

  return (
    <div className="console">
      <div className="console-main">
        <CypherEditorField value={query} onChange={setQuery} onRun={runConsole} />
        <div className="console-controls">
          <label className="params-field">
            {t('consoleParams')}
            <textarea
              data-testid="console-params"
              rows={2}
              value={paramsText}
              placeholder='{"region": "青海省"}'
              onChange={(event) => setParamsText(event.target.value)}
            />
          </label>
          <button type="button" className="primary" data-testid="console-run" disabled={run.status === 'running' || query.trim() === ''} onClick={runConsole}>
            ▶ {t('consoleRun')}
          </button>
        </div>
        {run.status === 'running' && <p className="busy">{t('busy', { what: 'Cypher' })}</p>}
        {run.status === 'error' && isReadOnlyRefusal(run.error) && (
          <div className="read-only-refusal" role="alert" data-testid="console-read-only">
            <strong>{t('consoleReadOnly')}</strong>
            <div className="muted">{run.error.message}</div>
          </div>
        )}
        {run.status === 'error' && !isReadOnlyRefusal(run.error) && <ErrorMessage error={run.error} />}
        {run.status === 'done' && <ResultView result={run.result} onOpenInExplorer={onOpenInExplorer} />}
      </div>
      <aside className="console-side">
        <h2>{t('savedQueries')}</h2>
        <SavedQueriesPanel onRun={runSaved} onEdit={(saved) => setQuery(saved.cypher)} />
        <h2>{t('consoleHistory')}</h2>
        {history.length === 0 ? (
          <p className="muted">{t('consoleHistoryEmpty')}</p>
        ) : (
          <ol className="console-history" data-testid="console-history">
            {history.map((entry) => (
              <li key={`${entry.at}:${entry.query}`}>
                <button
                  type="button"
                  className="link-button"
                  title={entry.query}
                  onClick={() => {
                    setQuery(entry.query);
                    setParamsText(entry.params);
                  }}
                >
                  <code>{entry.query.replace(/\s+/g, ' ').slice(0, 80)}</code>
                </button>
              </li>
            ))}
          </ol>
        )}
      </aside>
    </div>
  );
}
