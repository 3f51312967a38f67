import { ChevronDown, ChevronUp } from 'lucide-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../lib/i18n/useTranslation';
import './CollapsiblePreview.css';

/** A preview cut to `maxHeight` pixels, with a button to show it all when it is longer. */
export function CollapsiblePreview({
  children,
  maxHeight = 280,
}: {
  children: ReactNode;
  maxHeight?: number;
}) {
  const { t } = useTranslation();
  const inner = useRef<HTMLDivElement>(null);
  const [long, setLong] = useState(false);
  const [open, setOpen] = useState(false);
  const id = useId();

  useEffect(() => {
    const element = inner.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setLong(element.scrollHeight > maxHeight + 24));
    observer.observe(element);
    return () => observer.disconnect();
  }, [maxHeight]);

  const collapsed = long && !open;
  return (
    <div className={collapsed ? 'ui-collapse ui-collapse--closed' : 'ui-collapse'}>
      <div id={id} className="ui-collapse__body" style={collapsed ? { maxHeight } : undefined}>
        <div ref={inner}>{children}</div>
      </div>
      {long ? (
        <button
          type="button"
          className="ui-collapse__toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {open ? (
            <ChevronUp size={14} aria-hidden="true" />
          ) : (
            <ChevronDown size={14} aria-hidden="true" />
          )}
          {open ? t('collapse.less') : t('collapse.more')}
        </button>
      ) : null}
    </div>
  );
}
