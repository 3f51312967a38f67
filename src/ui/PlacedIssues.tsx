import type { MindIssue } from '../mind';
import { lazyComponent } from './lazyComponent';

/**
 * Problems in a message refused, for people who do not read JSON: each says where it is in
 * words ("The text of block 4"); its JSON pointer is the place's title, for engineers. Its
 * code and words download when a refusal is first shown.
 */
export const PlacedIssues = lazyComponent<{ issues: readonly MindIssue[] }>(() =>
  import('./PlacedIssuesPanel').then((module) => module.PlacedIssuesPanel),
);
