import { FileText, Hash, LayoutTemplate, Newspaper, Type, type LucideIcon } from 'lucide-react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import type { MsgType } from '../../../mind';
import { RadioCards } from '../../../ui/RadioCards';

const TYPES: { value: MsgType; icon: LucideIcon }[] = [
  { value: 'text', icon: Type },
  { value: 'markdown', icon: Hash },
  { value: 'rich_text', icon: FileText },
  { value: 'interactive', icon: LayoutTemplate },
  { value: 'article', icon: Newspaper },
];

/** The five message types as a radio group (arrow keys move the choice between them). */
export function MessageTypePicker({
  value,
  onChange,
}: {
  value: MsgType;
  onChange: (value: MsgType) => void;
}) {
  const { t } = useTranslation('compose');
  return (
    <RadioCards
      aria-label={t('type.label')}
      columns="fit"
      value={value}
      onChange={onChange}
      cards={TYPES.map(({ value: type, icon }) => ({
        value: type,
        icon,
        label: t(`type.${type}`),
        hint: t(`type.${type}Hint`),
      }))}
    />
  );
}
