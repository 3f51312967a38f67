import {
  ArchiveRestore,
  Code2,
  Copy,
  History,
  Link2,
  MoreHorizontal,
  PencilLine,
  Sparkles,
  Trash2,
} from 'lucide-react';
import { memo } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import type { Template } from '../../api/schemas';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Menu } from '../../ui/Menu';
import { formatDateTime } from '../../ui/formatDateTime';
import { TemplateThumbnail } from './TemplateThumbnail';

export type TemplateAction =
  'open' | 'versions' | 'rename' | 'duplicate' | 'code' | 'share' | 'trash' | 'restore' | 'purge';

export interface TemplateCardProps {
  template: Template;
  onAction: (action: TemplateAction, template: Template) => void;
}

/** One template in the gallery: what it looks like, what it is, and what can be done with it. */
export const TemplateCard = memo(function TemplateCard({ template, onAction }: TemplateCardProps) {
  const { t, i18n } = useTranslation('templates');
  const trashed = template.deletedAt !== null;
  const act = (action: TemplateAction) => () => onAction(action, template);
  const titleId = `tp-card-${template.id}`;
  return (
    <li className="tp-card" aria-labelledby={titleId} data-testid="template-card">
      {/* A pointer shortcut to the same action as the first button below; hidden from assistive tech. */}
      <div
        className="tp-card__picture"
        aria-hidden="true"
        onClick={act(trashed ? 'versions' : 'open')}
      >
        <TemplateThumbnail template={template} />
      </div>
      <div className="tp-card__body">
        <div className="tp-card__badges">
          <Badge tone="primary">{t(`type.${template.msgType}`)}</Badge>
          {template.starter ? (
            <Badge tone="success">
              <Sparkles size={11} aria-hidden="true" /> {t('card.starter')}
            </Badge>
          ) : null}
          <span className="tp-card__version">
            {t('card.version', { version: template.version })}
          </span>
        </div>
        <h3 id={titleId} className="tp-card__name">
          {template.name}
        </h3>
        {template.description ? (
          <p className="tp-card__description">{template.description}</p>
        ) : null}
        <p className="tp-card__meta">
          {trashed
            ? t('card.trashed', {
                time: formatDateTime(template.deletedAt ?? '', i18n.resolvedLanguage),
              })
            : t(template.updatedBy ? 'card.savedBy' : 'card.saved', {
                time: formatDateTime(template.updatedAt, i18n.resolvedLanguage),
                who: template.updatedBy,
              })}
        </p>
      </div>
      <div className="tp-card__actions">
        {trashed ? (
          <>
            <Button
              size="sm"
              variant="primary"
              icon={<ArchiveRestore size={14} />}
              onClick={act('restore')}
            >
              {t('card.restore')}
            </Button>
            <Button size="sm" variant="ghost" icon={<Trash2 size={14} />} onClick={act('purge')}>
              {t('card.purge')}
            </Button>
          </>
        ) : (
          <>
            <Button
              size="sm"
              variant="primary"
              onClick={act('open')}
              aria-label={t('card.openNamed', { name: template.name })}
            >
              {t('card.open')}
            </Button>
            <Button
              size="sm"
              icon={<History size={14} />}
              onClick={act('versions')}
              aria-label={t('card.versionsNamed', { name: template.name })}
            >
              {t('card.versions')}
            </Button>
            <Menu
              label={t('card.more', { name: template.name })}
              trigger={
                <button
                  type="button"
                  className="ui-icon-button ui-icon-button--ghost"
                  aria-label={t('card.more', { name: template.name })}
                >
                  <MoreHorizontal size={16} aria-hidden="true" />
                </button>
              }
              items={[
                {
                  key: 'rename',
                  label: t('card.rename'),
                  icon: <PencilLine size={15} />,
                  onSelect: act('rename'),
                },
                {
                  key: 'duplicate',
                  label: t('card.duplicate'),
                  icon: <Copy size={15} />,
                  onSelect: act('duplicate'),
                },
                {
                  key: 'code',
                  label: t('card.code'),
                  icon: <Code2 size={15} />,
                  onSelect: act('code'),
                },
                {
                  key: 'share',
                  label: t('card.share'),
                  icon: <Link2 size={15} />,
                  onSelect: act('share'),
                },
                {
                  key: 'trash',
                  label: t('card.trash'),
                  icon: <Trash2 size={15} />,
                  onSelect: act('trash'),
                },
              ]}
            />
          </>
        )}
      </div>
    </li>
  );
});
