import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Exit {
  code: number | null;
  signal: string | null;
  outOfMemory: boolean;
  tail: string[];
}
interface FakeServer {
  uri: string;
  user: string;
  port: number;
  homeDir: string;
  password: string;
  pid: number;
  exit: Promise<Exit>;
  die(exit: Partial<Exit>): void;
  stop: jest.Mock;
}
interface Supervised {
  readonly stateFile: string;
  readonly pid: number;
  readonly state: string;
  readonly restarts: number;
  stop(): Promise<void>;
}
interface Policy {
  firstDelayMs: number;
  maxDelayMs: number;
  stableAfterMs: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { superviseLocalNeo4j, restartDelayMs } = require('../../tools/neo4j/supervise-neo4j.cjs') as {
  superviseLocalNeo4j(options: object): Promise<Supervised>;
  restartDelayMs(failuresInRow: number, policy?: Policy): number;
};

/** The fake servers' data folder, where the supervisor writes its state file. */
const HOME = mkdtempSync(join(tmpdir(), 'supervise-neo4j-spec-'));
afterAll(() => rmSync(HOME, { recursive: true, force: true }));

let nextPid = 100;
function fakeServer(options: { port?: number; homeDir?: string; password?: string }): FakeServer {
  let die!: (exit: Exit) => void;
  const exit = new Promise<Exit>((resolve) => (die = resolve));
  const server: FakeServer = {
    uri: `bolt://127.0.0.1:${options.port ?? 7700}`,
    user: 'neo4j',
    port: options.port ?? 7700,
    homeDir: options.homeDir ?? HOME,
    password: options.password ?? 'generated-password',
    pid: nextPid++,
    exit,
    die: (partial) => die({ code: null, signal: null, outOfMemory: false, tail: [], ...partial }),
    stop: jest.fn(async () => server.die({ code: 0 })),
  };
  return server;
}

const waitUntil = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
};

describe('restartDelayMs', () => {
  it('doubles from 1 s and stops at 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 50].map((n) => restartDelayMs(n))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });
});

describe('superviseLocalNeo4j', () => {
  const policy: Policy = { firstDelayMs: 10, maxDelayMs: 40, stableAfterMs: 200 };

  function supervise(starts: (options: { port?: number }) => FakeServer) {
    const lines: string[] = [];
    const started: FakeServer[] = [];
    const calls: object[] = [];
    const supervised = superviseLocalNeo4j({
      restartPolicy: policy,
      log: (line: string) => lines.push(line),
      start: async (options: { port?: number; homeDir?: string; password?: string }) => {
        calls.push(options);
        const server = starts(options);
        started.push(server);
        return server;
      },
    });
    return { supervised, lines, started, calls };
  }

  it('restarts a killed server on the same port, data folder and password, and logs the signal', async () => {
    const { supervised, lines, started, calls } = supervise((options) => fakeServer(options));
    const server = await supervised;
    const firstPid = server.pid;
    started[0]!.die({ signal: 'SIGKILL' });
    await waitUntil(() => server.restarts === 1);
    expect(server.state).toBe('running');
    expect(server.pid).not.toBe(firstPid);
    expect(calls[1]).toMatchObject({ port: 7700, homeDir: HOME, password: 'generated-password' });
    expect(lines.join('\n')).toMatch(/Neo4j was killed by SIGKILL after [\d.]+ s up/);
    await server.stop();
    expect(started[1]!.stop).toHaveBeenCalled();
  });

  it('names an OutOfMemoryError the JVM printed before exiting', async () => {
    const { supervised, lines, started } = supervise((options) => fakeServer(options));
    const server = await supervised;
    started[0]!.die({ code: 3, outOfMemory: true, tail: ['Terminating due to java.lang.OutOfMemoryError: Java heap space'] });
    await waitUntil(() => server.restarts === 1);
    expect(lines.join('\n')).toMatch(/Neo4j exited with code 3 after [\d.]+ s up: java\.lang\.OutOfMemoryError/);
    await server.stop();
  });

  it('backs off 1×, 2×, 4× … while restarts fail, and starts from 1× again after a stable period', async () => {
    let failing = 0;
    const { supervised, lines, started } = supervise((options) => {
      if (failing > 0) {
        failing -= 1;
        throw new Error('port 7700 on 127.0.0.1 is already in use');
      }
      return fakeServer(options);
    });
    const server = await supervised;
    failing = 3;
    started[0]!.die({ code: 1, tail: ['something broke'] });
    await waitUntil(() => server.restarts === 1);
    const delays = lines.filter((line) => line.includes('restarting in')).map((line) => Number(/in ([\d.]+) s/.exec(line)![1]) * 1000);
    expect(delays).toEqual([10, 20, 40, 40]);
    expect(lines.filter((line) => line.startsWith('neo4j: restart failed')).length).toBe(3);
    expect(lines.join('\n')).toContain('last output: something broke');

    // Up longer than stableAfterMs: the next crash waits the first delay again.
    await new Promise((resolve) => setTimeout(resolve, policy.stableAfterMs + 20));
    started[1]!.die({ signal: 'SIGKILL' });
    await waitUntil(() => server.restarts === 2);
    expect(lines.filter((line) => line.includes('restarting in')).at(-1)).toContain('in 0.01 s');
    await server.stop();
  });

  it('does not restart a server stopped on purpose, nor during a backoff that stop() interrupts', async () => {
    const { supervised, started } = supervise((options) => fakeServer(options));
    const server = await supervised;
    await server.stop();
    expect(started[0]!.stop).toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started.length).toBe(1);
    expect(server.state).toBe('stopped');

    const second = supervise((options) => fakeServer({ ...options, port: 7800 }));
    const other = await second.supervised;
    second.started[0]!.die({ signal: 'SIGKILL' });
    await waitUntil(() => other.state === 'restarting');
    await other.stop(); // during the 10 ms backoff
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(second.started.length).toBe(1);
  });

  it('writes each change of state to its state file, for the API to tell restarting from down', async () => {
    let release!: () => void;
    const { supervised, started } = supervise((options) => {
      const server = fakeServer(options);
      return server;
    });
    const server = await supervised;
    const stateOnDisk = (): { state: string; restarts: number; since: string } => JSON.parse(readFileSync(server.stateFile, 'utf8'));
    expect(server.stateFile).toBe(join(HOME, 'supervisor-state.json'));
    expect(stateOnDisk()).toMatchObject({ state: 'running', restarts: 0 });
    const exited = new Promise<void>((resolve) => (release = resolve));
    void started[0]!.exit.then(() => setImmediate(release));
    started[0]!.die({ signal: 'SIGKILL' });
    await exited;
    expect(stateOnDisk()).toMatchObject({ state: 'restarting', restarts: 0 });
    await waitUntil(() => server.restarts === 1);
    expect(stateOnDisk()).toMatchObject({ state: 'running', restarts: 1 });
    await server.stop();
    expect(stateOnDisk()).toMatchObject({ state: 'stopped' });
  });
});
