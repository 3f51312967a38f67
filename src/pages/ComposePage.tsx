import { useQuery } from '@tanstack/react-query';
import { CheckCircle2, FilePlus2, History, UserCog } from 'lucide-react';
import { useDeferredValue, useEffect, useMemo, useRef, useState, type ComponentProps } from 'react';
import { useTranslation } from '../lib/i18n/useTranslation';
import { Link, useSearchParams } from 'wouter';
import type { Audience } from '../api/schemas';
import { mentionsEveryone, type Channel } from '../mind';
import { statusOptions } from '../api/status';
import { PageHeader } from '../app/PageHeader';
import { Button } from '../ui/Button';
import { IssueList } from '../ui/IssueList';
import { lazyComponent } from '../ui/lazyComponent';
import { PreviewPane } from '../features/preview/PreviewPane';
import { SaveTemplateButton } from '../features/templates/SaveTemplateButton';
import { useComposeDraft } from '../work/compose/composeDraftStore';
import { useComposeMessage } from '../features/compose/draft/useComposeMessage';
import type { WorkMessage } from '../work/workMessage';
import { useMe } from '../work/useMe';
import { LoadedNotice } from '../features/compose/LoadedNotice';
import { MessageEditor } from '../features/compose/message/MessageEditor';
import { MessageTypePicker } from '../features/compose/message/MessageTypePicker';
import { buildAudience, type RecipientMode } from '../features/compose/recipients/buildAudience';
import { countBatches } from '../features/compose/recipients/countBatches';
import { parseRecipients } from '../features/compose/recipients/parseRecipients';
import { RecipientsSection } from '../features/compose/recipients/RecipientsSection';
import { fingerprintSend } from '../features/compose/send/fingerprintSend';
import { rememberSend, useLastSend, type LastSend } from '../features/compose/send/lastSendStore';
import type { ReviewDialog as ReviewDialogType } from '../features/compose/send/ReviewDialog';
import { SendBar } from '../features/compose/send/SendBar';
import { useSendBlockers } from '../features/compose/send/useSendBlockers';
import { PersonalSection } from '../features/compose/personal/PersonalSection';
import { usePersonalSend } from '../features/compose/personal/usePersonalSend';
import {
  unfilledIssue,
  type UnfilledFields,
} from '../features/compose/personal/findUnfilledFields';
import { countPersonalRequests, skippedIdsOf } from '../fields/personalTable';
import { contentSizeIssue } from '../features/compose/send/contentSize';
import '../features/compose/compose.css';

// The review and what follows it (the schedule, the result, the time left, a personal send's
// facts), the details of "me", and the preview's recipient picker download when they are first
// shown, not on every visit to compose (scripts/pageWeight.test.ts).
const ReviewDialog = lazyComponent(() =>
  import('../features/compose/send/ReviewDialog').then((module) => module.ReviewDialog),
);
const PersonalReviewFacts = lazyComponent(() =>
  import('../features/compose/personal/PersonalReviewFacts').then(
    (module) => module.PersonalReviewFacts,
  ),
);
const MeDialog = lazyComponent(() =>
  import('../features/compose/send/MeDialog').then((module) => module.MeDialog),
);
const RecipientPreviewPicker = lazyComponent(() =>
  import('../features/compose/personal/RecipientPreviewPicker').then(
    (module) => module.RecipientPreviewPicker,
  ),
);

