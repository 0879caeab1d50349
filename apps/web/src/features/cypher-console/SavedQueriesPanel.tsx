import { useState } from 'react';
import { fetchSavedQueries } from '../../api/graph-api';
import type { SavedQuery } from '../../api/graph-api.types';
import { ErrorMessage } from '../../app/ErrorMessage';
import { useAsync } from '../../app/useAsync';
import { useI18n } from '../../i18n/I18nContext';
import { savedQueryArguments } from './query-params';

/** The saved pattern queries: pick one, fill its parameters (defaults shown), run it. */
export function SavedQueriesPanel({ onRun, onEdit }: { onRun: (query: SavedQuery, params: Record<string, unknown>) => void; onEdit: (query: SavedQuery) => void }) {
  const { t } = useI18n();
  const saved = useAsync(fetchSavedQueries, []);
  const [openId, setOpenId] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  if (saved.error) return <ErrorMessage error={saved.error} onRetry={saved.reload} />;
  if (saved.loading) return <p className="muted">…</p>;
  if (!saved.data || saved.data.length === 0) return <p className="muted">{t('savedQueriesEmpty')}</p>;

  return (
    <ul className="saved-queries" data-testid="saved-queries">
      {saved.data.map((query) => (
        <li key={query.id} data-testid="saved-query" data-id={query.id}>
          <button
            type="button"
            className="link-button saved-query-title"
            aria-expanded={openId === query.id}
            onClick={() => {
              setOpenId(openId === query.id ? null : query.id);
              setFields(Object.fromEntries(query.params.map((param) => [param.name, param.defaultValue ?? ''])));
              setFormError(null);
            }}
          >
            {query.title}
          </button>
          <p className="saved-query-description">{query.description}</p>
          {openId === query.id && (
            <form
              className="saved-query-form"
              data-testid="saved-query-form"
              onSubmit={(event) => {
                event.preventDefault();
                const parsed = savedQueryArguments(query.params, fields);
                if (!parsed.ok) return setFormError(parsed.message);
                setFormError(null);
                onRun(query, parsed.params);
              }}
            >
              {query.params.map((param) => (
                <label key={param.name} className="param-field">
                  <span>
                    {param.name} <span className="muted">({param.type})</span>
                  </span>
                  <input
                    name={param.name}
                    data-testid={`param-${param.name}`}
                    value={fields[param.name] ?? ''}
                    placeholder={param.defaultValue ?? ''}
                    onChange={(event) => setFields({ ...fields, [param.name]: event.target.value })}
                  />
                  {param.description && <small className="muted">{param.description}</small>}
                </label>
              ))}
              {formError && <ErrorMessage error={{ code: 'BAD_USER_INPUT', message: formError }} />}
              <div className="button-row">
                <button type="submit" data-testid="run-saved-query">
                  {t('savedRun')}
                </button>
                <button type="button" onClick={() => onEdit(query)}>
                  Cypher
                </button>
              </div>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}
