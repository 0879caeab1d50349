export { extract, extractDocument, EXTRACTION_PARSE_OPTIONS } from './lib/extract-document';
export type { ExtractOptions } from './lib/extract-document';
export { scoreAgainstGold } from './lib/evaluation/score-against-gold';
export type { GoldFacts, GoldIndicator, GoldKind, GoldRange, KindScore, Scores } from './lib/evaluation/score-against-gold';
export type { ConventionTally, GoldResponsibility, Mismatch, OwnershipScore } from './lib/evaluation/score-ownership';
export { isPlaceWord } from './lib/regions/place-words';
export { namesRegion } from './lib/evaluation/region-named';
