/** Milliseconds a neighbourhood query takes through the API: what another client feels during an attack. */
export async function timedNeighborhood(url: string, id: string): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 100) { nodes { id } } }', variables: { id } }),
  });
  const body = (await response.json()) as { data?: { neighborhood?: { nodes: unknown[] } } };
  return { ms: performance.now() - started, ok: response.status === 200 && (body.data?.neighborhood?.nodes.length ?? 0) > 0 };
}
