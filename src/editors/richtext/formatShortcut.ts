const isApple = (): boolean =>
  typeof navigator !== 'undefined' &&
  /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** A TipTap key name (`Mod-Shift-7`) as people read it: `Ctrl+Shift+7`, or `⌘⇧7` on a Mac. */
export function formatShortcut(keys: string, apple = isApple()): string {
  const parts = keys.split('-').map((part) => {
    if (part === 'Mod') return apple ? '⌘' : 'Ctrl';
    if (part === 'Shift') return apple ? '⇧' : 'Shift';
    if (part === 'Alt') return apple ? '⌥' : 'Alt';
    return part.length === 1 ? part.toUpperCase() : part;
  });
  return parts.join(apple ? '' : '+');
}
