import type { MessageKey } from '../../../i18n/messages';

export type ShortcutAction = 'undo' | 'redo' | 'search' | 'fit' | 'help';

/** The parts of a keydown event a shortcut depends on (a plain object, so the choice is testable without a DOM). */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  /** The key went to a text field, select or editor: it belongs to that field, shortcuts stay out of the way. */
  readonly inEditable: boolean;
}

/** The explorer's shortcuts as the help list shows them: the keys to press and what they do. */
export const SHORTCUTS: readonly { readonly keys: readonly string[]; readonly action: ShortcutAction; readonly description: MessageKey }[] = [
  { keys: ['Ctrl+Z'], action: 'undo', description: 'shortcutUndo' },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], action: 'redo', description: 'shortcutRedo' },
  { keys: ['/'], action: 'search', description: 'shortcutSearch' },
  { keys: ['F'], action: 'fit', description: 'shortcutFit' },
  { keys: ['?'], action: 'help', description: 'shortcutHelp' },
];

/** The action a key press asks for, or null. Cmd stands for Ctrl on macOS. */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.inEditable || press.altKey) return null;
  const key = press.key.toLowerCase();
  if (press.ctrlKey || press.metaKey) {
    if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !press.shiftKey) return 'redo';
    return null;
  }
  if (press.key === '/') return 'search';
  if (press.key === '?') return 'help';
  if (key === 'f' && !press.shiftKey) return 'fit';
  return null;
}

/** Whether a keydown's target takes text (or choices) of its own. */
export function isEditable(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
