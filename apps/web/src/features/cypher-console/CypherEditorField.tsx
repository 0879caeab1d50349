import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import { useMemo } from 'react';
import { fetchGraphSchema } from '../../api/graph-api';
import { useAsync } from '../../app/useAsync';
import { useI18n } from '../../i18n/I18nContext';
import { cypherEditorExtensions } from './cypher-editor-theme';

/** The Cypher editor with autocompletion from the live graph's labels, relationship types and property keys. */
export function CypherEditorField({ value, onChange, onRun }: { value: string; onChange: (value: string) => void; onRun: () => void }) {
  const { t } = useI18n();
  const schema = useAsync(fetchGraphSchema, []);
  const label = t('consoleEditorLabel');
  const extensions = useMemo(() => cypherEditorExtensions(label), [label]);
  const editorSchema = useMemo(
    () =>
      schema.data
        ? {
            labels: Object.keys(schema.data.labels).map((label) => `:${label}`),
            relationshipTypes: Object.keys(schema.data.relationshipTypes).map((type) => `:${type}`),
            propertyKeys: [...schema.data.propertyKeys],
          }
        : undefined,
    [schema.data],
  );
  return (
    <div
      className="cypher-editor"
      data-testid="cypher-editor"
      onKeyDown={(event) => {
        // Ctrl/Cmd+Enter runs, as in Neo4j Browser.
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          onRun();
        }
      }}
    >
      <CypherEditor
        value={value}
        onValueChanged={(next) => onChange(next)}
        schema={editorSchema}
        lineWrapping
        autofocus={false}
        theme="light"
        postExtensions={extensions}
      />
    </div>
  );
}
