import type { Batch } from '../../../api/schemas';

export interface FailureText {
  /** i18n key in the compose namespace. */
  key: string;
  params: Record<string, string | number>;
}

const codeNumber = (code: Batch['code']): number | null => {
  const number = typeof code === 'number' ? code : Number(code);
  return code === null || code === '' || Number.isNaN(number) ? null : number;
};

/**
 * What went wrong with one batch, in plain words: Mind's refusal (with its `code` and `msg`
 * kept verbatim beside it), no answer at all, or an outcome lost to a restart.
 */
export function describeFailure(batch: Batch): FailureText {
  if (batch.status === 'unknown') return { key: 'failure.unknown', params: {} };
  if (batch.code === null || batch.code === undefined) {
    return { key: 'failure.noAnswer', params: { detail: batch.error ?? '' } };
  }
  const params = { code: String(batch.code), msg: batch.msg ?? '' };
  switch (codeNumber(batch.code)) {
    case 401:
      return { key: 'failure.credentials', params };
    case 403:
      return { key: 'failure.forbidden', params };
    case 429:
      return { key: 'failure.rateLimited', params };
    default:
      return { key: 'failure.refused', params };
  }
}

/** The batches that did not go: failed, or lost to a restart. */
export const failedBatches = (batches: readonly Batch[]): Batch[] =>
  batches.filter((batch) => batch.status === 'failed' || batch.status === 'unknown');
