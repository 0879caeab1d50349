import { isTraditional, toSimplified } from '@policygraph/parse';
import { gazetteer, shortForms } from '../regions/gazetteer';

/**
 * Whether a text names a region at all, by its full name or a short form (昆明市 or 昆明): a passage cut from a page
 * whose title named the region may name it nowhere, and no reader of the passage alone can tell it. A page in
 * Traditional characters names it in them (懷化).
 */
export function namesRegion(text: string, regionName: string): boolean {
  const entries = gazetteer().byName.get(regionName) ?? [];
  const names = new Set([regionName, ...entries.flatMap((entry) => shortForms(entry))]);
  const simplified = isTraditional(text) ? toSimplified(text) : text;
  return [...names].some((name) => text.includes(name) || simplified.includes(name));
}
