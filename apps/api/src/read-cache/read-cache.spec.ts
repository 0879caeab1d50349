import { ReadCache } from './read-cache';

describe('ReadCache', () => {
  let clock = 0;
  const cache = (ttlMs = 1_000, maxEntries = 100): ReadCache => new ReadCache({ ttlMs, maxEntries }, () => clock);
  beforeEach(() => {
    clock = 0;
  });

  it('answers a repeat from memory until the time to live has passed', async () => {
    const c = cache();
    let calls = 0;
    const compute = async (): Promise<number> => ++calls;
    expect(await c.get('k', compute)).toBe(1);
    clock = 999;
    expect(await c.get('k', compute)).toBe(1);
    clock = 1_000;
    expect(await c.get('k', compute)).toBe(2);
  });

  it('shares one computation among concurrent requests for the same key', async () => {
    const c = cache();
    let calls = 0;
    let release!: (value: string) => void;
    const compute = (): Promise<string> => {
      calls++;
      return new Promise((resolve) => (release = resolve));
    };
    const answers = Promise.all([c.get('k', compute), c.get('k', compute), c.get('k', compute)]);
    release('answer');
    expect(await answers).toEqual(['answer', 'answer', 'answer']);
    expect(calls).toBe(1);
  });

  it('does not keep failures', async () => {
    const c = cache();
    await expect(c.get('k', () => Promise.reject(new Error('graph database unavailable')))).rejects.toThrow('unavailable');
    expect(await c.get('k', async () => 'recovered')).toBe('recovered');
  });

  it('forgets everything on clear, and a computation started before clear does not come back', async () => {
    const c = cache();
    let release!: (value: string) => void;
    const stale = c.get('k', () => new Promise<string>((resolve) => (release = resolve)));
    c.clear();
    release('before the ingest');
    expect(await stale).toBe('before the ingest');
    expect(await c.get('k', async () => 'after the ingest')).toBe('after the ingest');
  });

  it('evicts the least recently used answer beyond its bound', async () => {
    const c = cache(1_000, 2);
    await c.get('a', async () => 'a1');
    await c.get('b', async () => 'b1');
    await c.get('a', async () => 'a2'); // a is now the most recently used
    await c.get('c', async () => 'c1'); // evicts b
    expect(c.size).toBe(2);
    expect(await c.get('a', async () => 'a3')).toBe('a1');
    expect(await c.get('b', async () => 'b2')).toBe('b2');
  });

  it('lets go of expired answers instead of holding them until the bound is reached', async () => {
    const c = cache(1_000, 100);
    await c.get('a', async () => 'a');
    await c.get('b', async () => 'b');
    clock = 1_500;
    await c.get('c', async () => 'c');
    expect(c.size).toBe(1);
  });

  it('computes every time when turned off', async () => {
    const c = cache(0);
    let calls = 0;
    await c.get('k', async () => ++calls);
    await c.get('k', async () => ++calls);
    expect(calls).toBe(2);
    expect(c.size).toBe(0);
  });
});
