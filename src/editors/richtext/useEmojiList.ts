import { useQuery } from '@tanstack/react-query';
import { emojiOptions } from '../../api/emoji';
import type { Emoji } from '../../api/schemas';
import { DEFAULT_EMOJI } from '../../mind';

/** The emoji to offer: the server's list, or the built-in defaults when it cannot be had. */
export function useEmojiList(): { emoji: readonly Emoji[]; usingDefaults: boolean } {
  const { data, isError } = useQuery(emojiOptions());
  const fromServer = data?.emoji;
  if (fromServer && fromServer.length > 0) return { emoji: fromServer, usingDefaults: false };
  return { emoji: DEFAULT_EMOJI, usingDefaults: isError };
}
