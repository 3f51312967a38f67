import { FileText, Hash, LayoutTemplate, Newspaper, Type, type LucideIcon } from 'lucide-react';
import { RadioGroup } from 'radix-ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MsgType } from '../../../mind';
import '../choices.css';

const TYPES: { value: MsgType; icon: LucideIcon }[] = [
  { value: 'text', icon: Type },
  { value: 'markdown', icon: Hash },
  { value: 'rich_text', icon: FileText },
  { value: 'interactive', icon: LayoutTemplate },
  { value: 'article', icon: Newspaper },
];

/** The five message types as a radio group (arrow keys move between them). */
export function MessageTypePicker({
  value,
  onChange,
}: {
  value: MsgType;
  onChange: (value: MsgType) => void;
}) {
  const { t } = useTranslation('compose');
  const id = useId();
  return (
    <RadioGroup.Root
      className="cp-choices cp-choices--five"
      aria-label={t('type.label')}
      value={value}
      onValueChange={(next) => onChange(next as MsgType)}
    >
      {TYPES.map(({ value: type, icon: Icon }) => (
        <RadioGroup.Item
          key={type}
          value={type}
          className="cp-choice"
          aria-labelledby={`${id}-type-${type}`}
          aria-describedby={`${id}-type-${type}-hint`}
        >
          <Icon size={18} aria-hidden="true" className="cp-choice__icon" />
          <span className="cp-choice__text">
            <span className="cp-choice__label" id={`${id}-type-${type}`}>
              {t(`type.${type}`)}
            </span>
            <span className="cp-choice__hint" id={`${id}-type-${type}-hint`}>
              {t(`type.${type}Hint`)}
            </span>
          </span>
        </RadioGroup.Item>
      ))}
    </RadioGroup.Root>
  );
}
