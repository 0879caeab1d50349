import type { CoverageNote } from '@policygraph/graph-types';
import { coverageNotesOf, cueCounts } from './coverage-notes-of';

const NOTE: CoverageNote = {
  section: ['三、重点任务'],
  sentences: 2,
  cues: { 'ownership-marker': 1, 'number-with-year': 2 },
  examples: [{ documentId: 'd', start: 10, end: 14, quote: '到2025年', section: ['三、重点任务'] }],
};

describe('coverageNotesOf', () => {
  it('reads the notes stored on a document', () => {
    expect(coverageNotesOf({ coverageNotesJson: JSON.stringify([NOTE]) })).toEqual([NOTE]);
    expect(coverageNotesOf({ coverageNotesJson: '[]' })).toEqual([]);
  });

  it('says "unknown" (null) for documents stored before notes, or unreadable JSON, and drops malformed notes', () => {
    expect(coverageNotesOf({})).toBeNull();
    expect(coverageNotesOf({ coverageNotesJson: '{oops' })).toBeNull();
    expect(coverageNotesOf({ coverageNotesJson: JSON.stringify([NOTE, { section: 'x' }, { ...NOTE, examples: [{ quote: 1 }] }]) })).toEqual([NOTE]);
  });

  it('lists cues in their fixed order with counts', () => {
    expect(cueCounts(NOTE)).toEqual([
      { cue: 'number-with-year', count: 2 },
      { cue: 'ownership-marker', count: 1 },
    ]);
  });
});
