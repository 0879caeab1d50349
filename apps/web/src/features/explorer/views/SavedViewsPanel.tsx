import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/I18nContext';
import { useExplorer } from '../explorer-context';
import { SavedViews, type SavedViewEntry } from './saved-views';
import { snapshotOf } from './view-snapshot';

/** Save the canvas as it is under a name, and open or delete views saved before (kept in this browser). */
export function SavedViewsPanel() {
  const { store, actions, viewport } = useExplorer();
  const { t } = useI18n();
  const views = useMemo(() => new SavedViews(window.localStorage), []);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [entries, setEntries] = useState<readonly SavedViewEntry[]>(() => listOrEmpty(views, setError));

  const attempt = (work: () => void): void => {
    try {
      work();
      setError(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
    setEntries(listOrEmpty(views, setError));
  };
  const save = (): void =>
    attempt(() => {
      const drawn = viewport.current ? { positions: viewport.current.positions(), camera: viewport.current.camera() } : null;
      views.save(name, snapshotOf(store.getState(), drawn));
      setName('');
    });

  return (
    <section className="saved-views" aria-labelledby="saved-views-title" data-testid="saved-views">
      <h2 id="saved-views-title">{t('savedViews')}</h2>
      <form
        className="saved-view-form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label htmlFor="saved-view-name">{t('savedViewName')}</label>
        <input id="saved-view-name" data-testid="saved-view-name" value={name} maxLength={80} onChange={(event) => setName(event.target.value)} />
        <button type="submit" data-testid="saved-view-save" disabled={name.trim().length === 0}>
          {t('savedViewSave')}
        </button>
      </form>
      {error && (
        <p className="error" role="alert" data-testid="saved-view-error">
          {error}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="muted">{t('savedViewsNone')}</p>
      ) : (
        <ul className="saved-view-list">
          {entries.map((entry) => (
            <li key={entry.name} data-testid="saved-view" data-name={entry.name}>
              <span className="saved-view-title" title={new Date(entry.savedAt).toLocaleString()}>
                {entry.name} <span className="muted">{t('savedViewNodes', { count: entry.nodeCount })}</span>
              </span>
              <button
                type="button"
                data-testid="saved-view-open"
                onClick={() =>
                  attempt(() => {
                    void actions.openView(views.load(entry.name));
                  })
                }
              >
                {t('savedViewOpen')}
              </button>
              <button
                type="button"
                data-testid="saved-view-delete"
                aria-label={t('savedViewDelete', { name: entry.name })}
                onClick={() => attempt(() => views.remove(entry.name))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The saved views, or none with the error shown when the stored list is damaged. */
function listOrEmpty(views: SavedViews, onError: (message: string) => void): readonly SavedViewEntry[] {
  try {
    return views.list();
  } catch (failure) {
    onError(failure instanceof Error ? failure.message : String(failure));
    return [];
  }
}
