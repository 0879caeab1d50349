import type { IngestReport } from '../../api/graph-api.types';
import type { MessageKey } from '../../i18n/messages';

const STATUS_NAMES: Readonly<Record<string, MessageKey>> = {
  added: 'uploadAdded',
  replaced: 'uploadReplaced',
  unchanged: 'uploadUnchanged',
  duplicate: 'uploadDuplicate',
};

/** An upload's status in the UI language; a status this client does not know is shown as the API sent it. */
export function uploadStatusText(
  report: Pick<IngestReport, 'status' | 'duplicateOf'>,
  t: (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string,
): string {
  const key = STATUS_NAMES[report.status];
  return key ? t(key, { other: report.duplicateOf ?? '—' }) : report.status;
}
