import { Bot, MessagesSquare, Users, type LucideIcon } from 'lucide-react';
import { RadioGroup } from 'radix-ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../mind';
import '../choices.css';

const CHANNEL_CHOICES: { value: Channel; icon: LucideIcon }[] = [
  { value: 'subscribers', icon: Users },
  { value: 'robot', icon: Bot },
  { value: 'group', icon: MessagesSquare },
];

/** Where it goes: the app's subscribers, people from the app's robot, or a group. */
export function ChannelPicker({
  value,
  onChange,
}: {
  value: Channel;
  onChange: (value: Channel) => void;
}) {
  const { t } = useTranslation('compose');
  const id = useId();
  return (
    <RadioGroup.Root
      className="cp-choices cp-choices--three"
      aria-label={t('channel.label')}
      value={value}
      onValueChange={(next) => onChange(next as Channel)}
    >
      {CHANNEL_CHOICES.map(({ value: channel, icon: Icon }) => (
        <RadioGroup.Item
          key={channel}
          value={channel}
          className="cp-choice"
          aria-labelledby={`${id}-channel-${channel}`}
          aria-describedby={`${id}-channel-${channel}-hint`}
        >
          <Icon size={18} aria-hidden="true" className="cp-choice__icon" />
          <span className="cp-choice__text">
            <span className="cp-choice__label" id={`${id}-channel-${channel}`}>
              {t(`channel.${channel}`)}
            </span>
            <span className="cp-choice__hint" id={`${id}-channel-${channel}-hint`}>
              {t(`channel.${channel}Hint`)}
            </span>
          </span>
        </RadioGroup.Item>
      ))}
    </RadioGroup.Root>
  );
}
