import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/I18nContext';
import { SHORTCUTS } from './keyboard-shortcuts';

/** The list of keyboard shortcuts, as a modal dialog (Escape or the button closes it). */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="shortcut-help" aria-labelledby="shortcut-help-title" data-testid="shortcut-help" onClose={onClose}>
      <h2 id="shortcut-help-title">{t('shortcuts')}</h2>
      <table>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action} data-testid="shortcut-row" data-action={shortcut.action}>
              <td>
                {shortcut.keys.map((keys, index) => (
                  <span key={keys}>
                    {index > 0 && ` ${t('shortcutOr')} `}
                    <kbd>{keys}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(shortcut.description)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" data-testid="shortcut-help-close" onClick={() => dialog.current?.close()}>
        {t('shortcutClose')}
      </button>
    </dialog>
  );
}
