import { useQuery } from '@tanstack/react-query';
import { BookmarkPlus, Library, Search, Trash2, Undo2, X } from 'lucide-react';
import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../lib/i18n/useTranslation';
import { useFocusLater } from '../ui/useFocusLater';
import { Banner } from '../ui/Banner';
import { IconButton } from '../ui/IconButton';
import { SegmentedControl } from '../ui/SegmentedControl';
import { Select } from '../ui/Select';
import { TextInput } from '../ui/TextInput';
import type { Template } from '../api/schemas';
import { templatesOptions, useDuplicateTemplate, useTrashTemplate } from '../api/templates';
import { PageHeader } from '../app/PageHeader';
import { MSG_TYPES, type MsgType } from '../mind';
import { Button } from '../ui/Button';
import { Placeholder } from '../ui/Placeholder';
import { QueryView } from '../ui/QueryView';
import { CodeExportDialog } from '../features/exchange/CodeExportDialog';
import { ImportButton } from '../features/exchange/ImportButton';
import { ShareLinkDialog } from '../features/exchange/ShareLinkDialog';
import { ShareLinkReceiver } from '../features/exchange/ShareLinkReceiver';
import { useOpenMessage } from '../work/useOpenMessage';
import { linkFor } from '../features/templates/linkFor';
import { PurgeDialog } from '../features/templates/PurgeDialog';
import { RenameDialog } from '../features/templates/RenameDialog';
import { SaveTemplateDialog } from '../features/templates/SaveTemplateDialog';
import { TemplateCard, type TemplateAction } from '../features/templates/TemplateCard';
import { useAuthor } from '../features/templates/useAuthor';
import { VersionsDialog } from '../features/templates/VersionsDialog';
import '../features/templates/templates.css';

type Shown = 'templates' | 'trash';
type OpenDialog =
  | { kind: 'versions' | 'rename' | 'code' | 'share' | 'purge'; template: Template }
  | { kind: 'save' };

