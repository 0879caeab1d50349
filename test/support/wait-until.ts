/**
 * Polls `check` until it answers true or `timeoutMs` passes; a check that throws counts as "not yet" (a server that is
 * down refuses connections until it is back). Resolves to whether the check came true in time.
 */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, pollMs = 250): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return false;
}
