import { Eraser, FileInput, MoreHorizontal, Send, Sparkles } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from '../lib/i18n/useTranslation';
import { Banner } from '../ui/Banner';
import seedExample from '../../fixtures/seed/rich_text.content.json';
import { PageHeader } from '../app/PageHeader';
import { validateContent, type RichTextDoc } from '../mind';
import { Button } from '../ui/Button';
import { ButtonLink } from '../ui/ButtonLink';
import { IssueList } from '../ui/IssueList';
import { Menu } from '../ui/Menu';
import { Tabs } from '../ui/Tabs';
import { PreviewPane } from '../features/preview/PreviewPane';
import { SaveTemplateButton } from '../features/templates/SaveTemplateButton';
import { lazyComponent } from '../ui/lazyComponent';
import { RichTextEditor } from '../editors/richtext/RichTextEditor';
import { RichTextJsonView } from '../features/richtext/RichTextJsonView';
import { selectRichTextDoc, useRichTextDraftStore } from '../work/richText/richTextDraftStore';
import '../features/richtext/richTextPage.css';

// Import's dialog (and the dialog frame) downloads when it is first opened.
const ImportJsonDialog = lazyComponent(() =>
  import('../features/richtext/ImportJsonDialog').then((module) => module.ImportJsonDialog),
);

const EXAMPLE = seedExample as RichTextDoc;

/** The rich_text composer: the editor, its checks, and the live preview or the JSON beside it. */
export function RichTextPage() {
  const { t } = useTranslation('richtext');
  const doc = useRichTextDraftStore(selectRichTextDoc);
  const setDoc = useRichTextDraftStore((state) => state.setDoc);
  const saveFailed = useRichTextDraftStore((state) => state.saveFailed);
  const [importing, setImporting] = useState(false);
  const [replaced, setReplaced] = useState<RichTextDoc | null>(null);
  // The same rule as compose and the server: an empty message is an error here too.
  const issues = useMemo(() => validateContent('rich_text', doc, ''), [doc]);
  const message = useMemo(() => ({ msg_type: 'rich_text' as const, content: doc }), [doc]);

  const replace = (next: RichTextDoc) => {
    setReplaced(doc);
    setDoc(next);
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            {/* On a narrow screen these three fold into one menu (richTextPage.css). */}
            <span className="rt-page__extra">
              <Button icon={<FileInput size={16} />} onClick={() => setImporting(true)}>
                {t('actions.import')}
              </Button>
              <Button icon={<Sparkles size={16} />} onClick={() => replace(EXAMPLE)}>
                {t('actions.example')}
              </Button>
              <Button
                icon={<Eraser size={16} />}
                onClick={() => replace([])}
                disabled={doc.length === 0}
              >
                {t('actions.clear')}
              </Button>
            </span>
            <span className="rt-page__more">
              <Menu
                label={t('actions.more')}
                align="start"
                trigger={<Button icon={<MoreHorizontal size={16} />}>{t('actions.more')}</Button>}
                items={[
                  {
                    key: 'import',
                    label: t('actions.import'),
                    icon: <FileInput size={16} />,
                    onSelect: () => setImporting(true),
                  },
                  {
                    key: 'example',
                    label: t('actions.example'),
                    icon: <Sparkles size={16} />,
                    onSelect: () => replace(EXAMPLE),
                  },
                  {
                    key: 'clear',
                    label: t('actions.clear'),
                    icon: <Eraser size={16} />,
                    disabled: doc.length === 0,
                    onSelect: () => replace([]),
                  },
                ]}
              />
            </span>
            <SaveTemplateButton msgType="rich_text" />
            <ButtonLink
              href="/compose?from=rich-text"
              variant="primary"
              className="rt-page__send"
              icon={<Send size={16} />}
            >
              {t('actions.send')}
            </ButtonLink>
          </>
        }
      />
      {replaced ? (
        <Banner
          className="rt-page__banner"
          action={
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                setDoc(replaced);
                setReplaced(null);
              }}
            >
              {t('undoReplace')}
            </Button>
          }
        >
          {t('replaced')}
        </Banner>
      ) : null}
      {saveFailed ? (
        <Banner tone="warning" role="alert" className="rt-page__banner">
          {t('saveFailed')}
        </Banner>
      ) : null}
      <div className="rt-page">
        <section className="rt-page__main" aria-labelledby="rt-editor-heading">
          <h2 id="rt-editor-heading" className="rt-page__heading">
            {t('editorHeading')}
          </h2>
          <RichTextEditor
            value={doc}
            onChange={(next) => {
              setDoc(next);
              setReplaced(null);
            }}
            label={t('editorLabel')}
          />
          <div className="rt-page__checks" aria-labelledby="rt-checks-heading" role="region">
            <h2 id="rt-checks-heading" className="rt-page__heading">
              {t('checks.title')}
            </h2>
            {issues.length > 0 ? (
              <IssueList issues={issues} />
            ) : (
              <p className="rt-page__ok">{t('checks.none')}</p>
            )}
          </div>
        </section>
        <section className="rt-page__side" aria-label={t('tabs.label')}>
          <Tabs
            label={t('tabs.label')}
            items={[
              {
                value: 'preview',
                label: t('tabs.preview'),
                content: (
                  <div className="rt-page__preview">
                    <PreviewPane message={message} />
                  </div>
                ),
              },
              { value: 'json', label: t('tabs.json'), content: <RichTextJsonView doc={doc} /> },
            ]}
          />
        </section>
      </div>
      {importing ? (
        <ImportJsonDialog
          onClose={() => setImporting(false)}
          onImport={(next) => {
            replace(next);
            setImporting(false);
          }}
        />
      ) : null}
    </>
  );
}
