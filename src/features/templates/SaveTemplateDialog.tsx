import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { ApiRequestError } from '../../api/client';
import type { Template } from '../../api/schemas';
import { templateOptions, useCreateTemplate, useSaveTemplate } from '../../api/templates';
import { MSG_TYPES, type MindIssue, type MsgType } from '../../mind';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { PlacedIssues } from '../../ui/IssueList';
import { describeWork } from '../../work/describeWork';
import { currentContent, isEmptyContent } from '../../work/editorWork';
import { setTemplateLink, useTemplateLinks } from '../../work/templateLinks';
import { ConflictView } from './ConflictView';
import { linkFor } from './linkFor';
import { useAuthor } from './useAuthor';
import { TemplateFields } from './TemplateFields';
import './SaveTemplateDialog.css';

export interface SaveTemplateDialogProps {
  /** The work to save; when absent the person picks one of the four. */
  msgType?: MsgType;
  onClose: () => void;
  onSaved: (template: Template) => void;
}

type Mode = 'version' | 'new';
type Refusal =
  | { kind: 'conflict'; templateId: string; baseVersion: number }
  | { kind: 'gone'; message: string }
  | { kind: 'invalid'; message: string; issues: MindIssue[] };

/**
 * Saves an editor's work as a new template, or as the next version of the template it came
 * from. When someone saved that template in between, nothing is overwritten: theirs is shown
 * beside yours, to save yours as a copy or over theirs.
 */
