import { AtSign, Megaphone, UserRound } from 'lucide-react';
import { useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '../../lib/i18n/useTranslation';
import type { MentionPopup } from './mentionController';

export interface MentionListProps {
  popup: MentionPopup;
  listId: string;
  onChoose: (index: number) => void;
}

/** The `@` suggestion list, placed under the caret; the editor keeps focus and drives it. */
export function MentionList({ popup, listId, onChoose }: MentionListProps) {
  const { t } = useTranslation('richtext');
  const ref = useRef<HTMLDivElement>(null);
  const { mount } = popup;
  useLayoutEffect(() => (ref.current ? mount(ref.current) : undefined), [mount]);

  const status = popup.loading
    ? t('mention.searching')
    : popup.failed
      ? t('mention.unavailable')
      : popup.items.every((item) => item.kind !== 'person')
        ? t('mention.noMatch', { query: popup.query })
        : null;

  return createPortal(
    <div ref={ref} className="rt-suggest" data-testid="mention-suggestions">
      <ul
        id={listId}
        role="listbox"
        aria-label={t('mention.listLabel')}
        className="rt-suggest__list"
      >
        {popup.items.map((item, index) => (
          <li
            key={
              item.kind === 'person'
                ? item.person.id
                : item.kind === 'open-id'
                  ? `typed:${item.id}`
                  : 'everyone'
            }
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === popup.active}
            className={`rt-suggest__item${item.kind === 'everyone' ? ' rt-suggest__item--everyone' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChoose(index)}
          >
            {item.kind === 'everyone' ? (
              <>
                <Megaphone size={16} aria-hidden="true" className="rt-suggest__icon" />
                <span className="rt-suggest__name">{t('mention.everyone')}</span>
                <span className="rt-suggest__meta">{t('mention.everyoneHint')}</span>
              </>
            ) : item.kind === 'person' ? (
              <>
                <UserRound size={16} aria-hidden="true" className="rt-suggest__icon" />
                <span className="rt-suggest__name">{item.person.name}</span>
                {item.person.department ? (
                  <span className="rt-suggest__meta">{item.person.department}</span>
                ) : null}
              </>
            ) : (
              <>
                <AtSign size={16} aria-hidden="true" className="rt-suggest__icon" />
                <span className="rt-suggest__name">{t('mention.typedId', { id: item.id })}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      {status ? (
        <p className="rt-suggest__status" role="status">
          {status}
        </p>
      ) : null}
      <p className="rt-suggest__hint">{t('mention.hint')}</p>
    </div>,
    document.body,
  );
}
