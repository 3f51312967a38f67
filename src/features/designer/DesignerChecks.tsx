import { CheckCircle2 } from 'lucide-react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import type { MindIssue } from '../../mind';
import { IssueList } from '../../ui/IssueList';
import { applyFix } from './applyFix';
import { isFixable } from '../../work/card/model/fixIssue';
import { placeOfIssue } from './placeOfIssue';
import { showIssue } from './showIssue';
import { useCardIssues } from './useCardIssues';
import './DesignerChecks.css';

/**
 * Every issue of the card, and each button value whose text is not JSON yet; clicking one
 * selects what it concerns and focuses its field. An issue with a one-step fix has a button
 * that applies it and then shows the mended field.
 */
export function DesignerChecks() {
  const { t } = useTranslation('designer');
  const issues = useCardIssues();
  const errors = issues.filter((item) => item.severity === 'error').length;
  const warnings = issues.length - errors;

  return (
    <section className="dz-checks" aria-labelledby="dz-checks-title">
      <h2 id="dz-checks-title" className="dz-panel-title">
        {t('checks.title')}
        {issues.length > 0 ? (
          <span className="dz-checks__counts">
            {errors > 0 ? (
              <span className="dz-count dz-count--error">
                {t('checks.errors', { count: errors })}
              </span>
            ) : null}
            {warnings > 0 ? (
              <span className="dz-count dz-count--warning">
                {t('checks.warnings', { count: warnings })}
              </span>
            ) : null}
          </span>
        ) : null}
      </h2>
      {issues.length === 0 ? (
        <p className="dz-checks__ok">
          <CheckCircle2 size={16} aria-hidden="true" />
          {t('checks.none')}
        </p>
      ) : (
        <IssueList
          issues={issues}
          onSelect={showIssue}
          showPaths={false}
          placeOf={(item) => placeOfIssue(t, item)}
          fixOf={(item: MindIssue) =>
            isFixable(item)
              ? {
                  label: t(`fixes.${item.code}.label`),
                  apply: () => {
                    applyFix(t, item);
                    showIssue(item);
                  },
                }
              : null
          }
        />
      )}
    </section>
  );
}
