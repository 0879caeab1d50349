import { normalizeText } from '@policygraph/parse';
import type { OwnershipConvention } from '../ownership-convention';

/** Run one convention on a real snippet (normalized as the extractor sees it): "name role[*]" per party, * = presumed lead. */
export function read(convention: OwnershipConvention, snippet: string): string[][] {
  const text = normalizeText(snippet).text;
  return convention.find(text).map((clause) => clause.parties.map((party) => `${party.name} ${party.role}${party.presumedLead ? '*' : ''}`));
}
