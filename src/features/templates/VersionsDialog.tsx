import { useQuery } from '@tanstack/react-query';
import { FolderOpen, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import type { Template } from '../../api/schemas';
import {
  templateOptions,
  templateVersionOptions,
  templateVersionsOptions,
  useRestoreVersion,
} from '../../api/templates';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { formatDateTime } from '../../ui/formatDateTime';
import { MessagePreview } from '../preview/MessagePreview';
import { useAuthor } from './useAuthor';
import { Banner } from '../../ui/Banner';

export interface VersionsDialogProps {
  template: Template;
  onClose: () => void;
  /** Opens a version's content in its editor (the template's current version is the base). */
  onOpenVersion: (template: Template, content: unknown) => void;
}

/** Every saved version of a template, newest first: preview any, open it, or restore it. */
export function VersionsDialog({ template: initial, onClose, onOpenVersion }: VersionsDialogProps) {
  const { t, i18n } = useTranslation('templates');
  const author = useAuthor();
  const current = useQuery({ ...templateOptions(initial.id), initialData: initial });
  const template = current.data;
  const versions = useQuery(templateVersionsOptions(template.id));
  const [chosen, setChosen] = useState(template.version);
  const version = useQuery(templateVersionOptions(template.id, chosen));
  const restore = useRestoreVersion();
  const trashed = template.deletedAt !== null;
  const time = (value: string) => formatDateTime(value, i18n.resolvedLanguage);

  return (
    <Dialog
      open
      size="lg"
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t('versions.title', { name: template.name })}
      description={t('versions.description')}
      footer={<Button onClick={onClose}>{t('close')}</Button>}
    >
      <div className="tp-versions">
        <div className="tp-versions__list" role="listbox" aria-label={t('versions.list')}>
          {versions.isPending ? <p className="tp-muted">{t('loading')}</p> : null}
          {versions.isError ? <Banner tone="error">{versions.error.message}</Banner> : null}
          {versions.data?.items.map((item) => (
            <button
              key={item.version}
              type="button"
              role="option"
              aria-selected={item.version === chosen}
              className="tp-version"
              onClick={() => setChosen(item.version)}
            >
              <span className="tp-version__number">
                {t('versions.number', { version: item.version })}
                {item.version === template.version ? (
                  <span className="tp-version__current">{t('versions.current')}</span>
                ) : null}
              </span>
              <span className="tp-version__meta">
                {time(item.createdAt)}
                {item.author ? ` · ${item.author}` : ''}
              </span>
              {item.restoredFrom ? (
                <span className="tp-version__meta">
                  {t('versions.restoredFrom', { version: item.restoredFrom })}
                </span>
              ) : null}
            </button>
          ))}
        </div>
        <div className="tp-versions__preview">
          <div className="tp-versions__bar">
            <strong>{t('versions.number', { version: chosen })}</strong>
            <span className="tp-grow" />
            <Button
              size="sm"
              icon={<FolderOpen size={14} />}
              disabled={!version.data || trashed}
              onClick={() => version.data && onOpenVersion(template, version.data.content)}
            >
              {t('versions.open')}
            </Button>
            <Button
              size="sm"
              variant="primary"
              icon={<RotateCcw size={14} />}
              disabled={chosen === template.version || restore.isPending || trashed}
              onClick={() =>
                restore.mutate(
                  { id: template.id, version: chosen, baseVersion: template.version, author },
                  { onSuccess: (next) => setChosen(next.version) },
                )
              }
            >
              {t('versions.restore')}
            </Button>
          </div>
          {restore.isError ? <Banner tone="error">{restore.error.message}</Banner> : null}
          {restore.isSuccess ? (
            <Banner tone="success">
              {t('versions.restored', {
                version: restore.variables.version,
                next: restore.data.version,
              })}
            </Banner>
          ) : null}
          {version.data ? (
            <MessagePreview
              message={{ msg_type: version.data.msgType, content: version.data.content }}
              time={version.data.createdAt}
            />
          ) : version.isError ? (
            <Banner tone="error">{version.error.message}</Banner>
          ) : (
            <p className="tp-muted">{t('loading')}</p>
          )}
        </div>
      </div>
    </Dialog>
  );
}
