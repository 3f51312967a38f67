import { Bot, MessagesSquare, Users, type LucideIcon } from 'lucide-react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import type { Channel } from '../../../mind';
import { RadioCards } from '../../../ui/RadioCards';

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
  return (
    <RadioCards
      aria-label={t('channel.label')}
      columns="three"
      value={value}
      onChange={onChange}
      cards={CHANNEL_CHOICES.map(({ value: channel, icon }) => ({
        value: channel,
        icon,
        label: t(`channel.${channel}`),
        hint: t(`channel.${channel}Hint`),
      }))}
    />
  );
}
