import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';

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
}

const fallbackT = ((key: string) => key) as unknown as TFunction<'preview'>;

export const PreviewContext = createContext<PreviewContextValue>({ assetBase: '', t: fallbackT });

export const usePreviewContext = (): PreviewContextValue => useContext(PreviewContext);
