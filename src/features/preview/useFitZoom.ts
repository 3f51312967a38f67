import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How much to zoom content `naturalWidth` pixels wide so it fits the content box of `stage`:
 * 1 when it fits, less when the stage is narrower. Follows the stage as it is resized.
 */
export function useFitZoom(stage: RefObject<HTMLElement | null>, naturalWidth: number): number {
  const [zoom, setZoom] = useState(1);
  useLayoutEffect(() => {
    const element = stage.current;
    if (!element) return;
    const measure = () => {
      const style = getComputedStyle(element);
      const available =
        element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      // Hundredths, so sub-pixel jitter does not re-render.
      const next =
        available > 0 ? Math.min(1, Math.floor((available / naturalWidth) * 100) / 100) : 1;
      setZoom(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [stage, naturalWidth]);
  return zoom;
}
