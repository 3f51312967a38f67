import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { jsonSyntaxDetail } from '../../../app/issueText';
import { parseJson, pointerTokens, stringifyJson } from '../../../mind';
import { Field } from '../../../ui/Field';
import { HighlightedTextarea } from '../../../ui/HighlightedTextarea';
import { useFieldHighlights } from '../../../fields/useFieldHighlights';
import { jsonInsertion } from '../../../work/card/model/jsonInsertion';
import { unparsedKey } from '../../../work/card/model/reconcileUnparsed';
import { useDesigner } from '../../../work/card/store/useDesignerStore';
import { unparsedActions, useUnparsed } from '../../../work/card/store/useUnparsed';
import { InspectorFieldsMenu } from './InspectorFieldsMenu';
import { useFieldMessages } from './useFieldMessages';
import './JsonValueField.css';

const format = (value: unknown): string => (value === undefined ? '' : stringifyJson(value, 2));

/** Element and button of a value pointer, `/content/elements/2/action/0/value`. */
function locate(pointer: string): { element: number; button: number } | null {
  const [, , element, , button] = pointerTokens(pointer);
  return element !== undefined && button !== undefined && /^\d+$/.test(element + button)
    ? { element: Number(element), button: Number(button) }
    : null;
}

/**
 * The JSON `value` of a click button, checked as you type; empty removes the value. Text that
 * does not parse shows its error (with line and column) and is held in the unparsed store, so
 * Checks lists it as an error until it is fixed, and it comes back when the button is shown
 * again; the card keeps the last valid value meanwhile.
 */
export function JsonValueField({
  value,
  onChange,
  pointer,
  fieldsMenu,
}: {
  value: unknown;
  onChange: (value: unknown) => void;
  pointer: string;
  /** The field's name for the Fields menu (a field goes into a string of the value). */
  fieldsMenu?: string;
}) {
  const { t } = useTranslation('designer');
  const { error, warning } = useFieldMessages(pointer);
  const place = locate(pointer);
  const elementId = useDesigner((state) =>
    place ? state.doc.elementIds[place.element] : undefined,
  );
  const held = useUnparsed((state) =>
    elementId !== undefined && place
      ? state.values.get(unparsedKey(elementId, place.button))
      : undefined,
  );
  const [draft, setDraft] = useState(() => ({
    text: format(value),
    source: value,
    unparsed: false,
  }));
  // The card changed from outside (undo, another button moved here): show its value.
  if (draft.source !== value || (draft.unparsed && !held)) {
    const parsed = parseJson(draft.text);
    const same = parsed.ok ? stringifyJson(parsed.value) === stringifyJson(value) : false;
    setDraft({ text: same ? draft.text : format(value), source: value, unparsed: false });
  }
  const text = held?.text ?? draft.text;
  // {{field}} tokens marked as in the other fields (they belong inside the JSON strings).
  const highlights = useFieldHighlights(text);
  const parseError = held
    ? t('buttons.valueNotJson', {
        detail: jsonSyntaxDetail(t, { detail: held.detail, ...held.syntax }),
      })
    : undefined;

  const edit = (next: string) => {
    const result = next.trim() === '' ? ({ ok: true, value: undefined } as const) : parseJson(next);
    // Without its button (a pointer it cannot read), the field cannot hold what it cannot use.
    if (!place || elementId === undefined) throw new Error(`No button at ${pointer}`);
    const { holdUnparsed, releaseUnparsed } = unparsedActions();
    if (!result.ok) {
      holdUnparsed({
        elementId,
        buttonIndex: place.button,
        text: next,
        detail: result.error,
        ...(result.code && result.line !== undefined && result.column !== undefined
          ? { syntax: { syntax: result.code, line: result.line, column: result.column } }
          : {}),
        base: value,
      });
      setDraft({ text: next, source: value, unparsed: true });
      return;
    }
    releaseUnparsed(elementId, place.button);
    const changed = stringifyJson(result.value) !== stringifyJson(value);
    setDraft({ text: next, source: changed ? result.value : value, unparsed: false });
    if (changed) onChange(result.value);
  };

  return (
    <Field
      label={t('buttons.value')}
      hint={warning ?? t('buttons.valueHint')}
      error={parseError ?? error}
    >
      {({ id, describedBy, invalid }) => (
        <>
          <HighlightedTextarea
            highlights={highlights}
            id={id}
            className="dz-code"
            rows={4}
            value={text}
            onChange={(event) => edit(event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-pointer={pointer}
            spellCheck={false}
            placeholder='{ "key": "value" }'
          />
          {fieldsMenu ? (
            <InspectorFieldsMenu
              targetId={id}
              value={text}
              onChange={edit}
              target={fieldsMenu}
              insertion={jsonInsertion}
            />
          ) : null}
        </>
      )}
    </Field>
  );
}
