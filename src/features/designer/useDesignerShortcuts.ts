import { useEffect } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { travelHistory } from './historyCommands';

/**
 * Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z or Ctrl+Y redoes, anywhere on the page, text fields
 * included: the designer keeps one history for every kind of edit.
 */
export function useDesignerShortcuts(): void {
  const { t } = useTranslation('designer');
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
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
