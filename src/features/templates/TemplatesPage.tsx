import { Library } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader';
import { Placeholder } from '../../ui/Placeholder';

export function TemplatesPage() {
  const { t } = useTranslation('templates');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Placeholder icon={<Library size={28} />} title={t('comingSoon', { ns: 'common' })}>
        {t('description')}
      </Placeholder>
    </>
  );
}
