import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TextInput } from '../../../ui/TextInput';
import { useMe, type Me } from '../../../work/useMe';
import { checkOpenId } from '../../../mind/checkOpenId';
import './MeDialog.css';

/** Your own open_id (where tests go) and the name the history shows; kept in this browser. */
export function MeDialog({
  sandbox,
  thenSend,
  onClose,
}: {
  sandbox: boolean;
  /** Opened by "Send a test to me": saving also sends. */
  thenSend: boolean;
  onClose: (saved: Me | null) => void;
}) {
  const { t } = useTranslation('compose');
  const saved = useMe();
  const [openId, setOpenId] = useState(saved.openId);
  const [name, setName] = useState(saved.name);
  const [tried, setTried] = useState(false);
  const check = openId.trim() === '' ? null : checkOpenId(openId.trim());
  const error =
    check === null
      ? thenSend
        ? t('me.required')
        : null
      : check.verdict === 'malformed'
        ? t(`ids.${check.reason}`, { char: check.char ?? '' })
        : null;
  const warning = check?.verdict === 'warning' ? t(`ids.${check.reason}`) : null;

  const save = () => {
    setTried(true);
    if (error) return;
    const me = { openId: openId.trim(), name: name.trim() };
    saved.setMe(me);
    onClose(me);
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onClose(null);
      }}
      size="sm"
      title={t('me.title')}
      description={sandbox ? t('me.sandbox') : t('me.description')}
      footer={
        <>
          <Button onClick={() => onClose(null)}>{t('me.cancel')}</Button>
          <Button variant="primary" onClick={save}>
            {thenSend ? t('me.saveAndSend') : t('me.save')}
          </Button>
        </>
      }
    >
      <form
        className="cp-me"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <TextInput
          label={t('me.openId')}
          hint={tried && error ? undefined : (warning ?? t('me.openIdHint'))}
          error={tried && error ? error : undefined}
          value={openId}
          autoComplete="off"
          spellCheck={false}
          placeholder="ou_…"
          // The field this dialog is for (Radix would focus the close button first).
          autoFocus
          onChange={(event) => setOpenId(event.target.value)}
        />
        <TextInput
          label={t('me.name')}
          hint={t('me.nameHint')}
          value={name}
          maxLength={100}
          autoComplete="name"
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
