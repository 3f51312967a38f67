import { stringifyJson } from '../../../mind';
import { useTranslation } from 'react-i18next';
import { useDesigner } from '../../../work/card/store/useDesignerStore';

/** An element the designer does not know: kept exactly as imported, shown read-only. */
export function UnknownInspector({ index }: { index: number }) {
  const { t } = useTranslation('designer');
  const element = useDesigner((state) => state.doc.card.elements?.[index]);
  return (
    <div className="dz-form">
      <p className="dz-note">{t('unknown.explain')}</p>
      <pre
        className="dz-json"
        tabIndex={0}
        aria-label={t('unknown.json')}
        data-pointer={`/content/elements/${index}`}
      >
        {stringifyJson(element, 2)}
      </pre>
    </div>
  );
}
