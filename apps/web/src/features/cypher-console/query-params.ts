import type { SavedQueryParam } from '../../api/graph-api.types';

export type ParamsParse = { readonly ok: true; readonly params: Record<string, unknown> } | { readonly ok: false; readonly message: string };

/** The console's parameter box: empty means none; anything else must be a JSON object. */
export function parseParams(text: string): ParamsParse {
  if (text.trim() === '') return { ok: true, params: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'expected an object such as {"region": "青海省"}' };
    return { ok: true, params: value as Record<string, unknown> };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Converts a saved query's form fields (strings typed by the user) to the declared types. An empty field is left
 * out so the API applies the default; a field that does not parse is reported by name.
 */
export function savedQueryArguments(
  params: readonly SavedQueryParam[],
  fields: Readonly<Record<string, string>>,
): { readonly ok: true; readonly params: Record<string, unknown> } | { readonly ok: false; readonly message: string } {
  const out: Record<string, unknown> = {};
  for (const param of params) {
    const raw = (fields[param.name] ?? '').trim();
    if (raw === '') continue;
    switch (param.type) {
      case 'Int': {
        const value = Number(raw);
        if (!Number.isInteger(value)) return { ok: false, message: `${param.name} must be a whole number, got '${raw}'` };
        out[param.name] = value;
        break;
      }
      case 'Float': {
        const value = Number(raw);
        if (!Number.isFinite(value)) return { ok: false, message: `${param.name} must be a number, got '${raw}'` };
        out[param.name] = value;
        break;
      }
      case 'Boolean':
        if (raw !== 'true' && raw !== 'false') return { ok: false, message: `${param.name} must be true or false, got '${raw}'` };
        out[param.name] = raw === 'true';
        break;
      default:
        out[param.name] = raw;
    }
  }
  return { ok: true, params: out };
}
