import { useEffect } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { travelHistory } from './historyCommands';

/**
 * Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z or Ctrl+Y redoes, anywhere on the page, text fields
 * included: the designer keeps one history for every kind of edit. Not in a dialog, nor in an
 * editor marked `data-own-history` (text the design has not taken is undone as text).
 */
export function useDesignerShortcuts(): void {
  const { t } = useTranslation('designer');
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // A dialog, or an editor holding text the design has not taken (the JSON view with text
      // that is not a card): their own undo.
      if (
        event.target instanceof Element &&
        event.target.closest('[role="dialog"], [data-own-history]')
      )
        return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) travelHistory(t, 'undo');
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey))
        travelHistory(t, 'redo');
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [t]);
}
