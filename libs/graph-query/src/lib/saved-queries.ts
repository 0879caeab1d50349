import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PolicyGraphError, type SavedQuery, type SavedQueryParam, type SavedQueryParamType } from '@policygraph/graph-types';

export type { SavedQuery, SavedQueryParam, SavedQueryParamType };

export const SAVED_QUERIES_DIR = join(__dirname, '..', '..', '..', '..', 'cypher', 'queries');

const PARAM_LINE = /^param:\s*(\w+)\s+(String|Int|Float|Boolean)(?:\s*=\s*(\S+))?\s*(?:[—-]+\s*(.*))?$/;

/**
 * Reads a saved query. Its header comment gives the title, description, typed parameters and columns:
 *   // title: …
 *   // description: …
 *   // param: region String = 青海省 — the region to show
 *   // columns: department, projects
 */
export function parseSavedQuery(id: string, source: string): SavedQuery {
  const header: string[] = [];
  const body: string[] = [];
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    if (body.length === 0 && trimmed.startsWith('//')) header.push(trimmed.replace(/^\/\/\s?/, ''));
    else if (trimmed.length > 0 || body.length > 0) body.push(line);
  }
  let title = id;
  let description = '';
  let columns: string[] = [];
  const params: SavedQueryParam[] = [];
  for (const line of header) {
    if (line.startsWith('title:')) title = line.slice(6).trim();
    else if (line.startsWith('description:')) description = line.slice(12).trim();
    else if (line.startsWith('columns:'))
      columns = line
        .slice(8)
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
    else if (line.startsWith('param:')) {
      const match = PARAM_LINE.exec(line);
      if (!match) throw new PolicyGraphError('BAD_REQUEST', `saved query ${id}: cannot read parameter line '${line}'`);
      params.push({ name: match[1]!, type: match[2] as SavedQueryParamType, defaultValue: match[3] ?? null, description: match[4]?.trim() ?? '' });
    } else if (description && line.length > 0) description += ` ${line}`;
  }
  const cypher = body.join('\n').trim().replace(/;\s*$/, '');
  if (cypher.length === 0) throw new PolicyGraphError('BAD_REQUEST', `saved query ${id} has no Cypher`);
  return { id, title, description, params, columns, cypher };
}

export function loadSavedQueries(dir: string = SAVED_QUERIES_DIR): SavedQuery[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => parseSavedQuery(basename(file, '.cypher'), readFileSync(join(dir, file), 'utf8')));
}

/** Checks and converts the caller's values against the declared parameter types; missing ones take defaults. */
export function savedQueryParams(query: SavedQuery, given: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const param of query.params) {
    const raw = given[param.name] ?? param.defaultValue;
    if (raw === null || raw === undefined || raw === '') {
      out[param.name] = null;
      continue;
    }
    out[param.name] = convert(query.id, param, raw);
  }
  const unknown = Object.keys(given).filter((key) => !query.params.some((p) => p.name === key));
  if (unknown.length > 0) throw new PolicyGraphError('BAD_REQUEST', `saved query ${query.id} has no parameter ${unknown.join(', ')}`);
  return out;
}

function convert(queryId: string, param: SavedQueryParam, raw: unknown): unknown {
  const text = String(raw);
  switch (param.type) {
    case 'String':
      return text;
    case 'Int': {
      const value = Number(text);
      if (!Number.isSafeInteger(value))
        throw new PolicyGraphError('BAD_REQUEST', `saved query ${queryId}: ${param.name} must be a whole number, got '${text}'`);
      return value;
    }
    case 'Float': {
      const value = Number(text);
      if (!Number.isFinite(value)) throw new PolicyGraphError('BAD_REQUEST', `saved query ${queryId}: ${param.name} must be a number, got '${text}'`);
      return value;
    }
    case 'Boolean':
      if (text !== 'true' && text !== 'false')
        throw new PolicyGraphError('BAD_REQUEST', `saved query ${queryId}: ${param.name} must be true or false, got '${text}'`);
      return text === 'true';
  }
}
