import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import type { MindIssue } from '../../mind';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { PlacedIssues } from '../../ui/IssueList';
import { SHARE_HASH } from './shareHash';
import { useOpenMessage } from '../../work/useOpenMessage';

/** Removes the shared message from the address bar once read (it would be opened again on reload). */
function clearHash(): void {
  window.history.replaceState(
    window.history.state,
    '',
    window.location.pathname + window.location.search,
  );
}

/**
 * Opens a share link (`#share=…`) in the right editor, asking before it replaces unsaved work;
 * a damaged link says why and changes nothing. One dialog at a time: a newer link replaces
 * whatever the last one still asks.
 */
export function ShareLinkReceiver() {
  const { t } = useTranslation('exchange');
  const { open, cancel, dialog } = useOpenMessage();
  const [problems, setProblems] = useState<MindIssue[] | null>(null);
  const openRef = useRef(open);
  const cancelRef = useRef(cancel);
  const tRef = useRef(t);
  useEffect(() => {
    openRef.current = open;
    cancelRef.current = cancel;
    tRef.current = t;
  });

  useEffect(() => {
    const receive = () => {
      if (!SHARE_HASH.test(window.location.hash)) return;
      // The decoder (lz-string) is loaded only when a link brings a message.
      void import('./shareLink').then(({ readShareHash }) => {
        const result = readShareHash(window.location.hash);
        if (!result) return;
        clearHash();
        if (!result.ok) {
          cancelRef.current();
          setProblems(result.issues);
          return;
        }
        setProblems(null);
        openRef.current(result.message, { incoming: tRef.current('share.incoming') });
      });
    };
    receive();
    window.addEventListener('hashchange', receive);
    return () => window.removeEventListener('hashchange', receive);
  }, []);

  return (
    <>
      {dialog}
      {problems ? (
        <Dialog
          open
          size="sm"
          onOpenChange={(next) => (next ? undefined : setProblems(null))}
          title={t('share.damagedTitle')}
          description={t('share.damaged')}
          footer={<Button onClick={() => setProblems(null)}>{t('close')}</Button>}
        >
          {problems.some((item) => item.code !== 'share-damaged') ? (
            <PlacedIssues issues={problems.filter((item) => item.code !== 'share-damaged')} />
          ) : null}
        </Dialog>
      ) : null}
    </>
  );
}
