import { useTranslation } from '../../../lib/i18n/useTranslation';
import { isPlainObject } from '../../../mind';
import { usedFields } from '../../../mind/fields';
import { designerActions, useDesigner } from '../../../work/card/store/useDesignerStore';
import type { RichTextDoc } from '../../../mind/types';
import type { RichTextHandle } from '../../../editors/richtext/LazyRichTextEditor';
import { FieldsMenuButton } from '../../../fields/FieldsMenuButton';

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
