import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseJson } from '../../../mind';
import { Field } from '../../../ui/Field';
import { useFieldMessages } from './useFieldMessages';

const format = (value: unknown): string =>
  value === undefined ? '' : JSON.stringify(value, null, 2);

/**
 * The JSON `value` of a click button, checked as you type: a parse error shows at once (with
 * line and column) and the last valid value stays in the card; empty removes the value.
 */
export function JsonValueField({
  value,
  onChange,
  pointer,
}: {
  value: unknown;
  onChange: (value: unknown) => void;
  pointer: string;
}) {
  const { t } = useTranslation('designer');
  const { error, warning } = useFieldMessages(pointer);
  const [draft, setDraft] = useState(() => ({ text: format(value), source: value }));
  // The card changed from outside (undo, another button moved here): show its value.
  if (draft.source !== value) {
    const parsed = parseJson(draft.text);
    const same = parsed.ok ? JSON.stringify(parsed.value) === JSON.stringify(value) : false;
    setDraft({ text: same ? draft.text : format(value), source: value });
  }
  const parsed = draft.text.trim() === '' ? null : parseJson(draft.text);
  const parseError =
    parsed && !parsed.ok ? t('buttons.valueNotJson', { detail: parsed.error }) : undefined;

  const edit = (text: string) => {
    const result = text.trim() === '' ? ({ ok: true, value: undefined } as const) : parseJson(text);
    if (result.ok && JSON.stringify(result.value) !== JSON.stringify(value)) {
      setDraft({ text, source: result.value });
      onChange(result.value);
    } else {
      setDraft({ text, source: value });
    }
  };

  return (
    <Field
      label={t('buttons.value')}
      hint={warning ?? t('buttons.valueHint')}
      error={parseError ?? error}
    >
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          className="ui-textarea dz-code"
          rows={4}
          value={draft.text}
          onChange={(event) => edit(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          data-pointer={pointer}
          spellCheck={false}
          placeholder='{ "key": "value" }'
        />
      )}
    </Field>
  );
}
