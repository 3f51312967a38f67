import { useTranslation } from 'react-i18next';

export interface TemplateFieldsProps {
  /** Prefix of the fields' ids, unique on the page. */
  idPrefix: string;
  name: string;
  description: string;
  onName: (name: string) => void;
  onDescription: (description: string) => void;
}

/** A template's name and description, as the save and rename dialogs ask for them. */
export function TemplateFields({
  idPrefix,
  name,
  description,
  onName,
  onDescription,
}: TemplateFieldsProps) {
  const { t } = useTranslation('templates');
  return (
    <>
      <div className="ui-field">
        <label htmlFor={`${idPrefix}-name`} className="ui-field__label">
          {t('save.name')}
        </label>
        <input
          id={`${idPrefix}-name`}
          className="ui-input"
          value={name}
          maxLength={120}
          autoFocus
          onChange={(event) => onName(event.target.value)}
        />
      </div>
      <div className="ui-field">
        <label htmlFor={`${idPrefix}-description`} className="ui-field__label">
          {t('save.descriptionLabel')}
        </label>
        <textarea
          id={`${idPrefix}-description`}
          className="ui-textarea"
          rows={3}
          maxLength={1000}
          value={description}
          onChange={(event) => onDescription(event.target.value)}
        />
      </div>
    </>
  );
}
