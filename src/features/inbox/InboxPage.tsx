import { Inbox } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader';
import { Placeholder } from '../../ui/Placeholder';

export function InboxPage() {
  const { t } = useTranslation('inbox');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Placeholder icon={<Inbox size={28} />} title={t('comingSoon', { ns: 'common' })}>
        {t('description')}
      </Placeholder>
    </>
  );
}
