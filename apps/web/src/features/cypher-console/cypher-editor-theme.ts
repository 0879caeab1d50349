import { EditorView } from '@codemirror/view';
import type { CypherEditorProps } from '@neo4j-cypher/react-codemirror';

/** CodeMirror extensions, as the Cypher editor takes them. */
type Extension = NonNullable<CypherEditorProps['postExtensions']>[number];

/**
 * Token colours of the Cypher editor, each 4.5:1 or more on white and on the active line's tint (about 5:1 or more;
 * the package's Solarized light ones were 2.7–4.4:1).
 */
export const CYPHER_TOKEN_COLOURS = {
  text: '#4d6169',
  keyword: '#596800',
  comment: '#5f7070',
  string: '#7d5d00',
  number: '#187069',
  variable: '#1f6fb0',
  labelOrType: '#b03c0c',
  functionOrProcedure: '#5a5fb3',
  parameter: '#c0261f',
  property: '#52666d',
  consoleCommand: '#b02a6b',
} as const;

/**
 * The editor's colours, as an editor theme. Not a HighlightStyle: @neo4j-cypher/codemirror's own HighlightStyle gives
 * tokens classes only (cm-keyword, cm-string …), its stylesheet colours them, and its semantic markers (cm-p-variable,
 * cm-p-label …, decorations from its parser, not syntax tags) recolour tokens inside them; a HighlightStyle cannot
 * reach the markers and its rules lose to that stylesheet. The theme's rules are scoped to this editor (`&`) and name
 * the editor's classes, which makes them more specific than the package's.
 */
const tokenTheme: Extension = (() => {
  const c = CYPHER_TOKEN_COLOURS;
  const scope = '&.cm-editor.cm-light.cm-cypher';
  const marked = (marker: string, color: string): Record<string, { color: string }> => ({
    [`${scope} .cm-p-${marker}, ${scope} .cm-p-${marker} .cm-keyword`]: { color },
  });
  return EditorView.theme({
    [scope]: { color: c.text },
    [`${scope} .cm-keyword`]: { color: c.keyword },
    [`${scope} .cm-comment`]: { color: c.comment },
    [`${scope} .cm-string`]: { color: c.string },
    [`${scope} .cm-number`]: { color: c.number },
    ...marked('label', c.labelOrType),
    ...marked('relationshipType', c.labelOrType),
    ...marked('variable', c.variable),
    ...marked('procedureOutput', c.variable),
    ...marked('procedure', c.functionOrProcedure),
    ...marked('function', c.functionOrProcedure),
    ...marked('parameter', c.parameter),
    ...marked('property', c.property),
    ...marked('consoleCommand', c.consoleCommand),
  });
})();

/** The editor's accessible name (its text box has no visible label) and its readable colours. */
export function cypherEditorExtensions(accessibleName: string): Extension[] {
  return [EditorView.contentAttributes.of({ 'aria-label': accessibleName }), tokenTheme];
}
