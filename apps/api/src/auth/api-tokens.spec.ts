import { appConfigFromEnv } from '../config/app-config';
import { isLoopbackHost, parseApiTokens, scopeOf } from './api-tokens';

const WRITE = 'w'.repeat(30);
const READ = 'r'.repeat(30);

describe('API tokens', () => {
  it('parses scoped tokens and grants the scope of the one presented', () => {
    const { tokens, problems } = parseApiTokens(`write:${WRITE}, read:${READ}`);
    expect(problems).toEqual([]);
    expect(scopeOf(tokens, WRITE)).toBe('write');
    expect(scopeOf(tokens, READ)).toBe('read');
    expect(scopeOf(tokens, 'x'.repeat(30))).toBeUndefined();
    expect(scopeOf(tokens, undefined)).toBeUndefined();
  });

  it('names bad entries', () => {
    expect(parseApiTokens('admin:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx,write:short').problems).toEqual([
      'API_TOKENS entry 1 must be read:<token> or write:<token>',
      'API_TOKENS entry 2 (write) is shorter than 24 characters; use e.g. `openssl rand -base64 32`',
    ]);
  });

  it('tells loopback from reachable addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'].map(isLoopbackHost)).toEqual([true, true, true, true, true]);
    expect(['0.0.0.0', '::', '192.168.1.5', 'example.org'].map(isLoopbackHost)).toEqual([false, false, false, false]);
  });

  it('refuses to start on a reachable HOST without a token, and starts with one', () => {
    expect(() => appConfigFromEnv({ HOST: '0.0.0.0' })).toThrow(/HOST 0\.0\.0\.0 is reachable from other machines, so API_TOKENS must be set/);
    expect(appConfigFromEnv({ HOST: '0.0.0.0', API_TOKENS: `write:${WRITE}` }).apiTokens).toHaveLength(1);
    expect(appConfigFromEnv({}).apiTokens).toEqual([]);
  });
});
