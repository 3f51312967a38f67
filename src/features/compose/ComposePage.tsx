import { useQuery } from '@tanstack/react-query';
import { CheckCircle2, History, UserCog } from 'lucide-react';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import type { Audience } from '../../api/schemas';
import { statusOptions } from '../../api/status';
import { PageHeader } from '../../app/PageHeader';
import { Button } from '../../ui/Button';
import { IssueList } from '../../ui/IssueList';
import { PreviewPane } from '../preview/PreviewPane';
import { SaveTemplateButton } from '../templates/SaveTemplateButton';
import { useComposeDraft } from './draft/composeDraftStore';
import { useComposeMessage, type ComposeMessage } from './draft/useComposeMessage';
import { useMe } from './draft/useMe';
import { LoadedNotice } from './LoadedNotice';
import { MessageEditor } from './message/MessageEditor';
import { MessageTypePicker } from './message/MessageTypePicker';
import { buildAudience, type RecipientMode } from './recipients/buildAudience';
import { countBatches } from './recipients/countBatches';
import { parseRecipients } from './recipients/parseRecipients';
import { RecipientsSection } from './recipients/RecipientsSection';
import { MeDialog } from './send/MeDialog';
import { ReviewDialog } from './send/ReviewDialog';
import { SendBar } from './send/SendBar';
import { useSendBlockers } from './send/useSendBlockers';
import './compose.css';

const FROM_TYPES = { 'rich-text': 'rich_text', designer: 'interactive' } as const;

/** Compose and send: the message, who receives it, a test to me, the review and the result. */
export function ComposePage() {
  const { t } = useTranslation('compose');
  const [params] = useSearchParams();
  const status = useQuery(statusOptions());
  const sandbox = status.data?.mode !== 'live';
  const { message, issues } = useComposeMessage();
  const msgType = useComposeDraft((state) => state.msgType);
  const setMsgType = useComposeDraft((state) => state.setMsgType);
  const mode = useComposeDraft((state) => state.recipientMode);
  const setRecipientMode = useComposeDraft((state) => state.setRecipientMode);
  const one = useComposeDraft((state) => state.one);
  const oneName = useComposeDraft((state) => state.oneName);
  const list = useDeferredValue(useComposeDraft((state) => state.list));
  const parsed = useMemo(() => parseRecipients(list), [list]);
  const me = useMe();
  const [confirmation, setConfirmation] = useState('');
  const [review, setReview] = useState<{
    key: number;
    message: ComposeMessage;
    audience: Audience;
    personName: string | null;
  } | null>(null);
  const [lastSendId, setLastSendId] = useState<string | null>(null);
  const [editingMe, setEditingMe] = useState(false);
  const phrase = t('all.phrase');

  const from = params.get('from');
  useEffect(() => {
    if (from === 'rich-text' || from === 'designer') setMsgType(FROM_TYPES[from]);
  }, [from, setMsgType]);

  const audience = buildAudience({ mode, one, list: parsed, confirmation, phrase });
  const errors = issues.filter((item) => item.severity === 'error');
  const blockers = useSendBlockers({
    errors: errors.length,
    audience,
    malformed: parsed.malformed.length,
    phrase,
    offline: status.isError,
  });
  const batches = audience.ok ? countBatches(audience.audience, status.data?.batchSize ?? 100) : 0;
  const summary = audience.ok
    ? t('bar.summary', {
        type: t(`type.${msgType}`),
        who:
          audience.count === null
            ? t('summary.everyone')
            : audience.audience.kind === 'user'
              ? (oneName ?? audience.audience.id)
              : t('summary.people', { count: audience.count }),
        count: batches,
      })
    : null;

  /** Freezes what is reviewed: the list read afresh, not the deferred copy shown while typing. */
  const openReview = () => {
    const draft = useComposeDraft.getState();
    const fresh = buildAudience({
      mode: draft.recipientMode,
      one: draft.one,
      list: parseRecipients(draft.list),
      confirmation,
      phrase,
    });
    if (!fresh.ok || errors.length > 0) return;
    setReview((current) => ({
      key: (current?.key ?? 0) + 1,
      message,
      audience: fresh.audience,
      personName: draft.recipientMode === 'one' ? draft.oneName : null,
    }));
  };

  const changeMode = (next: RecipientMode) => {
    setConfirmation('');
    setRecipientMode(next);
  };

  return (
    <div className="cp-page">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <SaveTemplateButton msgType={msgType} />
            <Button variant="ghost" icon={<UserCog size={16} />} onClick={() => setEditingMe(true)}>
              {me.name ? t('me.button', { name: me.name }) : t('me.buttonEmpty')}
            </Button>
          </>
        }
      />
      <LoadedNotice />
      <div className="cp-layout">
        <div className="cp-main">
          <section className="cp-step" aria-labelledby="cp-step-message">
            <h2 id="cp-step-message" className="cp-step__title">
              <span className="cp-step__number" aria-hidden="true">
                1
              </span>
              {t('message.title')}
            </h2>
            <MessageTypePicker value={msgType} onChange={setMsgType} />
            <MessageEditor invalid={errors.some((item) => item.code !== 'text-empty')} />
            <div className="cp-issues" aria-label={t('message.checks')} role="group">
              {issues.length === 0 ? (
                <p className="cp-ok">
                  <CheckCircle2 size={14} aria-hidden="true" /> {t('message.ready')}
                </p>
              ) : (
                <IssueList issues={issues} showPaths={msgType === 'interactive'} />
              )}
            </div>
          </section>
          <RecipientsSection
            parsed={parsed}
            confirmation={confirmation}
            onConfirmationChange={setConfirmation}
            onModeChange={changeMode}
            phrase={phrase}
            live={!sandbox}
          />
        </div>
        <aside className="cp-side" aria-label={t('preview.label')}>
          <h2 className="cp-side__title">{t('preview.title')}</h2>
          <PreviewPane message={message} />
        </aside>
      </div>
      {lastSendId ? (
        <p className="cp-last" role="status">
          {t('last.text')}{' '}
          <Link href={`/history/${lastSendId}`}>
            <History size={14} aria-hidden="true" /> {t('last.open')}
          </Link>
        </p>
      ) : null}
      <SendBar
        message={message}
        summary={summary}
        blockers={blockers}
        messageReady={errors.length === 0}
        sandbox={sandbox}
        onReview={openReview}
      />
      {review ? (
        <ReviewDialog
          key={review.key}
          message={review.message}
          audience={review.audience}
          personName={review.personName}
          status={status.data}
          sender={me.name}
          onClose={(sendId) => {
            setReview(null);
            if (sendId) setLastSendId(sendId);
          }}
        />
      ) : null}
      {editingMe ? (
        <MeDialog sandbox={sandbox} thenSend={false} onClose={() => setEditingMe(false)} />
      ) : null}
    </div>
  );
}
