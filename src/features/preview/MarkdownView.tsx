import { memo, useMemo } from 'react';
import { useMarkdownRenderer } from './markdownRenderer';

/**
 * Mind's markdown dialect, rendered and sanitised (memoised by source). Until the renderer has
 * downloaded (markdownRenderer.ts), the source shows as plain text.
 */
export const MarkdownView = memo(function MarkdownView({ source }: { source: string }) {
  const render = useMarkdownRenderer();
  const html = useMemo(() => (render ? render(source) : null), [render, source]);
  if (html === null) {
    return (
      <div className="mp-md mp-md-pending" aria-busy="true">
        {source}
      </div>
    );
  }
  return <div className="mp-md" dangerouslySetInnerHTML={{ __html: html }} />;
});
