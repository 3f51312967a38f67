import { CircleAlert, Send } from 'lucide-react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { Button } from '../../../ui/Button';
import type { WorkMessage } from '../../../work/workMessage';
import { TestSend } from './TestSend';
import './SendBar.css';

/** The foot of compose: what would be sent (or what stops it), a test to me, and the review. */
export function SendBar({
  message,
  summary,
  blockers,
  messageReady,
  sandbox,
  onReview,
}: {
  message: WorkMessage;
  /** One line: the type, how many people, how many requests. */
  summary: string | null;
  /** Why it cannot be sent yet, in plain words; empty when it can. */
  blockers: string[];
  /** The message itself has no errors (a test needs no recipients). */
  messageReady: boolean;
  sandbox: boolean;
  onReview: () => void;
}) {
  const { t } = useTranslation('compose');
  const ready = blockers.length === 0;
  return (
    <section className="cp-bar" aria-label={t('bar.label')}>
      <div className="cp-bar__state" id="cp-bar-state" aria-live="polite">
        {ready ? (
          <p className="cp-bar__summary" data-testid="send-summary">
            {summary}
          </p>
        ) : (
          <ul className="cp-bar__blockers" data-testid="send-blockers">
            {blockers.map((blocker) => (
              <li key={blocker}>
                <CircleAlert size={14} aria-hidden="true" /> {blocker}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="cp-bar__actions">
        <TestSend message={message} disabled={!messageReady} sandbox={sandbox} />
        <Button
          variant="primary"
          icon={<Send size={16} />}
          disabled={!ready}
          aria-describedby="cp-bar-state"
          onClick={onReview}
        >
          {t('bar.review')}
        </Button>
      </div>
    </section>
  );
}
