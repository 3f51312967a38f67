import { Send } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader';
import { Placeholder } from '../../ui/Placeholder';

export function ComposePage() {
  const { t } = useTranslation('compose');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Placeholder icon={<Send size={28} />} title={t('comingSoon', { ns: 'common' })}>
        {t('description')}
      </Placeholder>
    </>
  );
}
