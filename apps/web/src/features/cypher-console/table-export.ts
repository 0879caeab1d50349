/** How a result cell reads in a table or a CSV file: nodes and edges by name or type, lists joined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join('、');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['name'] === 'string') return record['name'];
    if (typeof record['type'] === 'string' && 'source' in record) return String(record['type']);
    return JSON.stringify(value);
  }
  return String(value);
}

/** RFC 4180 CSV with a BOM, so spreadsheet programs open the Chinese text as UTF-8. */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const field = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [columns.map(field).join(','), ...rows.map((row) => columns.map((_, i) => field(cellText(row[i]))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
