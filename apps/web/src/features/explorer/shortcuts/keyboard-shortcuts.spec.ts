import { SHORTCUTS, shortcutFor, type KeyPress } from './keyboard-shortcuts';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  inEditable: false,
  ...modifiers,
});

describe(shortcutFor.name, () => {
  it('reads Ctrl+Z as undo and Ctrl+Shift+Z or Ctrl+Y as redo, Cmd as Ctrl', () => {
    expect(shortcutFor(press('z', { ctrlKey: true }))).toBe('undo');
    // With Shift held the browser reports the capital letter.
    expect(shortcutFor(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutFor(press('y', { ctrlKey: true }))).toBe('redo');
    expect(shortcutFor(press('z', { metaKey: true }))).toBe('undo');
  });

  it('reads "/" as search, "f" as fit and "?" as help', () => {
    expect(shortcutFor(press('/'))).toBe('search');
    expect(shortcutFor(press('f'))).toBe('fit');
    expect(shortcutFor(press('F', { shiftKey: true }))).toBeNull();
    expect(shortcutFor(press('?', { shiftKey: true }))).toBe('help');
  });

  it('leaves keys typed into a field, Alt combinations and other keys alone', () => {
    expect(shortcutFor(press('z', { ctrlKey: true, inEditable: true }))).toBeNull();
    expect(shortcutFor(press('f', { inEditable: true }))).toBeNull();
    expect(shortcutFor(press('f', { altKey: true }))).toBeNull();
    expect(shortcutFor(press('f', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('z'))).toBeNull();
    expect(shortcutFor(press('Enter'))).toBeNull();
  });

  it('lists every action once in the help', () => {
    expect(SHORTCUTS.map((shortcut) => shortcut.action).sort()).toEqual(['fit', 'help', 'redo', 'search', 'undo']);
  });
});
