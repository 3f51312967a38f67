import { Megaphone, User, Users, type LucideIcon } from 'lucide-react';
import { RadioGroup } from 'radix-ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecipientMode } from './buildAudience';
import '../choices.css';

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
  const id = useId();
  return (
    <RadioGroup.Root
      className="cp-choices cp-choices--three"
      aria-label={t('recipients.modeLabel')}
      value={value}
      onValueChange={(next) => onChange(next as RecipientMode)}
    >
      {MODES.map(({ value: mode, icon: Icon }) => (
        <RadioGroup.Item
          key={mode}
          value={mode}
          className={mode === 'all' ? 'cp-choice cp-choice--danger' : 'cp-choice'}
          aria-labelledby={`${id}-mode-${mode}`}
          aria-describedby={`${id}-mode-${mode}-hint`}
        >
          <Icon size={18} aria-hidden="true" className="cp-choice__icon" />
          <span className="cp-choice__text">
            <span className="cp-choice__label" id={`${id}-mode-${mode}`}>
              {t(`recipients.mode.${mode}`)}
            </span>
            <span className="cp-choice__hint" id={`${id}-mode-${mode}-hint`}>
              {t(`recipients.mode.${mode}Hint`)}
            </span>
          </span>
        </RadioGroup.Item>
      ))}
    </RadioGroup.Root>
  );
}
