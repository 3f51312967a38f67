/**
 * Lines above which the list is shown as a summary rather than as text: Chrome takes seconds to
 * lay out a textarea of 100,000 ids (2.8 MB), and as long again for each key typed in it.
 */
export const SUMMARY_LINES = 2000;

/** Lines of `text` (a trailing line break does not start another). */
export function countLines(text: string): number {
  if (text === '') return 0;
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  return text.endsWith('\n') ? lines - 1 : lines;
}
