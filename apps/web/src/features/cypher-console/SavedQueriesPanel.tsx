import { useState } from 'react';
import { fetchSavedQueries } from '../../api/graph-api';
import type { SavedQuery, SavedQueryParam } from '../../api/graph-api.types';
import { ErrorMessage } from '../../app/ErrorMessage';
import { TypedInput, type InputKind } from '../../app/TypedInput';
import { useAsync } from '../../app/useAsync';
import { useI18n } from '../../i18n/I18nContext';
import { SAVED_QUERY_TEXTS } from '../../i18n/saved-query-texts';
import { savedQueryArguments } from './query-params';

/** The input a declared parameter type gets: a switch for Boolean, a number input for Int and Float. */
function inputKind(param: SavedQueryParam): InputKind {
  if (param.type === 'Boolean') return { kind: 'boolean' };
  if (param.type === 'Int') return { kind: 'number', integer: true };
  if (param.type === 'Float') return { kind: 'number' };
  return { kind: 'text' };
}

/** The saved pattern queries: pick one, fill its parameters (defaults shown), run it. */
export function SavedQueriesPanel({
  onRun,
  onEdit,
}: {
  onRun: (query: SavedQuery, params: Record<string, unknown>) => void;
  onEdit: (query: SavedQuery) => void;
}) {
  const { t, language } = useI18n();
  const saved = useAsync(fetchSavedQueries, []);
  const [openId, setOpenId] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  if (saved.error) return <ErrorMessage error={saved.error} onRetry={saved.reload} />;
  if (saved.loading) return <p className="muted">…</p>;
  if (!saved.data || saved.data.length === 0) return <p className="muted">{t('savedQueriesEmpty')}</p>;

  return (
    <ul className="saved-queries" data-testid="saved-queries">
      {saved.data.map((query) => {
        const text = SAVED_QUERY_TEXTS[language][query.id];
        return (
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
              {text?.title ?? query.title}
            </button>
            <p className="saved-query-description">{text?.description ?? query.description}</p>
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
                {query.params.map((param) => {
                  const name = text?.params[param.name];
                  const hint = name?.hint ?? param.description;
                  return (
                    <label key={param.name} className={`param-field param-${inputKind(param).kind}`}>
                      <span>{name?.label ?? param.name}</span>
                      <TypedInput
                        kind={inputKind(param)}
                        testId={`param-${param.name}`}
                        value={fields[param.name] ?? ''}
                        placeholder={param.defaultValue ?? ''}
                        onChange={(value) => setFields({ ...fields, [param.name]: value })}
                      />
                      {hint && <small className="muted">{hint}</small>}
                    </label>
                  );
                })}
                {formError && <ErrorMessage error={{ code: 'BAD_USER_INPUT', message: formError }} />}
                <div className="button-row">
                  <button type="submit" data-testid="run-saved-query">
                    {t('savedRun')}
                  </button>
                  <button type="button" onClick={() => onEdit(query)}>
                    {t('savedEdit')}
                  </button>
                </div>
              </form>
            )}
          </li>
        );
      })}
    </ul>
  );
}
