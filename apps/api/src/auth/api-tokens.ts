import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

export type TokenScope = 'read' | 'write';

export interface ApiToken {
  readonly scope: TokenScope;
  /** sha256 of the token: compared in constant time, the token itself is not kept. */
  readonly digest: Buffer;
}

export const MIN_TOKEN_LENGTH = 24;

/**
 * API_TOKENS: comma-separated `read:<token>` or `write:<token>` entries (write includes read). Returns the tokens, or
 * the problems found (each naming the variable), so configuration errors stop start-up with one message.
 */
export function parseApiTokens(raw: string | undefined): { tokens: ApiToken[]; problems: string[] } {
  const tokens: ApiToken[] = [];
  const problems: string[] = [];
  for (const [index, entry] of (raw ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)
    .entries()) {
    const colon = entry.indexOf(':');
    const scope = entry.slice(0, colon);
    const token = entry.slice(colon + 1);
    if (colon < 0 || (scope !== 'read' && scope !== 'write')) problems.push(`API_TOKENS entry ${index + 1} must be read:<token> or write:<token>`);
    else if (token.length < MIN_TOKEN_LENGTH)
      problems.push(`API_TOKENS entry ${index + 1} (${scope}) is shorter than ${MIN_TOKEN_LENGTH} characters; use e.g. \`openssl rand -base64 32\``);
    else tokens.push({ scope, digest: digest(token) });
  }
  return { tokens, problems };
}

/** The scope a presented token grants, or undefined when it matches none. */
export function scopeOf(tokens: readonly ApiToken[], presented: string | undefined): TokenScope | undefined {
  if (!presented) return undefined;
  const candidate = digest(presented);
  let scope: TokenScope | undefined;
  for (const token of tokens) if (timingSafeEqual(token.digest, candidate) && scope !== 'write') scope = token.scope;
  return scope;
}

/** Whether a listen address is reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1';
  return false;
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
