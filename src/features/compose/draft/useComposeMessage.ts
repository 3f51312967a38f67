import { useMemo } from 'react';
import { validateContent, type MindIssue } from '../../../mind';
import { useComposeDraft } from '../../../work/compose/composeDraftStore';
import { useContent } from '../../../work/useContent';
import type { WorkMessage } from '../../../work/workMessage';

/**
 * The message compose would send: the work of the editor of the chosen type (src/work: its own
 * text, markdown or article draft, the rich text draft shared with /rich-text, or the designer's
 * card); its issues for the chosen channel (mentions, `all` only in a group).
 */
export function useComposeMessage(): { message: WorkMessage; issues: MindIssue[] } {
  const msgType = useComposeDraft((state) => state.msgType);
  const channel = useComposeDraft((state) => state.channel);
  const content = useContent(msgType);
  const message = useMemo(() => ({ msg_type: msgType, content }), [msgType, content]);
  const issues = useMemo(
    () => validateContent(message.msg_type, message.content, '/content', channel),
    [message, channel],
  );
  return { message, issues };
}
