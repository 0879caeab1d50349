import type { TextSpan } from '@policygraph/parse';
import type { GazetteerEntry } from './gazetteer';
import type { InferredRegionCue } from './inferred-region';

export interface DocumentRegion {
  readonly entry: GazetteerEntry;
  readonly span: TextSpan | null;
  /** Which cue named the region (issuer, title, occasion, signature, document number, content …). */
  readonly cue: RegionCue;
  /** 'stated' where a line of the document names the region as its own; 'inferred' where the content suggests it. */
  readonly basis: 'stated' | 'inferred';
}

export type RegionCue =
  | 'issuer'
  | 'title'
  | 'occasion'
  | 'signature'
  | 'document-number'
  | 'headline'
  | 'dateline'
  | 'local-conditions'
  | 'subject-document'
  | 'short-name'
  | 'site-masthead'
  | 'delegation'
  | 'news-lead'
  | 'own-contribution'
  | 'city-voice'
  | 'county-voice'
  | 'newsflash'
  | 'own-after-superiors'
  | InferredRegionCue;

/** Where a page states its occasion, its byline, its masthead: its opening. */
export const OPENING_LENGTH = 1000;
