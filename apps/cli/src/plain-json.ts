/** A value JSON writes and reads back unchanged: what a stage dump holds. */
export type PlainJson = null | boolean | number | string | PlainJson[] | { [key: string]: PlainJson };

/**
 * Converts a stage's value to plain JSON so that `JSON.parse(JSON.stringify(x))` gives `x` back. Maps become objects
 * (their keys are strings: labels, relationship types) and Sets arrays; functions held as members (the parsed
 * document's lookups) and undefined members are left out, as JSON.stringify does. Anything JSON would silently change
 * (NaN, Infinity, a bigint, an undefined array element, a Map with non-string keys) is an error naming where it is,
 * so a dump never differs quietly from what the pipeline held.
 */
export function toPlainJson(value: unknown, path = '$'): PlainJson {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}, which JSON cannot hold`);
    return value;
  }
  if (Array.isArray(value)) return value.map((item, i) => toPlainJson(item, `${path}[${i}]`));
  if (value instanceof Set) return [...value].map((item, i) => toPlainJson(item, `${path}[${i}]`));
  if (value instanceof Map) {
    const object: { [key: string]: PlainJson } = {};
    for (const [key, item] of value) {
      if (typeof key !== 'string') throw new Error(`${path} is a Map with a ${typeof key} key, which a JSON object cannot hold`);
      object[key] = toPlainJson(item, `${path}.${key}`);
    }
    return object;
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const object: { [key: string]: PlainJson } = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined || typeof item === 'function') continue;
      object[key] = toPlainJson(item, `${path}.${key}`);
    }
    return object;
  }
  throw new Error(`${path} is ${value === undefined ? 'undefined' : `a ${typeof value}`}, which JSON cannot hold`);
}
