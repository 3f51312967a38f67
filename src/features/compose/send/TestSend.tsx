import { FlaskConical } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { Link } from 'wouter';
import { newClientId, useSend, useSendMessage } from '../../../api/messages';
import { Button } from '../../../ui/Button';
import type { WorkMessage } from '../../../work/workMessage';
import { useMe, type Me } from '../../../work/useMe';
import { describeFailure, failedBatches } from './describeFailure';
import { lazyComponent } from '../../../ui/lazyComponent';
import { Hint } from '../../../ui/Hint';
import './TestSend.css';

const MeDialog = lazyComponent(() => import('./MeDialog').then((module) => module.MeDialog));

/** "Send a test to me": the message to your own open_id first, in one click. */
export function TestSend({
  message,
  disabled,
  sandbox,
}: {
  message: WorkMessage;
  disabled: boolean;
  sandbox: boolean;
}) {
  const { t } = useTranslation('compose');
  const me = useMe();
  const send = useSendMessage();
  const [asking, setAsking] = useState<'send' | 'edit' | null>(null);
  const sendId = send.data?.id ?? null;
  const detail = useSend(sendId);

  const sendTo = (target: Me) =>
    send.mutate({
      msg_type: message.msg_type,
      content: message.content,
      audience: { kind: 'user', id: target.openId },
      clientId: newClientId(),
      ...(target.name ? { sender: target.name } : {}),
    });

  const outcome = detail.data?.outcome;
  const failure = detail.data ? failedBatches(detail.data.batches)[0] : undefined;
  const failureText = failure ? describeFailure(failure) : null;

  return (
    <div className="cp-test">
      <Button
        icon={<FlaskConical size={16} />}
        disabled={disabled || send.isPending || outcome === 'sending'}
        onClick={() => (me.openId ? sendTo(me) : setAsking('send'))}
        aria-describedby="cp-test-status"
      >
        {t('test.button')}
      </Button>
      <p id="cp-test-status" className="cp-test__status" aria-live="polite">
        {send.isError ? (
          <span className="cp-bad">{t('test.error', { message: send.error.message })}</span>
        ) : outcome === 'sent' ? (
          <span className="cp-ok">
            {t('test.sent', { id: detail.data?.recipients[0] ?? '' })}{' '}
            {sandbox ? <Link href="/inbox">{t('test.openInbox')}</Link> : null}
          </span>
        ) : outcome === 'sending' || send.isPending ? (
          <span>{t('test.sending')}</span>
        ) : failureText ? (
          <span className="cp-bad">
            {t('test.failed')} {t(failureText.key, failureText.params)}
          </span>
        ) : me.openId ? (
          <Hint inline>
            {sandbox ? t('test.toSandbox', { id: me.openId }) : t('test.to', { id: me.openId })}{' '}
            <button type="button" className="cp-text-button" onClick={() => setAsking('edit')}>
              {t('test.change')}
            </button>
          </Hint>
        ) : (
          <Hint inline>{sandbox ? t('test.setupSandbox') : t('test.setup')}</Hint>
        )}
      </p>
      {asking ? (
        <MeDialog
          sandbox={sandbox}
          thenSend={asking === 'send'}
          onClose={(saved) => {
            setAsking(null);
            if (saved && asking === 'send') sendTo(saved);
          }}
        />
      ) : null}
    </div>
  );
}
