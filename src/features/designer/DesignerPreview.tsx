import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { PreviewPane } from '../preview/PreviewPane';
import { useDesigner } from '../../work/card/store/useDesignerStore';

/** The card as recipients will see it, updated as you type. */
export function DesignerPreview() {
  const { t } = useTranslation('designer');
  const card = useDesigner((state) => state.doc.card);
  const message = useMemo(() => ({ msg_type: 'interactive' as const, content: card }), [card]);
  return (
    <section className="dz-preview" aria-label={t('preview.label')}>
      <h2 className="dz-panel-title">{t('preview.title')}</h2>
      <PreviewPane message={message} />
    </section>
  );
}
