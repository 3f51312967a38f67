import { Eye } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader';
import { Placeholder } from '../../ui/Placeholder';

export function PreviewPage() {
  const { t } = useTranslation('preview');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Placeholder icon={<Eye size={28} />} title={t('comingSoon', { ns: 'common' })}>
        {t('description')}
      </Placeholder>
    </>
  );
}
