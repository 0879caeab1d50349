/** Plain key/value rows; arrays are joined, objects shown as JSON so nothing is hidden. */
export function PropertyTable({ properties }: { properties: Readonly<Record<string, unknown>> }) {
  const entries = Object.entries(properties).filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (entries.length === 0) return null;
  return (
    <table className="property-table" data-testid="property-table">
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key}>
            <th scope="row">{key}</th>
            <td>{Array.isArray(value) ? value.join('、') : typeof value === 'object' ? JSON.stringify(value) : String(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
