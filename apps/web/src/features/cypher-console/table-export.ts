/**
 * How a result cell reads in a table or a CSV file: nodes by name (looked up by id among the result's nodes when
 * the row only carries the id), relationships by type, lists joined.
 */
export function cellText(value: unknown, names: ReadonlyMap<string, string> = NO_NAMES): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((item) => cellText(item, names)).join('、');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['name'] === 'string') return record['name'];
    if (typeof record['type'] === 'string' && ('source' in record || 'start' in record)) return String(record['type']);
    if (typeof record['id'] === 'string' && Array.isArray(record['labels'])) return names.get(record['id']) ?? record['id'];
    return JSON.stringify(value);
  }
  return String(value);
}

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** RFC 4180 CSV with a BOM, so spreadsheet programs open the Chinese text as UTF-8. */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[], names: ReadonlyMap<string, string> = NO_NAMES): string {
  const field = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [columns.map(field).join(','), ...rows.map((row) => columns.map((_, i) => field(cellText(row[i], names))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
