import { useTranslation } from '../../lib/i18n/useTranslation';
import type { Template } from '../../api/schemas';
import { formatDateTime } from '../../ui/formatDateTime';
import type { WorkMessage } from '../../work/workMessage';
import { MessagePreview } from '../preview/MessagePreview';
import './ConflictView.css';

export interface ConflictViewProps {
  /** What is saved now; undefined while it loads. */
  theirs: Template | undefined;
  baseVersion: number;
  mine: WorkMessage;
}

/** Someone saved the template after you opened it: who, when, and theirs beside yours. */
export function ConflictView({ theirs, baseVersion, mine }: ConflictViewProps) {
  const { t, i18n } = useTranslation('templates');
  if (!theirs) return <p className="tp-muted">{t('loading')}</p>;
  return (
    <div className="tp-conflict" data-testid="save-conflict">
      <p className="tp-conflict__what" role="alert">
        {t('conflict.what', {
          name: theirs.name,
          who: theirs.updatedBy ?? t('someone'),
          time: formatDateTime(theirs.updatedAt, i18n.resolvedLanguage),
          version: theirs.version,
          base: baseVersion,
        })}
      </p>
      <p className="tp-muted">{t('conflict.nothingLost')}</p>
      <div className="tp-conflict__sides">
        <figure>
          <figcaption>{t('conflict.theirs', { version: theirs.version })}</figcaption>
          <MessagePreview message={{ msg_type: theirs.msgType, content: theirs.content }} />
        </figure>
        <figure>
          <figcaption>{t('conflict.mine')}</figcaption>
          <MessagePreview message={mine} />
        </figure>
      </div>
    </div>
  );
}
