import { LayoutTemplate } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader';
import { Placeholder } from '../../ui/Placeholder';

export function DesignerPage() {
  const { t } = useTranslation('designer');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Placeholder icon={<LayoutTemplate size={28} />} title={t('comingSoon', { ns: 'common' })}>
        {t('description')}
      </Placeholder>
    </>
  );
}
