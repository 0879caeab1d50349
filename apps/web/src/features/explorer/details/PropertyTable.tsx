import { useI18n, type I18n } from '../../../i18n/I18nContext';

/**
 * Plain key/value rows in the reader's language; arrays are joined, objects shown as JSON so nothing is hidden. A
 * presumed lead is said next to the role, an inference's confidence next to its basis.
 */
/** Keys whose values are identifiers (ids, keys, hashes, file names) or raw JSON (…Json): shown as code, as stored, never translated. */
const IDENTIFIER_KEYS: ReadonlySet<string> = new Set([
  'key',
  'metric',
  'documentId',
  'functionId',
  'contentHash',
  'factsHash',
  'code',
  'fileName',
  'id',
  'linkedTarget',
]);

export function PropertyTable({ properties }: { properties: Readonly<Record<string, unknown>> }) {
  const i18n = useI18n();
  const folded = new Set(['presumedLead', 'confidence'].filter((key) => key in properties && ('role' in properties || 'basis' in properties)));
  const entries = Object.entries(properties).filter(([key, value]) => value !== null && value !== undefined && value !== '' && !folded.has(key));
  if (entries.length === 0) return null;
  return (
    <table className="property-table" data-testid="property-table">
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key} data-key={key}>
            <th scope="row">{i18n.propertyName(key)}</th>
            <td>
              {(IDENTIFIER_KEYS.has(key) || key.endsWith('Json')) && !(key === 'key' && i18n.sectorTypeName(String(value))) ? (
                <code className="property-identifier">{String(value)}</code>
              ) : (
                shownValue(i18n, key, value, properties)
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function shownValue({ t, valueName, propertyName, sectorTypeName }: I18n, key: string, value: unknown, properties: Readonly<Record<string, unknown>>): string {
  // A sector type is stored by its key (modern-logistics); a SectorType node's own key is one too.
  if ((key === 'sectorType' || key === 'key') && typeof value === 'string' && sectorTypeName(value)) return sectorTypeName(value)!;
  if (Array.isArray(value)) return value.map((item) => valueName(key, String(item))).join('、');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  // An inference's rule reads `convention:现代物流(物流)` or `learned:物流`: the kind is named, the topic is Chinese.
  const rule = key === 'rule' ? /^(\w+):(.*)$/s.exec(String(value)) : null;
  if (rule) return `${valueName('rule', rule[1]!)}：${rule[2]}`;
  const shown = valueName(key, String(value));
  if (key === 'role' && properties['presumedLead'] === true) return `${shown} · ${propertyName('presumedLead')}`;
  if (key === 'basis' && typeof properties['confidence'] === 'number')
    return `${shown} · ${t('confidenceValue', { confidence: properties['confidence'].toFixed(2) })}`;
  return shown;
}
