import taxonomy from '../../../data/sector-taxonomy.json';
import { AhoCorasick } from '../dictionary/aho-corasick';

export interface SectorType {
  readonly key: string;
  /** Standard Chinese name from the NBS classifications. */
  readonly name: string;
  readonly group: string;
  readonly parent: string | null;
}

export const SECTOR_TYPES: readonly SectorType[] = taxonomy.types.map((type) => ({
  key: type.key,
  name: type.name,
  group: type.group,
  parent: (type as { parent?: string }).parent ?? null,
}));

const BY_KEY = new Map(SECTOR_TYPES.map((type) => [type.key, type]));
let automaton: AhoCorasick<SectorType> | null = null;

/** Names and synonyms of every sector type (旅游文化 ≡ 文化旅游 ≡ 文旅), matched in one pass. */
export function sectorNames(): AhoCorasick<SectorType> {
  if (automaton) return automaton;
  const built = new AhoCorasick<SectorType>();
  for (const type of taxonomy.types) {
    const sectorType = BY_KEY.get(type.key)!;
    for (const term of [type.name, ...type.synonyms]) built.add(term, sectorType);
  }
  automaton = built;
  return built;
}

export function sectorTypeByKey(key: string): SectorType | null {
  return BY_KEY.get(key) ?? null;
}

export const TAXONOMY_SOURCE: string = taxonomy.source;
