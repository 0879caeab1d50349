import { Suspense, lazy, useMemo, useState } from 'react';
import { ExplorerActions } from '../features/explorer/explorer-actions';
import { AcrossRegionsView } from '../features/across-regions/AcrossRegionsView';
import { DocumentsView } from '../features/documents/DocumentsView';
import { ExplorerContext, useExplorer, type Explorer } from '../features/explorer/explorer-context';
import { ExplorerStore } from '../features/explorer/explorer-store';
import { ExplorerView } from '../features/explorer/ExplorerView';
import { OwnershipMatrixView } from '../features/ownership-matrix/OwnershipMatrixView';
import { PatternBuilderView } from '../features/patterns/PatternBuilderView';
import { I18nProvider, useI18n } from '../i18n/I18nContext';
import type { Language } from '../i18n/messages';
import { initialView, useViewUrl } from './useViewUrl';
import type { MatrixViewState, Tab, ViewState } from './view-url';

// The Cypher editor brings the ANTLR parser (over 1 MB): it loads when the console is first opened.
const CypherConsoleView = lazy(() => import('../features/cypher-console/CypherConsoleView').then((module) => ({ default: module.CypherConsoleView })));

/** Creates the explorer's long-lived objects once and switches between the tabs. */
export function App() {
  const initial = useMemo(initialView, []);
  const [language, setLanguage] = useState<Language>(initial.language);
  const explorer = useMemo<Explorer>(() => {
    const store = new ExplorerStore();
    return { store, actions: new ExplorerActions(store), viewport: { current: null } };
  }, []);
  return (
    <I18nProvider language={language} setLanguage={setLanguage}>
      <ExplorerContext.Provider value={explorer}>
        <Shell initial={initial} />
      </ExplorerContext.Provider>
    </I18nProvider>
  );
}

function Shell({ initial }: { initial: ViewState }) {
  const { t, language, setLanguage } = useI18n();
  const explorer = useExplorer();
  const { store } = explorer;
  const [tab, setTab] = useState<Tab>(initial.tab);
  const [metric, setMetric] = useState<string | null>(initial.metric);
  const [similar, setSimilar] = useState<string | null>(initial.similar);
  const [matrix, setMatrix] = useState<MatrixViewState>(initial.matrix);
  useViewUrl(explorer, initial, tab, language, metric, similar, matrix);
  const tabs: readonly [Tab, string][] = [
    ['explorer', t('tabExplorer')],
    ['matrix', t('tabMatrix')],
    ['across', t('tabAcross')],
    ['patterns', t('tabPatterns')],
    ['console', t('tabConsole')],
    ['documents', t('tabDocuments')],
  ];
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('appTitle')}</h1>
        <nav className="tabs" role="tablist">
          {tabs.map(([id, title]) => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} data-testid={`tab-${id}`} onClick={() => setTab(id)}>
              {title}
            </button>
          ))}
        </nav>
        <button type="button" className="language-toggle" data-testid="language-toggle" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
          {t('language')}
        </button>
      </header>
      <main className="app-main">
        {tab === 'explorer' && <ExplorerView />}
        {tab === 'matrix' && (
          <OwnershipMatrixView
            state={matrix}
            onState={setMatrix}
            onAddToCanvas={(subgraph) => {
              store.addSubgraph(subgraph);
              setTab('explorer');
            }}
          />
        )}
        {tab === 'across' && <AcrossRegionsView metric={metric} onMetric={setMetric} similar={similar} onSimilar={setSimilar} />}
        {tab === 'patterns' && (
          <PatternBuilderView
            onOpenInExplorer={(result) => {
              store.replaceGraph(result);
              setTab('explorer');
            }}
          />
        )}
        {tab === 'console' && (
          <Suspense fallback={<p className="muted">{t('busy', { what: 'Cypher' })}</p>}>
            <CypherConsoleView
              onOpenInExplorer={(result) => {
                store.replaceGraph(result);
                setTab('explorer');
              }}
            />
          </Suspense>
        )}
        {tab === 'documents' && <DocumentsView />}
      </main>
    </div>
  );
}
