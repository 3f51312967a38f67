import { useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { editorPath } from './editors';
import { hasUnsavedWork, loadMessage } from './editorWork';
import { ReplaceWorkDialog } from './ReplaceWorkDialog';
import type { TemplateLink } from './templateLinks';
import type { WorkMessage } from './workMessage';

export interface OpenOptions {
  /** The template it comes from; null (the default) for an import or a shared link. */
  link?: TemplateLink | null;
  /** Named in the confirmation, e.g. the template's name. */
  incoming: string;
  /** After it is in its editor (before the page changes). */
  onOpened?: () => void;
}

interface Pending extends OpenOptions {
  message: WorkMessage;
}

/**
 * Opens a message in its editor and goes there, asking first when that would replace unsaved
 * work. Render `dialog` where the hook is used.
 */
export function useOpenMessage(): {
  /** Opens the message, or asks first; a new question replaces one still pending. */
  open: (message: WorkMessage, options: OpenOptions) => void;
  /** Drops the pending question, if any, as "Keep my work" does. */
  cancel: () => void;
  dialog: ReactNode;
} {
  const [, navigate] = useLocation();
  const [pending, setPending] = useState<Pending | null>(null);

  const finish = ({ message, link = null, onOpened }: Pending) => {
    loadMessage(message, link);
    onOpened?.();
    navigate(editorPath(message.msg_type));
  };

  const open = (message: WorkMessage, options: OpenOptions) => {
    const request = { ...options, message };
    if (hasUnsavedWork(message.msg_type, message.content)) setPending(request);
    else {
      setPending(null);
      finish(request);
    }
  };
  const cancel = () => setPending(null);

  const dialog = pending ? (
    <ReplaceWorkDialog
      msgType={pending.message.msg_type}
      incoming={pending.incoming}
      onCancel={() => setPending(null)}
      onReplace={() => {
        setPending(null);
        finish(pending);
      }}
    />
  ) : null;

  return { open, cancel, dialog };
}
