import { memo, useMemo } from 'react';
import { renderMarkdown } from './renderMarkdown';

/** Mind's markdown dialect, rendered and sanitised (memoised by source). */
export const MarkdownView = memo(function MarkdownView({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return <div className="mp-md" dangerouslySetInnerHTML={{ __html: html }} />;
});
