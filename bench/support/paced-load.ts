import { Agent, request } from 'node:http';

export interface PacedLoadOptions {
  readonly url: string;
  readonly clients: number;
  /** Requests per second each client sends (open loop: on schedule, not when the last answer arrives). */
  readonly ratePerClient: number;
  readonly seconds: number;
  readonly bodies: readonly string[];
  /** Start every client at the same instant (what autocannon's connectionRate does) instead of spreading them. */
  readonly synchronized?: boolean;
  readonly timeoutMs?: number;
}

export interface PacedLoadResult {
  /** Requests sent, answered or not. */
  readonly requests: number;
  readonly requestsPerSecond: number;
  /** Answer time from when the request was due: includes any wait behind the client's previous request. */
  readonly fromScheduleMs: readonly number[];
  /** Answer time from when the request was written on the socket. */
  readonly fromSendMs: readonly number[];
  /**
   * How late the load generator's timer fired for requests whose client was free when they were due: its own lag (a
   * busy or starved process), not the server's. Requests due while their client still waited for an answer are not in it.
   */
  readonly timerLagMs: readonly number[];
  /** Requests that were due while their client still waited for its previous answer (the server fell behind). */
  readonly sentLate: number;
  readonly errors: {
    readonly socket: number;
    readonly timeouts: number;
    readonly non2xx: number;
    readonly graphql: number;
    readonly messages: readonly string[];
  };
}

/**
 * Open-loop load: each of `clients` keep-alive connections sends a request every 1/ratePerClient s, the clients'
 * schedules staggered evenly over one interval so the offered load is steady. Latency is taken from when a request
 * was due, so a slow answer that delays the client's next request counts against the server (no coordinated
 * omission). A response is an error when its status is not 200 or its body carries GraphQL `errors`.
 */
export async function runPacedLoad(options: PacedLoadOptions): Promise<PacedLoadResult> {
  const target = new URL(options.url);
  const intervalMs = 1000 / options.ratePerClient;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const fromScheduleMs: number[] = [];
  const fromSendMs: number[] = [];
  const timerLagMs: number[] = [];
  let sentLate = 0;
  const errors = { socket: 0, timeouts: 0, non2xx: 0, graphql: 0, messages: [] as string[] };
  const note = (message: string): void => void (errors.messages.length < 5 && !errors.messages.includes(message) && errors.messages.push(message));
  let next = 0;
  let attempts = 0;
  const started = performance.now();
  const end = started + options.seconds * 1000;

  const send = (agent: Agent, body: string): Promise<{ status: number; text: string }> =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end(body);
    });

  const client = async (index: number): Promise<void> => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    let due = started + (options.synchronized ? 0 : (index / options.clients) * intervalMs);
    try {
      while (due < end) {
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        else sentLate++;
        const sentAt = performance.now();
        if (wait > 0) timerLagMs.push(sentAt - due);
        attempts++;
        try {
          const { status, text } = await send(agent, options.bodies[next++ % options.bodies.length]!);
          const now = performance.now();
          fromScheduleMs.push(now - due);
          fromSendMs.push(now - sentAt);
          if (status !== 200) {
            errors.non2xx++;
            note(`HTTP ${status}`);
          } else if (text.includes('"errors"')) {
            errors.graphql++;
            note(text.slice(0, 200));
          }
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          if (message === 'timeout') errors.timeouts++;
          else errors.socket++;
          note(message);
        }
        due += intervalMs;
      }
    } finally {
      agent.destroy();
    }
  };

  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  const elapsedSeconds = (performance.now() - started) / 1000;
  return { requests: attempts, requestsPerSecond: attempts / elapsedSeconds, fromScheduleMs, fromSendMs, timerLagMs, sentLate, errors };
}
