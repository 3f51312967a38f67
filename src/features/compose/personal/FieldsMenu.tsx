import { Braces } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { isPlainObject } from '../../../mind';
import { placeholderFor, usedFields } from '../../../mind/fields';
import { Button } from '../../../ui/Button';
import { Menu } from '../../../ui/Menu';
import { designerActions, useDesigner } from '../../designer/store/useDesignerStore';
import { DIRECTORY_FIELDS } from '../../../api/personal';
import type { RichTextDoc } from '../../../mind/types';
import type { RichTextHandle } from '../../richtext/LazyRichTextEditor';
import { usePersonal } from './personalStore';

/** Inserts `{{field}}` at the cursor of the text area `targetId` (text and markdown). */
export function FieldsMenu({
  targetId,
  value,
  onChange,
}: {
  targetId: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <FieldsMenuButton
      used={usedFields('text', { text: value })}
      onInsert={(placeholder) => {
        const area = document.getElementById(targetId);
        const textarea = area instanceof HTMLTextAreaElement ? area : null;
        const start = textarea?.selectionStart ?? value.length;
        const end = textarea?.selectionEnd ?? value.length;
        onChange(`${value.slice(0, start)}${placeholder}${value.slice(end)}`);
        requestAnimationFrame(() => {
          textarea?.focus();
          textarea?.setSelectionRange(start + placeholder.length, start + placeholder.length);
        });
      }}
    />
  );
}

/**
 * Inserts `{{field}}` as text at the rich text editor's cursor (`handle`: null until the
 * editor, which downloads when first shown, is there).
 */
export function RichTextFieldsMenu({
  handle,
  doc,
}: {
  handle: RichTextHandle | null;
  doc: RichTextDoc;
}) {
  return (
    <FieldsMenuButton
      used={usedFields('rich_text', doc)}
      disabled={!handle}
      onInsert={(placeholder) => handle?.insertText(placeholder)}
    />
  );
}

/** Appends `{{field}}` to the card's first markdown block (a new block when it has none). */
export function CardFieldsMenu() {
  const { t } = useTranslation('personal');
  const card = useDesigner((state) => state.doc.card);
  return (
    <FieldsMenuButton
      used={usedFields('interactive', card)}
      hint={t('menu.cardHint')}
      targetTakesFocus={false}
      onInsert={(placeholder) => {
        const { doc, setMarkdown, addElement } = designerActions();
        const elements = Array.isArray(doc.card.elements) ? doc.card.elements : [];
        const index = elements.findIndex(
          (element) => isPlainObject(element) && element.tag === 'markdown',
        );
        const element = elements[index];
        const id = doc.elementIds[index];
        if (index < 0 || id === undefined || !element) {
          addElement({ tag: 'markdown', content: placeholder });
          return;
        }
        const content = typeof element.content === 'string' ? element.content : '';
        setMarkdown(id, content === '' ? placeholder : `${content} ${placeholder}`);
      }}
    />
  );
}

function FieldsMenuButton({
  onInsert,
  hint,
  used,
  disabled = false,
  targetTakesFocus = true,
}: {
  onInsert: (placeholder: string) => void;
  /** The insert focuses where the field went; else focus returns to the menu's button. */
  targetTakesFocus?: boolean;
  hint?: string;
  /** The target is not ready yet (the menu shows, but cannot be opened). */
  disabled?: boolean;
  /** The fields the message has now, shown as tokens (unknown ones marked). */
  used: string[];
}) {
  const { t } = useTranslation('personal');
  const listed = usePersonal((state) => state.table?.columns ?? null);
  if (!listed?.length) return null;
  // The directory's fields, where the list has no such column, come after the list's.
  const columns = [...listed, ...DIRECTORY_FIELDS.filter((name) => !listed.includes(name))];
  return (
    <div className="pf-menu">
      {used.length ? (
        <p className="pf-used" data-testid="fields-used">
          <span>{t('menu.used')}</span>{' '}
          {used.map((name) =>
            columns.includes(name) ? (
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
        label={t('menu.label')}
        align="start"
        trigger={
          <Button
            size="sm"
            variant="ghost"
            icon={<Braces size={14} />}
            data-testid="fields-menu"
            disabled={disabled}
          >
            {t('menu.button')}
          </Button>
        }
        items={columns.map((name) => ({
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
      {hint ? <span className="cp-hint">{hint}</span> : null}
    </div>
  );
}
