import type { TFunction } from 'i18next';
import { createContext, useContext, type ComponentType, type ReactNode } from 'react';

/** What a button in the preview did, for the event panel. */
export type PreviewAction =
  | {
      kind: 'click';
      label: string;
      /** The event name and value the app would receive, exactly as in the JSON. */
      event: unknown;
      value: unknown;
    }
  | { kind: 'view'; label: string; url: string }
  | { kind: 'view-invalid'; label: string; url: unknown }
  | { kind: 'unknown-type'; label: string; type: unknown };

export interface PreviewContextValue {
  /** Base URL for relative image paths; '' means this app. */
  assetBase: string;
  onAction?: (action: PreviewAction) => void;
  /** The `preview` namespace's translate function, looked up once per message. */
  t: TFunction<'preview'>;
  /** Wrappers an editor puts around the card's parts (the designer's canvas); none elsewhere. */
  slots?: CardSlots;
}

/**
 * Where an editor hooks into a rendered card. Each slot renders the part (`children`) inside
 * whatever it needs (selection, hover, a drag handle); the renderer's own markup is unchanged.
 */
export interface CardSlots {
  Header: ComponentType<{ children: ReactNode }>;
  /** One element; `renderElement` draws it exactly as the preview does. */
  Element: ComponentType<{ index: number; element: unknown }>;
  Button: ComponentType<{ elementIndex: number; buttonIndex: number; children: ReactNode }>;
  /** A React key per element (stable ids keep an element's state through a move). */
  keyOf: (index: number) => string | number;
}

const fallbackT = ((key: string) => key) as unknown as TFunction<'preview'>;

export const PreviewContext = createContext<PreviewContextValue>({ assetBase: '', t: fallbackT });

export const usePreviewContext = (): PreviewContextValue => useContext(PreviewContext);
