const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Text as one quoted Lucene phrase with every query-syntax character escaped, so no input (quotes, brackets, AND,
 * OR, NOT, a trailing backslash) is read as query syntax. The query string is still passed as a parameter.
 */
export function lucenePhrase(text: string): string {
  return `"${text.replace(LUCENE_SPECIAL, (c) => `\\${c}`)}"`;
}
