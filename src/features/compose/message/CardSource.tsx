import { LayoutTemplate, PencilRuler } from 'lucide-react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { isPlainObject } from '../../../mind';
import { ButtonLink } from '../../../ui/ButtonLink';
import { useDesigner } from '../../../work/card/store/useDesignerStore';
import './CardSource.css';

/** The card to send is the designer's current card: what it is, and a way to edit it. */
export function CardSource() {
  const { t } = useTranslation('compose');
  const card = useDesigner((state) => state.doc.card);
  const title =
    isPlainObject(card.header) && isPlainObject(card.header.title)
      ? card.header.title.content
      : undefined;
  const elements = Array.isArray(card.elements) ? card.elements : [];
  const buttons = elements.reduce<number>(
    (count, element) =>
      count + (isPlainObject(element) && Array.isArray(element.action) ? element.action.length : 0),
    0,
  );
  return (
    <div className="cp-card-source">
      <div className="cp-card-source__icon" aria-hidden="true">
        <LayoutTemplate size={22} />
      </div>
      <div className="cp-card-source__text">
        <p className="cp-card-source__title">
          {typeof title === 'string' && title.trim() !== '' ? title : t('card.untitled')}
        </p>
        <p className="cp-card-source__meta">
          {t('card.meta', { blocks: elements.length, buttons, count: elements.length })}
        </p>
        <p className="cp-card-source__hint">{t('card.hint')}</p>
      </div>
      <ButtonLink href="/designer" variant="secondary" icon={<PencilRuler size={16} />}>
        {t('card.edit')}
      </ButtonLink>
    </div>
  );
}
