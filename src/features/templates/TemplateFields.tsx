import { useTranslation } from '../../lib/i18n/useTranslation';
import { TextArea } from '../../ui/TextArea';
import { TextInput } from '../../ui/TextInput';

export interface TemplateFieldsProps {
  name: string;
  description: string;
  onName: (name: string) => void;
  onDescription: (description: string) => void;
}

/** A template's name and description, as the save and rename dialogs ask for them. */
export function TemplateFields({ name, description, onName, onDescription }: TemplateFieldsProps) {
  const { t } = useTranslation('templates');
  return (
    <>
      <TextInput
        label={t('save.name')}
        value={name}
        maxLength={120}
        data-autofocus=""
        onChange={(event) => onName(event.target.value)}
      />
      <TextArea
        label={t('save.descriptionLabel')}
        rows={3}
        maxLength={1000}
        value={description}
        onChange={(event) => onDescription(event.target.value)}
      />
    </>
  );
}
