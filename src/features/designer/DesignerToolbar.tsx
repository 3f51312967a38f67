import { Redo2, Send, TriangleAlert, Undo2 } from 'lucide-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { ButtonLink } from '../../ui/ButtonLink';
import { IconButton } from '../../ui/IconButton';
import { travelHistory } from './historyCommands';
import { NewCardButton } from './NewCardButton';
import { SaveStatus } from './SaveStatus';
import { shortcutLabels } from './shortcutLabels';
import { firstUnparsedIssue, showIssue } from './showIssue';
import { announce } from '../../work/card/store/announce';
import { useCanRedo, useCanUndo } from '../../work/card/store/useDesignerStore';
import './DesignerToolbar.css';

/** A line done (green), or a warning the user should read (amber, held longer). */
export type StatusTone = 'done' | 'warning';
export type ShowStatus = (message: string, tone?: StatusTone) => void;

/** What the page above puts in the toolbar from other features (src/pages/DesignerPage.tsx). */
export interface DesignerToolbarSlots {
  /** Shows or hides the card's JSON. */
  jsonView: ReactNode;
  importButton: ReactNode;
  saveTemplate: ReactNode;
  /** The export menu; `onStatus` shows a line in the toolbar. */
  exportMenu: (onStatus: ShowStatus) => ReactNode;
}

/** Undo, redo, export, a new card and on to sending it, with the autosave status. */
export function DesignerToolbar({
  jsonView,
  importButton,
  saveTemplate,
  exportMenu,
}: DesignerToolbarSlots) {
  const { t } = useTranslation('designer');
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const keys = shortcutLabels();
  const [status, setStatusLine] = useState<{ message: string; tone: StatusTone } | null>(null);
  const setStatus: ShowStatus = (message, tone = 'done') => setStatusLine({ message, tone });
  useEffect(() => {
    if (!status) return;
    // A warning stays long enough to be read to its end.
    const timer = setTimeout(() => setStatusLine(null), status.tone === 'warning' ? 10_000 : 4000);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <div className="dz-toolbar" role="toolbar" aria-label={t('toolbar')}>
      {status ? (
        <span className={`dz-toolbar__status dz-toolbar__status--${status.tone}`}>
          {status.tone === 'warning' ? <TriangleAlert size={14} aria-hidden /> : null}
          {status.message}
        </span>
      ) : (
        <SaveStatus />
      )}
      <div className="dz-toolbar__group">
        <IconButton
          label={t('undo')}
          shortcut={keys.undo}
          icon={<Undo2 size={16} />}
          variant="secondary"
          disabled={!canUndo}
          onClick={() => travelHistory(t, 'undo')}
        />
        <IconButton
          label={t('redo')}
          shortcut={keys.redo}
          icon={<Redo2 size={16} />}
          variant="secondary"
          disabled={!canRedo}
          onClick={() => travelHistory(t, 'redo')}
        />
      </div>
      {jsonView}
      <NewCardButton />
      {importButton}
      {saveTemplate}
      {exportMenu(setStatus)}
      <ButtonLink
        href="/compose?from=designer"
        variant="primary"
        className="dz-toolbar__send"
        icon={<Send size={16} />}
        onClick={(event) => {
          const unparsed = firstUnparsedIssue();
          if (!unparsed) return;
          event.preventDefault();
          setStatus(t('unparsed.sendBlocked'), 'warning');
          announce(t('unparsed.sendBlocked'));
          showIssue(unparsed);
        }}
      >
        {t('send')}
      </ButtonLink>
    </div>
  );
}
