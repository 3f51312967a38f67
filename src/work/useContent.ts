import { useMemo, useSyncExternalStore } from 'react';
import type { MsgType } from '../mind';
import { EDITORS } from './editors';

/** What the editor of `msgType` holds now, as Mind content; re-renders when it changes. */
export function useContent(msgType: MsgType): unknown {
  const editor = EDITORS[msgType];
  const source = useSyncExternalStore(editor.subscribe, editor.source);
  return useMemo(() => editor.toContent(source), [editor, source]);
}
