import { stringifyJson } from '../../../mind';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { useDesigner } from '../../../work/card/store/useDesignerStore';
import { CodeBlock } from '../../../ui/CodeBlock';
import { CopyButton } from '../../../ui/CopyButton';

/** An element the designer does not know: kept exactly as imported, shown read-only. */
export function UnknownInspector({ index }: { index: number }) {
  const { t } = useTranslation('designer');
  const element = useDesigner((state) => state.doc.card.elements?.[index]);
  const json = stringifyJson(element, 2);
  return (
    <div className="dz-form">
      <p className="dz-note">{t('unknown.explain')}</p>
      <CodeBlock
        code={json}
        label={t('unknown.json')}
        action={<CopyButton text={json} />}
        data-pointer={`/content/elements/${index}`}
      />
    </div>
  );
}
