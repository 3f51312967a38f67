import { FileText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader';
import { Placeholder } from '../../ui/Placeholder';

export function RichTextPage() {
  const { t } = useTranslation('richtext');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Placeholder icon={<FileText size={28} />} title={t('comingSoon', { ns: 'common' })}>
        {t('description')}
      </Placeholder>
    </>
  );
}
