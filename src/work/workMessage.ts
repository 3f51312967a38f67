import type { MsgType } from '../mind';

/**
 * A message as the app holds it while it is worked on, saved, shared or sent: its type and its
 * Mind content (an object, an array for rich_text), exactly as the server takes it.
 */
export interface WorkMessage {
  msg_type: MsgType;
  content: unknown;
}
