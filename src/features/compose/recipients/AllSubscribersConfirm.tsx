import { CheckCircle2, TriangleAlert } from 'lucide-react';
import { useId } from 'react';
import { Trans } from 'react-i18next';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { TextInput } from '../../../ui/TextInput';
import './AllSubscribersConfirm.css';

/**
 * The warning for a send to every subscriber (or a group message that mentions everyone in
 * the group), and the phrase to type before it can go. The phrase is in the person's
 * language; the request always carries `confirm: "ALL"`.
 */
export function AllSubscribersConfirm({
  phrase,
  value,
  onChange,
  live,
  scope = 'subscribers',
}: {
  phrase: string;
  value: string;
  onChange: (value: string) => void;
  live: boolean;
  /** `group`: the message mentions everyone in a group. */
  scope?: 'subscribers' | 'group';
}) {
  const { t } = useTranslation('compose');
  const texts = scope === 'group' ? 'everyone' : 'all';
  const id = useId();
  const confirmed = value.trim() === phrase;
  return (
    <div className="cp-all" data-testid="all-subscribers-warning">
      <div className="cp-all__warning">
        <TriangleAlert size={20} aria-hidden="true" className="cp-all__icon" />
        <div>
          <p className="cp-all__title">{t(`${texts}.title`)}</p>
          <p>{t(`${texts}.body`)}</p>
          <p>{live ? t('all.live') : t('all.sandbox')}</p>
        </div>
      </div>
      <div className="cp-all__confirm">
        <label htmlFor={id} className="cp-all__label">
          <Trans
            t={t}
            i18nKey="all.typeLabel"
            values={{ phrase }}
            components={{ phrase: <kbd className="cp-all__phrase" /> }}
          />
        </label>
        <TextInput
          id={id}
          className="cp-all__input"
          value={value}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-status`}
          onChange={(event) => onChange(event.target.value)}
          onPaste={(event) => event.preventDefault()}
        />
        <p
          id={`${id}-status`}
          className={confirmed ? 'cp-all__ok' : 'cp-all__pending'}
          aria-live="polite"
        >
          {confirmed ? (
            <>
              <CheckCircle2 size={14} aria-hidden="true" /> {t('all.confirmed')}
            </>
          ) : (
            t('all.notConfirmed', { phrase })
          )}
        </p>
      </div>
    </div>
  );
}
