import { COVERAGE_CUES, type CoverageCue, type CoverageNote, type Evidence } from '@policygraph/graph-types';

/**
 * The extraction notes stored on a Document node (coverageNotesJson): fact-like sentences that gave no fact, per
 * section. null when the document was stored before notes existed (or the JSON is unreadable), [] when there are none.
 */
export function coverageNotesOf(properties: Readonly<Record<string, unknown>>): CoverageNote[] | null {
  const json = properties['coverageNotesJson'];
  if (typeof json !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  return parsed.filter(isNote);
}

function isNote(value: unknown): value is CoverageNote {
  if (typeof value !== 'object' || value === null) return false;
  const note = value as Record<string, unknown>;
  return (
    Array.isArray(note['section']) &&
    typeof note['sentences'] === 'number' &&
    typeof note['cues'] === 'object' &&
    Array.isArray(note['examples']) &&
    note['examples'].every(isEvidence)
  );
}

function isEvidence(value: unknown): value is Evidence {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return typeof e['quote'] === 'string' && typeof e['start'] === 'number' && typeof e['end'] === 'number';
}

/** The cues of a note in their fixed order, with counts (cues absent from the note left out). */
export function cueCounts(note: CoverageNote): { cue: CoverageCue; count: number }[] {
  return COVERAGE_CUES.filter((cue) => (note.cues[cue] ?? 0) > 0).map((cue) => ({ cue, count: note.cues[cue]! }));
}