/** The template gallery: search, open, version, copy, share and tidy the saved messages. */
export function TemplatesPage() {
  const { t } = useTranslation('templates');
  const author = useAuthor();
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const [shown, setShown] = useState<Shown>('templates');
  const [type, setType] = useState<MsgType | 'all'>('all');
  const list = useQuery(templatesOptions(query, shown === 'trash'));
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [status, setStatus] = useState('');
  const [trashed, setTrashed] = useState<Template | null>(null);
  const { open, dialog: replaceDialog } = useOpenMessage();
  const duplicate = useDuplicateTemplate();
  const trash = useTrashTemplate();

  // Undo, ✕ and the notice's own time take it away, with the button that has the focus: the focus
  // goes to the templates (or, with none shown, the search), not to <body>.
  const gallery = useRef<HTMLUListElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const trashedNotice = useRef<HTMLDivElement>(null);
  const closeTrashed = useCallback(() => {
    if (trashedNotice.current?.contains(document.activeElement))
      (gallery.current ?? searchBox.current)?.focus();
    setTrashed(null);
  }, []);

  // Moving a template to the trash takes away its card, and the menu button the focus went back
  // to: the focus goes to the notice's Undo instead, the one thing to do next.
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();
  const focusUndo = () =>
    focusLater(() => {
      const at = document.activeElement;
      const lost = !at || at === document.body || gallery.current?.contains(at);
      return lost ? undoButton.current : null;
    });

  useEffect(() => {
    if (!trashed) return;
    const timer = setTimeout(closeTrashed, 12_000);
    return () => clearTimeout(timer);
  }, [trashed, closeTrashed]);

  const openTemplate = (template: Template, content: unknown = template.content) =>
    open(
      { msg_type: template.msgType, content },
      { link: linkFor(template, content), incoming: t('incoming', { name: template.name }) },
    );

  const act = (action: TemplateAction, template: Template) => {
    switch (action) {
      case 'open':
        return openTemplate(template);
      case 'duplicate':
        return duplicate.mutate(
          { id: template.id, name: t('duplicateName', { name: template.name }), author },
          { onSuccess: (copy) => setStatus(t('status.duplicated', { name: copy.name })) },
        );
      case 'trash':
        return trash.mutate(
          { id: template.id, action: 'trash' },
          {
            onSuccess: () => {
              setTrashed(template);
              focusUndo();
            },
          },
        );
      case 'restore':
        return trash.mutate(
          { id: template.id, action: 'restore' },
          { onSuccess: () => setStatus(t('status.restored', { name: template.name })) },
        );
      default:
        return setDialog({ kind: action, template });
    }
  };
  // The cards are memoised: they get one stable callback that runs the latest `act`.
  const actRef = useRef(act);
  useEffect(() => {
    actRef.current = act;
  });
  const onAction = useCallback(
    (action: TemplateAction, template: Template) => actRef.current(action, template),
    [],
  );

  const items = (list.data?.items ?? []).filter((item) => type === 'all' || item.msgType === type);
  const close = () => setDialog(null);

  return (
    <div className="tp-page">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <ImportButton />
            <Button
              variant="primary"
              icon={<BookmarkPlus size={16} />}
              onClick={() => setDialog({ kind: 'save' })}
            >
              {t('saveCurrent')}
            </Button>
          </>
        }
      />
      <div className="tp-tools" role="search">
        <label className="tp-search">
          <Search size={15} aria-hidden="true" />
          <span className="visually-hidden">{t('search.label')}</span>
          <TextInput
            ref={searchBox}
            type="search"
            value={search}
            placeholder={t('search.placeholder')}
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
        <Select
          className="tp-type"
          aria-label={t('filter.label')}
          value={type}
          onChange={(event) => setType(event.target.value as MsgType | 'all')}
        >
          <option value="all">{t('filter.all')}</option>
          {MSG_TYPES.map((item) => (
            <option key={item} value={item}>
              {t(`type.${item}`)}
            </option>
          ))}
        </Select>
        <SegmentedControl<Shown>
          className="tp-segmented"
          aria-label={t('shown.label')}
          value={shown}
          onChange={setShown}
          options={[
            { value: 'templates', icon: <Library size={14} />, label: t('shown.templates') },
            { value: 'trash', icon: <Trash2 size={14} />, label: t('shown.trash') },
          ]}
        />
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {trashed ? (
        <Banner
          ref={trashedNotice}
          className="tp-undo"
          action={
            <>
              <Button
                ref={undoButton}
                size="sm"
                icon={<Undo2 size={14} />}
                onClick={() =>
                  trash.mutate({ id: trashed.id, action: 'restore' }, { onSuccess: closeTrashed })
                }
              >
                {t('trash.undo')}
              </Button>
              <IconButton label={t('close')} icon={<X size={14} />} onClick={closeTrashed} />
            </>
          }
        >
          {t('trash.moved', { name: trashed.name })}
        </Banner>
      ) : null}
      <QueryView
        query={list}
        loading={t('loading')}
        loadingClassName="tp-muted"
        failed={(message) => t('loadFailed', { message })}
        retry={t('retry')}
        isEmpty={() => items.length === 0}
        empty={
          <Placeholder
            icon={shown === 'trash' ? <Trash2 size={28} /> : <Library size={28} />}
            title={query || type !== 'all' ? t('empty.noMatch') : t(`empty.${shown}`)}
          >
            {query || type !== 'all' ? t('empty.noMatchText') : t(`empty.${shown}Text`)}
          </Placeholder>
        }
      >
        {() => (
          <ul
            ref={gallery}
            tabIndex={-1}
            className="tp-grid"
            aria-label={shown === 'trash' ? t('shown.trash') : t('shown.templates')}
          >
            {items.map((template) => (
              <TemplateCard key={template.id} template={template} onAction={onAction} />
            ))}
          </ul>
        )}
      </QueryView>
      {dialog?.kind === 'save' ? (
        <SaveTemplateDialog
          onClose={close}
          onSaved={(template) => {
            close();
            setStatus(t('saved', { name: template.name, version: template.version }));
          }}
        />
      ) : dialog?.kind === 'versions' ? (
        <VersionsDialog
          template={dialog.template}
          onClose={close}
          onOpenVersion={(template, content) => {
            close();
            openTemplate(template, content);
          }}
        />
      ) : dialog?.kind === 'rename' ? (
        <RenameDialog template={dialog.template} onClose={close} />
      ) : dialog?.kind === 'purge' ? (
        <PurgeDialog template={dialog.template} onClose={close} />
      ) : dialog?.kind === 'code' ? (
        <CodeExportDialog
          message={{ msg_type: dialog.template.msgType, content: dialog.template.content }}
          onClose={close}
        />
      ) : dialog?.kind === 'share' ? (
        <ShareLinkDialog
          message={{ msg_type: dialog.template.msgType, content: dialog.template.content }}
          onClose={close}
        />
      ) : null}
      {replaceDialog}
      <ShareLinkReceiver />
    </div>
  );
}