const NO_ONE: readonly string[] = [];

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
  const channel = useComposeDraft((state) => state.channel);
  const setChannel = useComposeDraft((state) => state.setChannel);
  const groupId = useComposeDraft((state) => state.groupId);
  const groupName = useComposeDraft((state) => state.groupName);
  const one = useComposeDraft((state) => state.one);
  const oneName = useComposeDraft((state) => state.oneName);
  const list = useDeferredValue(useComposeDraft((state) => state.list));
  const parsed = useMemo(() => parseRecipients(list), [list]);
  const me = useMe();
  const [confirmation, setConfirmation] = useState('');
  const [review, setReview] = useState<{
    key: number;
    message: WorkMessage;
    audience: Audience;
    personName: string | null;
    fingerprint: string;
    /** The last send, when it was this same message to these same people. */
    previous: LastSend | null;
    personal: ComponentProps<typeof ReviewDialogType>['personal'];
    unfilled: UnfilledFields | null;
  } | null>(null);
  const lastSend = useLastSend((state) => state.lastSend);
  const startNewMessage = useComposeDraft((state) => state.startNewMessage);
  const [editingMe, setEditingMe] = useState(false);
  const phrase = t('all.phrase');

  const from = params.get('from');
  useEffect(() => {
    if (from === 'rich-text' || from === 'designer') setMsgType(FROM_TYPES[from]);
  }, [from, setMsgType]);

  const everyone = useMemo(() => mentionsEveryone(message.content), [message.content]);
  const audience = buildAudience({
    channel,
    mode,
    one,
    list: parsed,
    confirmation,
    phrase,
    groupId,
    mentionsEveryone: everyone,
  });
  const personal = usePersonalSend(message, audience, channel, mode !== 'all');
  // With fields, the checks are of the previewed person's message (the server checks everyone's).
  const asWritten = unfilledIssue(personal.unfilled);
  const checked = personal.issues ?? issues;
  // A message larger than Mind may take (a personal send's review weighs each person's).
  const maxContentBytes = status.data?.maxContentBytes ?? 30_720;
  const tooLarge = useMemo(
    () => (personal.plan ? null : contentSizeIssue(message.content, maxContentBytes)),
    [personal.plan, message.content, maxContentBytes],
  );
  const shownIssues = [
    ...checked,
    ...(asWritten ? [asWritten] : []),
    ...(tooLarge ? [tooLarge] : []),
  ];
  const errors = shownIssues.filter((item) => item.severity === 'error');
  const blockers = [
    ...useSendBlockers({
      errors: errors.length,
      audience,
      malformed: parsed.malformed.length,
      phrase,
      offline: status.isError,
    }),
    ...personal.blockers,
  ];
  const batchSize = status.data?.batchSize ?? 100;
  const batches = !audience.ok
    ? 0
    : personal.fields && personal.plan
      ? countPersonalRequests(personal.plan, batchSize)
      : countBatches(audience.audience, batchSize);
  // People a personal send skips for a missing value (the server leaves them out too): not
  // counted among those it goes to.
  const skipped = personal.fields && personal.plan ? skippedIdsOf(personal.plan) : NO_ONE;
  const sentAlready =
    lastSend !== null &&
    audience.ok &&
    fingerprintSend(message, audience.audience) === lastSend.fingerprint;
  const summary = audience.ok
    ? t('bar.summary', {
        type: t(`type.${msgType}`),
        who:
          audience.count === null
            ? t('summary.everyone')
            : audience.audience.kind === 'user'
              ? (oneName ?? audience.audience.id)
              : audience.audience.kind === 'group'
                ? (groupName ?? audience.audience.id)
                : t(audience.audience.kind === 'robot' ? 'summary.robotPeople' : 'summary.people', {
                    count: audience.count - skipped.length,
                  }),
        count: batches,
      })
    : null;

  /** Freezes what is reviewed: the list read afresh, not the deferred copy shown while typing. */
  const openReview = () => {
    const draft = useComposeDraft.getState();
    const fresh = buildAudience({
      channel: draft.channel,
      mode: draft.recipientMode,
      one: draft.one,
      list: parseRecipients(draft.list),
      confirmation,
      phrase,
      groupId: draft.groupId,
      mentionsEveryone: mentionsEveryone(message.content),
    });
    if (!fresh.ok || errors.length > 0 || personal.blockers.length > 0) return;
    const fingerprint = fingerprintSend(message, fresh.audience);
    setReview((current) => ({
      key: (current?.key ?? 0) + 1,
      message,
      audience: fresh.audience,
      personName:
        draft.channel === 'group'
          ? draft.groupName
          : draft.channel === 'subscribers' && draft.recipientMode === 'one'
            ? draft.oneName
            : null,
      fingerprint,
      previous: lastSend?.fingerprint === fingerprint ? lastSend : null,
      unfilled: personal.unfilled,
      personal:
        personal.fields && personal.plan && personal.previewMessage
          ? {
              fields: personal.fields,
              previewMessage: personal.previewMessage,
              skipped,
              requests: countPersonalRequests(personal.plan, status.data?.batchSize ?? 100),
              facts: (
                <PersonalReviewFacts
                  plan={personal.plan}
                  batchSize={status.data?.batchSize ?? 100}
                  maxContentBytes={maxContentBytes}
                />
              ),
            }
          : undefined,
    }));
  };

  const messageTitle = useRef<HTMLHeadingElement>(null);

  const startNew = () => {
    setReview(null);
    setConfirmation('');
    startNewMessage();
  };

  const changeMode = (next: RecipientMode) => {
    setConfirmation('');
    setRecipientMode(next);
  };

  const changeChannel = (next: Channel) => {
    setConfirmation('');
    setChannel(next);
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
      {/* Gone, the notice hands the focus to the message it loaded. */}
      <LoadedNotice focusAfter={() => messageTitle.current} />
      <div className="cp-layout">
        <div className="cp-main">
          <section className="cp-step" aria-labelledby="cp-step-message">
            <h2 id="cp-step-message" className="cp-step__title" ref={messageTitle} tabIndex={-1}>
              <span className="cp-step__number" aria-hidden="true">
                1
              </span>
              {t('message.title')}
            </h2>
            <MessageTypePicker value={msgType} onChange={setMsgType} />
            <MessageEditor
              invalid={errors.some((item) => item.code !== 'text-empty')}
              channel={channel}
            />
            <div className="cp-issues" aria-label={t('message.checks')} role="group">
              {shownIssues.length === 0 ? (
                <p className="cp-ok">
                  <CheckCircle2 size={14} aria-hidden="true" /> {t('message.ready')}
                </p>
              ) : (
                <IssueList issues={shownIssues} showPaths={msgType === 'interactive'} />
              )}
            </div>
          </section>
          <RecipientsSection
            parsed={parsed}
            confirmation={confirmation}
            onConfirmationChange={setConfirmation}
            onModeChange={changeMode}
            onChannelChange={changeChannel}
            mentionsEveryone={everyone}
            phrase={phrase}
            live={!sandbox}
          />
          <PersonalSection
            plan={personal.plan}
            listAudience={personal.listAudience}
            written={personal.unfilled?.fields ?? []}
          />
        </div>
        <aside className="cp-side" aria-label={t('preview.label')}>
          <h2 className="cp-side__title">{t('preview.title')}</h2>
          {personal.plan && personal.plan.used.length > 0 ? (
            <RecipientPreviewPicker plan={personal.plan} current={personal.current} />
          ) : null}
          <PreviewPane message={personal.previewMessage ?? message} />
        </aside>
      </div>
      {lastSend ? (
        <div className="cp-last" role="status" data-testid="last-send">
          <p>
            {sentAlready ? t('last.same') : t('last.text')}{' '}
            <Link href={`/history/${lastSend.sendId}`}>
              <History size={14} aria-hidden="true" /> {t('last.open')}
            </Link>
          </p>
          {sentAlready ? (
            <Button size="sm" icon={<FilePlus2 size={14} />} onClick={startNew}>
              {t('repeat.startNew')}
            </Button>
          ) : null}
        </div>
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
          previous={review.previous}
          onSent={(sendId, sentAt) => {
            rememberSend({ sendId, sentAt, fingerprint: review.fingerprint });
            // A typed confirmation is for one send: another to everyone asks for it again.
            setConfirmation('');
          }}
          onStartNew={startNew}
          onClose={() => setReview(null)}
          personal={review.personal}
          unfilled={review.unfilled}
        />
      ) : null}
      {editingMe ? (
        <MeDialog sandbox={sandbox} thenSend={false} onClose={() => setEditingMe(false)} />
      ) : null}
    </div>
  );
}
