import { useTranslation } from '../../../lib/i18n/useTranslation';
import { countPersonalRequests, type PersonalPlan } from '../../../fields/personalTable';
import '../send/ReviewDialog.css';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The review's facts of a personal send (its rows, in the review's list): distinct messages, requests, the largest size. */
export function PersonalReviewFacts({
  plan,
  batchSize,
  maxContentBytes,
}: {
  plan: PersonalPlan;
  batchSize: number;
  maxContentBytes: number;
}) {
  const { t } = useTranslation('personal');
  const over = plan.largestBytes > maxContentBytes;
  return (
    // Rows of the review's own list of facts, so that they line up with the rows above.
    <>
      <dt>{t('review.fields')}</dt>
      <dd>{plan.used.join(', ')}</dd>
      <dt>{t('review.distinct')}</dt>
      <dd data-testid="review-distinct">
        {t('review.distinctCount', {
          count: plan.distinct,
          people: plan.people.length - plan.skipped,
          requests: countPersonalRequests(plan, batchSize),
        })}
        {plan.skipped ? ` ${t('review.skipped', { count: plan.skipped })}` : null}
      </dd>
      <dt>{t('review.largest')}</dt>
      <dd data-testid="review-largest">
        {t('review.size', { size: kb(plan.largestBytes), limit: kb(maxContentBytes) })}
        {over ? (
          <span className="cp-bad" role="alert">
            {' '}
            {t('review.overLimit')}
          </span>
        ) : null}
      </dd>
    </>
  );
}
