import { WandSparkles } from 'lucide-react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import type { MindIssue } from '../../../mind';
import { Button } from '../../../ui/Button';
import { applyFix } from '../applyFix';
import './FixButton.css';

/** The one-step fix of a field's issue; focus goes back to the field once it is applied. */
export function FixButton({ issue, onFixed }: { issue: MindIssue; onFixed: () => void }) {
  const { t } = useTranslation('designer');
  return (
    <Button
      size="sm"
      variant="secondary"
      className="dz-fix"
      icon={<WandSparkles size={14} />}
      onClick={() => {
        applyFix(t, issue);
        onFixed();
      }}
    >
      {t(`fixes.${issue.code}.label`)}
    </Button>
  );
}
