import { Megaphone, User, Users, type LucideIcon } from 'lucide-react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { RadioCards } from '../../../ui/RadioCards';
import type { RecipientMode } from './buildAudience';

const MODES: { value: RecipientMode; icon: LucideIcon }[] = [
  { value: 'one', icon: User },
  { value: 'list', icon: Users },
  { value: 'all', icon: Megaphone },
];

/** Who receives it: one person, a list, or (only deliberately) every subscriber. */
export function RecipientModePicker({
  value,
  onChange,
}: {
  value: RecipientMode;
  onChange: (value: RecipientMode) => void;
}) {
  const { t } = useTranslation('compose');
  return (
    <RadioCards
      aria-label={t('recipients.modeLabel')}
      columns="three"
      value={value}
      onChange={onChange}
      cards={MODES.map(({ value: mode, icon }) => ({
        value: mode,
        icon,
        label: t(`recipients.mode.${mode}`),
        hint: t(`recipients.mode.${mode}Hint`),
        danger: mode === 'all',
      }))}
    />
  );
}
