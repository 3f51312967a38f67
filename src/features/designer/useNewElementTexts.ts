import { useTranslation } from 'react-i18next';
import type { NewElementTexts } from './model/createElement';

/** The sample texts of new elements, in the user's language. */
export function useNewElementTexts(): NewElementTexts {
  const { t } = useTranslation('designer');
  return {
    markdown: t('sample.markdown'),
    richText: t('sample.richText'),
    button: t('sample.button'),
  };
}
