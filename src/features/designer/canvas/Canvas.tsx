import { LayoutTemplate } from 'lucide-react';
import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { CLIENT_WIDTH } from '../../preview/clientWidth';
import { EventPanel } from '../../preview/EventPanel';
import { MessagePreview, type CardSlots, type PreviewAction } from '../../preview/MessagePreview';
import { ThemeSwitch, WidthSwitch } from '../../preview/PreviewSwitches';
import { useAppTheme } from '../../preview/useAppTheme';
import { useFitZoom } from '../../preview/useFitZoom';
import { useDesigner } from '../../../work/card/store/useDesignerStore';
import { CanvasButton } from './CanvasButton';
import { CanvasElement } from './CanvasElement';
import { CanvasHeader } from './CanvasHeader';
import { CANVAS_ID, useCanvasDrag } from './dnd';
import { provideDragTarget } from './dragTargets';
import { DropLine } from './DropLine';
import { ExampleButton } from './ExampleButton';
import './Canvas.css';

/**
 * The card being built, drawn by the preview's own renderer at the client's real width: what
 * you edit on is what recipients see. The renderer's slots add selection, hover, drag handles
 * and editing in place around its header, elements and buttons.
 */
export function Canvas() {
  const { t } = useTranslation('designer');
  const { t: tPreview } = useTranslation('preview');
  // Follows the screen until the switch is used: the desktop client where its 600 px fit, else
  // the mobile one (a phone shows the mobile client's rendering too).
  const [chosenWidth, setWidth] = useState<'desktop' | 'mobile' | undefined>(undefined);
  const stage = useRef<HTMLDivElement | null>(null);
  const desktopFits = useFitZoom(stage, CLIENT_WIDTH.desktop) === 1;
  const width = chosenWidth ?? (desktopFits ? 'desktop' : 'mobile');
  // Narrower still (a 390 px phone), the client's real width is zoomed out to fit, as the
  // preview pane does, so lines break where the recipient's do and nothing scrolls sideways.
  const zoom = useFitZoom(stage, CLIENT_WIDTH[width]);
  const appTheme = useAppTheme();
  // Follows the app's theme until the switch is used.
  const [chosenTheme, setTheme] = useState<'light' | 'dark' | undefined>(undefined);
  const theme = chosenTheme ?? appTheme;
  const [action, setAction] = useState<PreviewAction | null>(null);
  const onAction = useCallback((next: PreviewAction) => setAction(next), []);

  // The card is read by CanvasStage alone: a keystroke re-renders the rendering, not the
  // switches above it or the event panel under it.
  return (
    <section className="dz-canvas" aria-label={t('canvas.label')}>
      <div className="dz-canvas__bar">
        <WidthSwitch value={width} onChange={setWidth} />
        <ThemeSwitch value={theme} onChange={setTheme} />
        {zoom < 1 ? (
          <p className="dz-canvas__scale">
            {tPreview('width.scaled', { percent: Math.round(zoom * 100) })}
          </p>
        ) : null}
      </div>
      <CanvasStage stageRef={stage} width={width} theme={theme} zoom={zoom} onAction={onAction} />
      <EventPanel action={action} onClear={() => setAction(null)} />
    </section>
  );
}

/** The card itself, as the renderer draws it, with its draggable elements and drop target. */
const CanvasStage = memo(function CanvasStage({
  stageRef,
  width,
  theme,
  zoom,
  onAction,
}: {
  /** Set to the stage element, which the canvas measures to fit the card. */
  stageRef: RefObject<HTMLDivElement | null>;
  width: 'desktop' | 'mobile';
  theme: 'light' | 'dark';
  zoom: number;
  onAction: (action: PreviewAction) => void;
}) {
  const { t } = useTranslation('designer');
  const card = useDesigner((state) => state.doc.card);
  const ids = useDesigner((state) => state.doc.elementIds);
  const dropping = useCanvasDrag((state) => state.gap !== null);
  // The drop target, for dnd-kit's side of the canvas (CanvasDropTarget).
  useLayoutEffect(() => provideDragTarget(CANVAS_ID, { node: stageRef }), [stageRef]);
  const message = useMemo(() => ({ msg_type: 'interactive' as const, content: card }), [card]);
  const slots = useMemo<CardSlots>(
    () => ({
      Header: CanvasHeader,
      Element: CanvasElement,
      Button: CanvasButton,
      keyOf: (index) => ids[index] ?? index,
    }),
    [ids],
  );

  return (
    <div
      ref={stageRef}
      className={`dz-stage dz-preview dz-stage--${width}${dropping && ids.length === 0 ? ' is-drop-empty' : ''}`}
      data-canvas-drop
    >
      <div className="dz-fit" style={zoom < 1 ? { zoom } : undefined}>
        <MessagePreview
          message={message}
          width={width}
          theme={theme}
          onAction={onAction}
          slots={slots}
        />
      </div>
      <DropLine />
      {ids.length === 0 ? (
        <div className={`dz-empty${dropping ? ' is-active' : ''}`}>
          <LayoutTemplate size={28} aria-hidden="true" />
          <p className="dz-empty__title">{t('canvas.emptyTitle')}</p>
          <p className="dz-empty__text">{t('canvas.emptyText')}</p>
          <ExampleButton />
        </div>
      ) : null}
    </div>
  );
});
