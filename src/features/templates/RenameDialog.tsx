import { useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import type { Template } from '../../api/schemas';
import { useRenameTemplate } from '../../api/templates';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { setTemplateLink, useTemplateLinks } from '../../work/templateLinks';
import { TemplateFields } from './TemplateFields';
import './SaveTemplateDialog.css';
import { Banner } from '../../ui/Banner';

/** Renames a template and edits its description (no new version: the message is unchanged). */
export function RenameDialog({ template, onClose }: { template: Template; onClose: () => void }) {
  const { t } = useTranslation('templates');
  const [name, setName] = useState(template.name);
  const [description, setDescription] = useState(template.description);
  const rename = useRenameTemplate();
  const link = useTemplateLinks((state) => state.links[template.msgType]);
  const submit = () => {
    if (!name.trim()) return;
    rename.mutate(
      { id: template.id, name: name.trim(), description },
      {
        onSuccess: (renamed) => {
          if (link?.id === renamed.id)
            setTemplateLink(renamed.msgType, { ...link, name: renamed.name });
          onClose();
        },
      },
    );
  };
  return (
    <Dialog
      open
      size="sm"
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t('rename.title')}
      footer={
        <>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button variant="primary" disabled={!name.trim() || rename.isPending} onClick={submit}>
            {t('rename.save')}
          </Button>
        </>
      }
    >
      <form
        className="tp-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <TemplateFields
          name={name}
          description={description}
          onName={setName}
          onDescription={setDescription}
        />
        {rename.isError ? <Banner tone="error">{rename.error.message}</Banner> : null}
      </form>
    </Dialog>
  );
}
