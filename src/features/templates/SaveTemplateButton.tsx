import { BookmarkPlus, Check } from 'lucide-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import type { MsgType } from '../../mind';
import { Button } from '../../ui/Button';
import { Tooltip } from '../../ui/Tooltip';
import './saveTemplateButton.css';
import { useTemplateLinks } from '../../work/templateLinks';

const SaveTemplateDialog = lazy(() =>
  import('./SaveTemplateDialog').then((module) => ({ default: module.SaveTemplateDialog })),
);

/** "Save as template" for an editor's toolbar: a new template, or the next version of its own. */
export function SaveTemplateButton({ msgType }: { msgType: MsgType }) {
  const { t } = useTranslation('templates');
  const link = useTemplateLinks((state) => state.links[msgType]);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(null), 4000);
    return () => clearTimeout(timer);
  }, [saved]);
  return (
    <>
      <span className="visually-hidden" role="status">
        {saved ?? ''}
      </span>
      <Tooltip
        content={
          link ? t('button.linked', { name: link.name, version: link.version }) : t('button.hint')
        }
      >
        <Button
          icon={saved ? <Check size={16} /> : <BookmarkPlus size={16} />}
          onClick={() => setOpen(true)}
        >
          {saved ? t('button.saved') : t('button.label')}
        </Button>
      </Tooltip>
      {open ? (
        <Suspense fallback={null}>
          <SaveTemplateDialog
            msgType={msgType}
            onClose={() => setOpen(false)}
            onSaved={(template) => {
              setOpen(false);
              setSaved(t('saved', { name: template.name, version: template.version }));
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
