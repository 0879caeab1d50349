/** A bracketed span of text: its outer span and its body (one level of nested round brackets allowed inside). */
export interface Bracketed {
  readonly start: number;
  readonly end: number;
  readonly body: string;
  readonly bodyStart: number;
}

const PAIRS: Readonly<Record<string, RegExp>> = {
  round: /（((?:[^（）\n]|（[^（）\n]*）){1,300})）/g,
  tortoise: /〔((?:[^〔〕\n]|（[^（）\n]*）){1,300})〕|【((?:[^【】\n]|（[^（）\n]*）){1,300})】|［((?:[^［］\n]|（[^（）\n]*）){1,300})］/g,
};

/**
 * Every bracketed span of a kind: round （…） (ASCII brackets are normalized to these), tortoise-shell 〔…〕/【…】, or
 * any of them, in text order.
 */
export function bracketed(text: string, kind: 'round' | 'tortoise' | 'any'): Bracketed[] {
  if (kind === 'any') return [...bracketed(text, 'round'), ...bracketed(text, 'tortoise')].sort((a, b) => a.start - b.start);
  const found: Bracketed[] = [];
  for (const match of text.matchAll(PAIRS[kind])) {
    const start = match.index ?? 0;
    const body = match[1] ?? match[2] ?? match[3] ?? '';
    found.push({ start, end: start + match[0].length, body, bodyStart: start + 1 });
  }
  return found;
}
