import { useTranslation } from '../../../lib/i18n/useTranslation';
import type { RichTextDoc } from '../../../mind';
import { Field } from '../../../ui/Field';
import { IssueList } from '../../../ui/IssueList';
import { LazyRichTextEditor } from '../../../editors/richtext/LazyRichTextEditor';
import { designerActions, useDesigner } from '../../../work/card/store/useDesignerStore';
import { issuesWithin, useCardIssues } from '../useCardIssues';

const EMPTY: RichTextDoc = [];

/** A rich text block, edited with the rich text editor in place. */
export function RichTextInspector({ id, index }: { id: string; index: number }) {
  const { t } = useTranslation('designer');
  const content = useDesigner((state) => state.doc.card.elements?.[index]?.content);
  const pointer = `/content/elements/${index}/content`;
  const issues = issuesWithin(useCardIssues(), pointer);
  return (
    <div className="dz-form">
      <Field label={t('richText.label')} hint={t('richText.hint')} group data-pointer={pointer}>
        {/* The editor follows `value` when undo or redo changes it from outside. */}
        {() => (
          <LazyRichTextEditor
            key={id}
            compact
            value={Array.isArray(content) ? (content as RichTextDoc) : EMPTY}
            onChange={(value) => designerActions().setRichText(id, value)}
            label={t('richText.label')}
          />
        )}
      </Field>
      {issues.length > 0 ? <IssueList issues={issues} showPaths={false} /> : null}
    </div>
  );
}
