/** Shortcut names as this platform writes them. */
export function shortcutLabels() {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  const mod = mac ? '⌘' : 'Ctrl+';
  const alt = mac ? '⌥' : 'Alt+';
  return {
    undo: `${mod}Z`,
    redo: mac ? '⇧⌘Z' : 'Ctrl+Shift+Z',
    moveUp: `${alt}↑`,
    moveDown: `${alt}↓`,
    duplicate: `${mod}D`,
    remove: 'Delete',
  };
}