export function SaveTemplateDialog({ msgType: fixed, onClose, onSaved }: SaveTemplateDialogProps) {
  const { t } = useTranslation('templates');
  const { t: tx } = useTranslation('exchange');
  const client = useQueryClient();
  const author = useAuthor();
  const links = useTemplateLinks((state) => state.links);
  const firstFilled = MSG_TYPES.find((type) => !isEmptyContent(type, currentContent(type)));
  const [msgType, setMsgType] = useState<MsgType>(fixed ?? firstFilled ?? 'interactive');
  const link = links[msgType];
  const [mode, setMode] = useState<Mode>(link ? 'version' : 'new');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const create = useCreateTemplate();
  const save = useSaveTemplate();
  const busy = create.isPending || save.isPending;
  const content = currentContent(msgType);
  const empty = isEmptyContent(msgType, content);
  const effectiveMode: Mode = link ? mode : 'new';
  const conflictId = refusal?.kind === 'conflict' ? refusal.templateId : null;
  const theirsQuery = useQuery({
    ...templateOptions(conflictId ?? 'none'),
    enabled: conflictId !== null,
  });

  const done = (template: Template, saved: unknown) => {
    setTemplateLink(msgType, linkFor(template, saved));
    onSaved(template);
  };

  const fail = (error: unknown) => {
    if (!(error instanceof ApiRequestError)) throw error;
    if (error.code === 'version-conflict' && link) {
      void client.invalidateQueries({ queryKey: templateOptions(link.id).queryKey });
      setRefusal({ kind: 'conflict', templateId: link.id, baseVersion: link.version });
    } else if (error.code === 'in-trash' || error.status === 404) {
      setRefusal({
        kind: 'gone',
        message: error.code === 'in-trash' ? t('save.inTrash') : t('save.gone'),
      });
      setMode('new');
    } else {
      const message =
        error.code === 'invalid-template'
          ? t('save.invalid')
          : error.code === 'network'
            ? t('save.offline')
            : error.message;
      setRefusal({ kind: 'invalid', message, issues: error.issues });
    }
  };

  const saveNew = (templateName: string) => {
    const saved = currentContent(msgType);
    create.mutate(
      { name: templateName, description, msg_type: msgType, content: saved, author },
      { onSuccess: (template) => done(template, saved), onError: fail },
    );
  };

  const saveVersion = (baseVersion: number) => {
    if (!link) return;
    const saved = currentContent(msgType);
    save.mutate(
      { id: link.id, msg_type: msgType, content: saved, baseVersion, author },
      { onSuccess: (template) => done(template, saved), onError: fail },
    );
  };

  if (refusal?.kind === 'conflict' && link) {
    const theirs = theirsQuery.data;
    return (
      <Dialog
        open
        size="lg"
        onOpenChange={(open) => (open ? undefined : onClose())}
        title={t('conflict.title')}
        footer={
          <>
            <Button onClick={onClose}>{t('cancel')}</Button>
            <Button
              disabled={busy}
              onClick={() => saveNew(t('conflict.copyName', { name: link.name }))}
            >
              {t('conflict.saveCopy')}
            </Button>
            <Button
              variant="danger"
              disabled={busy || !theirs}
              onClick={() => theirs && saveVersion(theirs.version)}
            >
              {t('conflict.overwrite', { version: theirs?.version ?? '' })}
            </Button>
          </>
        }
      >
        {theirsQuery.isError ? <Banner tone="error">{theirsQuery.error.message}</Banner> : null}
        <ConflictView
          theirs={theirs}
          baseVersion={refusal.baseVersion}
          mine={{ msg_type: msgType, content }}
        />
      </Dialog>
    );
  }

  const submit = () => {
    if (empty || busy) return;
    setRefusal(null);
    if (effectiveMode === 'version' && link) saveVersion(link.version);
    else saveNew(name.trim());
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t('save.title')}
      description={t('save.description')}
      footer={
        <>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button
            variant="primary"
            disabled={empty || busy || (effectiveMode === 'new' && name.trim() === '')}
            onClick={submit}
          >
            {busy
              ? t('save.saving')
              : effectiveMode === 'version'
                ? t('save.saveVersion')
                : t('save.saveNew')}
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
        {fixed ? null : (
          <Field label={t('save.which')} group="fieldset">
            {() =>
              MSG_TYPES.map((type) => {
                const work = currentContent(type);
                const nothing = isEmptyContent(type, work);
                return (
                  <label key={type} className={`tp-choice__item${nothing ? ' is-empty' : ''}`}>
                    <input
                      type="radio"
                      name="tp-save-type"
                      checked={msgType === type}
                      disabled={nothing}
                      onChange={() => {
                        setMsgType(type);
                        setMode(links[type] ? 'version' : 'new');
                      }}
                    />
                    <span>
                      <strong>{t(`type.${type}`)}</strong>
                      <span className="tp-muted"> · {describeWork(type, work, tx)}</span>
                    </span>
                  </label>
                );
              })
            }
          </Field>
        )}
        {empty ? <Banner tone="warning">{t('save.empty')}</Banner> : null}
        {link ? (
          <Field label={t('save.how')} group="fieldset">
            {() => (
              <>
                <label className="tp-choice__item">
                  <input
                    type="radio"
                    name="tp-save-mode"
                    checked={mode === 'version'}
                    onChange={() => setMode('version')}
                  />
                  <span>{t('save.asVersion', { version: link.version + 1, name: link.name })}</span>
                </label>
                <label className="tp-choice__item">
                  <input
                    type="radio"
                    name="tp-save-mode"
                    checked={mode === 'new'}
                    onChange={() => setMode('new')}
                  />
                  <span>{t('save.asNew')}</span>
                </label>
              </>
            )}
          </Field>
        ) : null}
        {effectiveMode === 'new' ? (
          <TemplateFields
            name={name}
            description={description}
            onName={setName}
            onDescription={setDescription}
          />
        ) : null}
        {refusal && refusal.kind !== 'conflict' ? (
          <Banner tone="error" className="tp-refused">
            <p>{refusal.message}</p>
            {refusal.kind === 'invalid' && refusal.issues.length > 0 ? (
              <PlacedIssues issues={refusal.issues} />
            ) : null}
          </Banner>
        ) : null}
      </form>
    </Dialog>
  );
}
