import { Braces } from 'lucide-react';
import { useTranslation } from '../lib/i18n/useTranslation';
import { placeholderFor, usedFields } from '../mind/fields';
import { Button } from '../ui/Button';
import { Menu } from '../ui/Menu';
import { useFieldNames } from './useFieldNames';
import { Hint } from '../ui/Hint';
import './fields.css';

/** Where a text control's selection is; null for one that has none (an `<input type="url">`). */
function selectionOf(control: HTMLInputElement | HTMLTextAreaElement | null) {
  try {
    const start = control?.selectionStart;
    const end = control?.selectionEnd;
    return typeof start === 'number' && typeof end === 'number' ? { start, end } : null;
  } catch {
    return null;
  }
}

/**
 * Inserts `{{field}}` at the cursor of the text area or input `targetId` (text and markdown in
 * compose; the title and a button's label, address and value in the designer's inspector).
 * A control without a cursor (an address field) gets it at the end.
 */
export function FieldsMenu({
  targetId,
  value,
  onChange,
  target,
  compact = false,
  insertion = (_text, _at, placeholder) => placeholder,
}: {
  targetId: string;
  value: string;
  onChange: (value: string) => void;
  /** The control's name, for the menu's own ("Fields for Title"); compose's editors need none. */
  target?: string;
  /** Without the tokens of the fields the text has. */
  compact?: boolean;
  /** What goes in for a placeholder at `at` (a button's JSON value quotes it outside a string). */
  insertion?: (text: string, at: number, placeholder: string) => string;
}) {
  return (
    <FieldsMenuButton
      used={compact ? [] : usedFields('text', { text: value })}
      target={target}
      onInsert={(placeholder) => {
        const found = document.getElementById(targetId);
        const control =
          found instanceof HTMLTextAreaElement || found instanceof HTMLInputElement ? found : null;
        const selection = selectionOf(control) ?? { start: value.length, end: value.length };
        const inserted = insertion(value, selection.start, placeholder);
        onChange(`${value.slice(0, selection.start)}${inserted}${value.slice(selection.end)}`);
        requestAnimationFrame(() => {
          control?.focus();
          const caret = selection.start + inserted.length;
          try {
            control?.setSelectionRange(caret, caret);
          } catch {
            // An address field has no selection to set: the cursor stays where the browser put it.
          }
        });
      }}
    />
  );
}

/** The Fields menu: the list's fields and the directory's, each inserted by `onInsert`. */
export function FieldsMenuButton({
  onInsert,
  hint,
  used,
  target,
  disabled = false,
  targetTakesFocus = true,
}: {
  onInsert: (placeholder: string) => void;
  /** The insert focuses where the field went; else focus returns to the menu's button. */
  targetTakesFocus?: boolean;
  hint?: string;
  /** The control the field goes into, for the menu's accessible name. */
  target?: string | undefined;
  /** The target is not ready yet (the menu shows, but cannot be opened). */
  disabled?: boolean;
  /** The fields the message has now, shown as tokens (unknown ones marked). */
  used: string[];
}) {
  const { t } = useTranslation('personal');
  const names = useFieldNames();
  if (!names) return null;
  const { listed, all } = names;
  return (
    <div className={`pf-menu${target ? ' pf-menu--inline' : ''}`}>
      {used.length ? (
        <p className="pf-used" data-testid="fields-used">
          <span>{t('menu.used')}</span>{' '}
          {used.map((name) =>
            all.includes(name) ? (
              <code key={name} className="pf-chip">
                {placeholderFor(name)}
              </code>
            ) : (
              <code
                key={name}
                className="pf-chip pf-chip--unknown"
                title={t('menu.unknown', { field: name })}
              >
                {placeholderFor(name)}{' '}
                <span className="visually-hidden">{t('menu.unknown', { field: name })}</span>
              </code>
            ),
          )}
        </p>
      ) : null}
      <Menu
        label={target ? t('menu.labelFor', { target }) : t('menu.label')}
        align="start"
        trigger={
          <Button
            size="sm"
            variant="ghost"
            icon={<Braces size={14} />}
            data-testid="fields-menu"
            disabled={disabled}
            aria-label={target ? t('menu.buttonFor', { target }) : undefined}
          >
            {t('menu.button')}
          </Button>
        }
        items={all.map((name) => ({
          key: name,
          label: listed.includes(name)
            ? t('menu.insert', { field: placeholderFor(name) })
            : t('menu.insertDirectory', { field: placeholderFor(name) }),
          onSelect: () => onInsert(placeholderFor(name)),
        }))}
        // After an insert the focus goes where the field went (each target focuses itself), not
        // back to this button, whichever comes first on a busy machine.
        keepFocusAfterSelect={targetTakesFocus}
      />
      {hint ? <Hint inline>{hint}</Hint> : null}
    </div>
  );
}
