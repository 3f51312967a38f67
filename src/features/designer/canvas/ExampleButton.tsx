import { Sparkles } from 'lucide-react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { Button } from '../../../ui/Button';
import { exampleCard } from '../../../work/card/model/exampleCard';
import { designerActions } from '../../../work/card/store/useDesignerStore';

/** Fills an empty canvas with a finished example card; undo takes it back. */
export function ExampleButton() {
  const { t, i18n } = useTranslation('designer');
  const language = i18n.resolvedLanguage?.startsWith('zh') ? 'zh' : 'en';
  return (
    <Button
      size="sm"
      icon={<Sparkles size={14} />}
      onClick={() => designerActions().replaceCard(exampleCard(language))}
    >
      {t('canvas.example')}
    </Button>
  );
}
