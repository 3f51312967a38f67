import { History } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader';
import { Placeholder } from '../../ui/Placeholder';

export function HistoryDetailPage() {
  const { t } = useTranslation('history');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Placeholder icon={<History size={28} />} title={t('comingSoon', { ns: 'common' })} />
    </>
  );
}
