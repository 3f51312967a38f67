import { issue, stringifyJson, type MindIssue } from '../../../mind';

/** KB to one decimal, as the review and the checks write sizes. */
export const kilobytes = (bytes: number): string => (bytes / 1024).toFixed(1);

/** A message's content as it goes on the wire (JSON, UTF-8), in bytes. */
export const contentBytes = (content: unknown): number =>
  new TextEncoder().encode(stringifyJson(content)).length;

/**
 * A warning when the content is larger than `limit` (MIND_MAX_CONTENT_BYTES): Mind documents no
 * limit, Feishu's is 30 KB, so a larger message may be refused. Not a blocker.
 */
export function contentSizeIssue(content: unknown, limit: number): MindIssue | null {
  const bytes = contentBytes(content);
  if (bytes <= limit) return null;
  const size = kilobytes(bytes);
  const most = kilobytes(limit);
  return issue(
    'warning',
    '/content',
    'content-too-large',
    `The message is ${size} KB, more than ${most} KB: Mind may refuse it`,
    { size, limit: most },
  );
}
