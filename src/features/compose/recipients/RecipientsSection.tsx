import { lazy, Suspense, type ComponentProps } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { useComposeDraft } from '../../../work/compose/composeDraftStore';
import type { Channel } from '../../../mind';
import type { AllSubscribersConfirm as Confirm } from './AllSubscribersConfirm';
import type { RecipientMode } from './buildAudience';
import { ChannelPicker } from './ChannelPicker';
import { GroupField } from './GroupField';
import { OnePersonField } from './OnePersonField';
import type { ParsedRecipients } from './parseRecipients';
import { RecipientListField } from './RecipientListField';
import { RecipientModePicker } from './RecipientModePicker';

// The warning before a send to everyone (it uses react-i18next's Trans and its HTML parser)
// downloads when it is shown, not on every visit to compose.
const LazyConfirm = lazy(() =>
  import('./AllSubscribersConfirm').then((module) => ({ default: module.AllSubscribersConfirm })),
);
function AllSubscribersConfirm(props: ComponentProps<typeof Confirm>) {
  return (
    <Suspense fallback={null}>
      <LazyConfirm {...props} />
    </Suspense>
  );
}

/** Step 2: where it goes (subscribers, the robot to people, a group) and who receives it. */
export function RecipientsSection({
  parsed,
  confirmation,
  onConfirmationChange,
  onModeChange,
  onChannelChange,
  mentionsEveryone,
  phrase,
  live,
}: {
  parsed: ParsedRecipients;
  confirmation: string;
  onConfirmationChange: (value: string) => void;
  onModeChange: (mode: RecipientMode) => void;
  onChannelChange: (channel: Channel) => void;
  /** The message mentions everyone: in a group this needs the phrase. */
  mentionsEveryone: boolean;
  phrase: string;
  live: boolean;
}) {
  const { t } = useTranslation('compose');
  const mode = useComposeDraft((state) => state.recipientMode);
  const one = useComposeDraft((state) => state.one);
  const oneName = useComposeDraft((state) => state.oneName);
  const list = useComposeDraft((state) => state.list);
  const setOne = useComposeDraft((state) => state.setOne);
  const setList = useComposeDraft((state) => state.setList);
  const channel = useComposeDraft((state) => state.channel);
  const groupId = useComposeDraft((state) => state.groupId);
  const setGroup = useComposeDraft((state) => state.setGroup);

  return (
    <section className="cp-step" aria-labelledby="cp-step-recipients">
      <h2 id="cp-step-recipients" className="cp-step__title">
        <span className="cp-step__number" aria-hidden="true">
          2
        </span>
        {t('recipients.title')}
      </h2>
      <ChannelPicker value={channel} onChange={onChannelChange} />
      {channel === 'robot' ? (
        <>
          <p className="cp-channel-note">{t('channel.robotNote')}</p>
          <RecipientListField value={list} onChange={setList} parsed={parsed} />
        </>
      ) : channel === 'group' ? (
        <>
          <p className="cp-channel-note">{t('channel.groupNote')}</p>
          <GroupField id={groupId} onChange={setGroup} />
          {mentionsEveryone ? (
            <AllSubscribersConfirm
              phrase={phrase}
              value={confirmation}
              onChange={onConfirmationChange}
              live={live}
              scope="group"
            />
          ) : null}
        </>
      ) : (
        <>
          <RecipientModePicker value={mode} onChange={onModeChange} />
          {mode === 'one' ? (
            <OnePersonField
              id={one}
              name={oneName}
              onChange={setOne}
              onPasteMany={(text) => {
                const base = list.replace(/\s+$/, '');
                setList(base === '' ? text : `${base}\n${text}`);
                onModeChange('list');
              }}
            />
          ) : mode === 'list' ? (
            <RecipientListField value={list} onChange={setList} parsed={parsed} />
          ) : (
            <AllSubscribersConfirm
              phrase={phrase}
              value={confirmation}
              onChange={onConfirmationChange}
              live={live}
            />
          )}
        </>
      )}
    </section>
  );
}
