import type { TFunction } from 'i18next';
import type { MindIssue } from '../mind';

/** The issue in the reader's language, falling back to the model's English sentence. */
export function issueText(t: TFunction, item: MindIssue): string {
  return t(item.code, { ns: 'issues', defaultValue: item.message, ...item.params });
}
