/** How a value is entered: from a closed list, as a switch, as a number, or as free text. */
export type InputKind =
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'number'; readonly integer?: boolean }
  | { readonly kind: 'text' };

/** The value a fresh input of this kind starts from: a switch is off, a list shows its first entry. */
export function initialValue(kind: InputKind): string {
  if (kind.kind === 'boolean') return 'false';
  if (kind.kind === 'enum') return kind.values[0] ?? '';
  return '';
}

/**
 * One input for a typed value, kept as text ('true'/'false' for a switch) so forms hold one kind of state: a
 * checkbox for Boolean, a select for an enumeration, a number input for numbers, a text input otherwise.
 */
export function TypedInput({
  kind,
  value,
  onChange,
  testId,
  label,
  placeholder,
  optionName = (option) => option,
}: {
  kind: InputKind;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  /** The accessible name when no <label> wraps the input. */
  label?: string;
  placeholder?: string;
  optionName?: (option: string) => string;
}) {
  switch (kind.kind) {
    case 'boolean':
      return (
        <input
          type="checkbox"
          role="switch"
          data-testid={testId}
          aria-label={label}
          checked={value === 'true'}
          onChange={(event) => onChange(event.target.checked ? 'true' : 'false')}
        />
      );
    case 'enum':
      return (
        <select data-testid={testId} aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}>
          {!kind.values.includes(value) && <option value={value}>{value}</option>}
          {kind.values.map((option) => (
            <option key={option} value={option}>
              {optionName(option)}
            </option>
          ))}
        </select>
      );
    case 'number':
      return (
        <input
          type="number"
          step={kind.integer ? 1 : 'any'}
          data-testid={testId}
          aria-label={label}
          value={value}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case 'text':
      return <input data-testid={testId} aria-label={label} value={value} placeholder={placeholder} onChange={(event) => onChange(event.target.value)} />;
  }
}
