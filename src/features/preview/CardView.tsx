import type { TFunction } from 'i18next';
import { Info } from 'lucide-react';
import { memo, type ReactNode } from 'react';
import { BUTTON_TEMPLATES, HEADER_TEMPLATES, isOneOf, isPlainObject } from '../../mind';
import { CardButtonView } from './CardButtonView';
import { MarkdownView } from './MarkdownView';
import { usePreviewContext } from './previewContext';
import { RichTextView } from './RichTextView';
import { UnknownPlaceholder } from './UnknownPlaceholder';
import { shortName } from './shortName';
import './CardView.css';

function ActionRow({ actions, elementIndex }: { actions: unknown; elementIndex: number }) {
  const { t, slots } = usePreviewContext();
  if (!Array.isArray(actions)) {
    return <UnknownPlaceholder>{t('invalidElement')}</UnknownPlaceholder>;
  }
  return (
    <div className="mp-actions">
      {actions.map((action, index) =>
        isPlainObject(action) && action.tag === 'button' ? (
          slots ? (
            <slots.Button key={index} elementIndex={elementIndex} buttonIndex={index}>
              <CardButtonView button={action} />
            </slots.Button>
          ) : (
            <CardButtonView key={index} button={action} />
          )
        ) : (
          <UnknownPlaceholder key={index} inline>
            {isPlainObject(action) && action.tag !== undefined
              ? t('unknownAction', { tag: shortName(action.tag) })
              : t('invalidElement')}
          </UnknownPlaceholder>
        ),
      )}
    </div>
  );
}

/**
 * One element; memoised, so an edit to one element of a long card re-renders only that one.
 * `index` is its place in the card, for the designer's slots.
 */
export const CardElementView = memo(function CardElementView({
  element,
  index = 0,
}: {
  element: unknown;
  index?: number;
}) {
  const { t } = usePreviewContext();
  if (!isPlainObject(element) || element.tag === undefined) {
    return <UnknownPlaceholder>{t('invalidElement')}</UnknownPlaceholder>;
  }
  switch (element.tag) {
    case 'markdown':
      return typeof element.content === 'string' ? (
        <MarkdownView source={element.content} />
      ) : (
        <UnknownPlaceholder>{t('invalidContent', { type: 'markdown' })}</UnknownPlaceholder>
      );
    case 'rich_text':
      return <RichTextView content={element.content} />;
    case 'action':
      return <ActionRow actions={element.action} elementIndex={index} />;
    default:
      return (
        <UnknownPlaceholder>
          {t('unknownElement', { tag: shortName(element.tag) })}
        </UnknownPlaceholder>
      );
  }
});

/** Designer notes about things recipients would see differently: shown under the card. */
function cardNotes(card: Record<string, unknown>, t: TFunction): string[] {
  const notes: string[] = [];
  const header = isPlainObject(card.header) ? card.header : undefined;
  if (header && header.template !== undefined && !isOneOf(HEADER_TEMPLATES, header.template)) {
    notes.push(t('card.unknownTemplate', { template: shortName(header.template) }));
  }
  const templates = new Set<string>();
  for (const element of Array.isArray(card.elements) ? card.elements : []) {
    if (!isPlainObject(element) || !Array.isArray(element.action)) continue;
    for (const button of element.action) {
      if (
        isPlainObject(button) &&
        button.template !== undefined &&
        !isOneOf(BUTTON_TEMPLATES, button.template)
      ) {
        templates.add(shortName(button.template));
      }
    }
  }
  for (const template of templates) notes.push(t('card.unknownButtonTemplate', { template }));
  return notes;
}

/**
 * The header band tinted by its template, in the editor's slot if there is one; memoised, so
 * an edit to an element does not re-render the header (the header object is kept as is).
 */
const CardHeaderView = memo(function CardHeaderView({
  header,
}: {
  header: Record<string, unknown> | undefined;
}) {
  const { t, slots } = usePreviewContext();
  const rawTemplate = header?.template;
  const template = isOneOf(HEADER_TEMPLATES, rawTemplate) ? rawTemplate : 'neutral';
  const title = header && isPlainObject(header.title) ? header.title.content : undefined;
  const hasTitle = typeof title === 'string' && title.trim() !== '';
  const headerView = header ? (
    <header className={`mp-card__header mp-tpl-${template}`} data-template={template}>
      <div className={hasTitle ? 'mp-card__title' : 'mp-card__title mp-card__title--missing'}>
        {hasTitle ? title : t('card.untitled')}
      </div>
    </header>
  ) : null;
  return slots ? <slots.Header>{headerView}</slots.Header> : headerView;
});

/** An interactive card: header band tinted by its template, then each element in order. */
export const CardView = memo(function CardView({ card }: { card: unknown }) {
  const { t, slots } = usePreviewContext();
  if (!isPlainObject(card)) {
    return (
      <div className="mp-bubble">
        <UnknownPlaceholder>{t('invalidContent', { type: 'interactive' })}</UnknownPlaceholder>
      </div>
    );
  }
  const header = isPlainObject(card.header) ? card.header : undefined;
  const title = header && isPlainObject(header.title) ? header.title.content : undefined;
  const hasTitle = typeof title === 'string' && title.trim() !== '';
  const elements = Array.isArray(card.elements) ? card.elements : [];
  const notes = cardNotes(card, t);
  let body: ReactNode = elements.map((element, index) =>
    slots ? (
      <slots.Element key={slots.keyOf(index)} index={index} element={element} />
    ) : (
      <div key={index} className="mp-card__element">
        <CardElementView element={element} />
      </div>
    ),
  );
  if (elements.length === 0) body = <p className="mp-empty">{t('card.noElements')}</p>;
  return (
    <>
      <article className="mp-card" aria-label={hasTitle ? title : t('card.untitled')}>
        <CardHeaderView header={header} />
        <div className="mp-card__body">{body}</div>
      </article>
      {notes.length ? (
        <ul className="mp-notes" aria-label={t('card.notes')}>
          {notes.map((note) => (
            <li key={note} className="mp-note">
              <Info size={13} aria-hidden="true" />
              <span>{note}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
});
