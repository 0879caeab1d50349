import type { CoverageCue } from '@policygraph/graph-types';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/I18nContext';
import { coverageNotesOf, cueCounts } from './coverage-notes-of';

const CUE_NAMES: Record<CoverageCue, MessageKey> = {
  'number-with-year': 'cueNumberWithYear',
  department: 'cueDepartment',
  'ownership-marker': 'cueOwnershipMarker',
};

/** A document's extraction notes: per section, the fact-like sentences that gave no fact, with a few quotes. */
export function DocumentNotes({ properties }: { readonly properties: Readonly<Record<string, unknown>> }) {
  const { t } = useI18n();
  const notes = coverageNotesOf(properties);
  if (notes === null) return <p className="muted">{t('documentNotesUnknown')}</p>;
  if (notes.length === 0) return <p className="muted">{t('documentNotesNone')}</p>;
  const sentences = notes.reduce((sum, note) => sum + note.sentences, 0);
  return (
    <div className="document-notes" data-testid="document-notes">
      <p>{t('documentNotesTitle', { sentences, sections: notes.length })}</p>
      <ol>
        {notes.map((note, index) => (
          <li key={index}>
            <div>
              <strong>{note.section.length > 0 ? note.section.join(' › ') : t('documentNotesBeforeHeadings')}</strong>
              {' · '}
              {t('documentNotesSentences', { sentences: note.sentences })}
              {' · '}
              {cueCounts(note)
                .map(({ cue, count }) => `${t(CUE_NAMES[cue])} ${count}`)
                .join('、')}
            </div>
            <ul>
              {note.examples.map((example) => (
                <li key={`${example.start}-${example.end}`}>
                  <q>{example.quote}</q> <span className="muted">{t('offsets', { start: example.start, end: example.end })}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
