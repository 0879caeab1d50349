import { documentNodeId } from '@policygraph/graph-types';
import { useEffect, useMemo, useState } from 'react';
import { searchNodes } from '../../../api/graph-api';
import type { SearchHit } from '../../../api/graph-api.types';
import { toApiError, type ApiError } from '../../../api/graphql-request';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useI18n } from '../../../i18n/I18nContext';
import { useExplorer } from '../explorer-context';
import { labelStyle } from '../graph-view/label-styles';
import { caption } from '../graph-view/element-mapping';
import { useDocumentTitles } from '../details/useDocumentTitles';
import { flattenGroups, groupHitsByLabel } from './group-hits';

const DEBOUNCE_MS = 250;

type Suggestions = { status: 'idle' } | { status: 'loading' } | { status: 'done'; hits: readonly SearchHit[] } | { status: 'error'; error: ApiError };

/** Type-ahead over names, aliases and quotes; suggestions grouped by label; picking one adds it to the canvas. */
export function SearchBox({ text, onTextChange }: { text: string; onTextChange: (text: string) => void }) {
  const { actions } = useExplorer();
  const { t, labelName } = useI18n();
  const [suggestions, setSuggestions] = useState<Suggestions>({ status: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const titles = useDocumentTitles();

  useEffect(() => {
    const query = text.trim();
    if (query.length === 0) return setSuggestions({ status: 'idle' });
    const abort = new AbortController();
    setSuggestions({ status: 'loading' });
    const timer = setTimeout(() => {
      searchNodes(query, 20, abort.signal).then(
        (hits) => setSuggestions({ status: 'done', hits }),
        (error: unknown) => {
          if (!abort.signal.aborted) setSuggestions({ status: 'error', error: toApiError(error) });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [text, attempt]);

  const groups = useMemo(() => (suggestions.status === 'done' ? groupHitsByLabel(suggestions.hits) : []), [suggestions]);
  const ordered = useMemo(() => flattenGroups(groups), [groups]);

  function pick(hit: SearchHit): void {
    setOpen(false);
    void actions.addNode(hit.node);
  }

  return (
    <div className="search-box">
      <label className="visually-hidden" htmlFor="explorer-search">
        {t('searchLabel')}
      </label>
      <input
        id="explorer-search"
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls="search-suggestions"
        data-testid="search-input"
        placeholder={t('searchPlaceholder')}
        value={text}
        onChange={(event) => {
          onTextChange(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, ordered.length - 1));
          else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (event.key === 'Escape') setOpen(false);
          else if (event.key === 'Enter' && ordered[active]) pick(ordered[active]);
          else return;
          event.preventDefault();
        }}
      />
      {open && suggestions.status !== 'idle' && (
        <div className="search-suggestions" id="search-suggestions" role="listbox" data-testid="search-suggestions">
          {suggestions.status === 'loading' && <p className="muted">{t('searching')}</p>}
          {suggestions.status === 'error' && <ErrorMessage error={suggestions.error} onRetry={() => setAttempt((n) => n + 1)} />}
          {suggestions.status === 'done' && ordered.length === 0 && <p className="muted">{t('searchNoHits', { text: text.trim() })}</p>}
          {groups.map((group) => (
            <div key={group.label} className="search-group" data-testid="search-group" data-label={group.label}>
              <div className="search-group-title">
                <span className="swatch" style={{ background: labelStyle(group.label).color }} /> {labelName(group.label)}
              </div>
              {group.hits.map((hit) => (
                <div
                  key={hit.node.id}
                  role="option"
                  aria-selected={ordered[active] === hit}
                  className="search-option"
                  data-testid="search-option"
                  data-id={hit.node.id}
                  title={hit.node.name}
                  onMouseDown={(event) => {
                    event.preventDefault(); // keep focus so blur does not close the list before the click lands
                    pick(hit);
                  }}
                >
                  {caption(hit.node.name, 40)}
                  {hintOf(hit, titles) && <span className="search-option-hint">{hintOf(hit, titles)}</span>}
                </div>
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

/** Same-named nodes from different plans (物流 in two provinces) are told apart by region or document title. */
function hintOf(hit: SearchHit, titles: ReadonlyMap<string, string>): string | null {
  const { region, documentId } = hit.node.properties;
  if (typeof region === 'string' && region !== hit.node.name) return region;
  if (typeof documentId === 'string') return caption(titles.get(documentNodeId(documentId)) ?? titles.get(documentId) ?? documentId, 18);
  return null;
}
