import { useState } from 'react';
import type { Emoji } from '../../api/schemas';

/** An emoji's picture, or its name in brackets when the picture cannot be loaded. */
export function EmojiImage({
  emoji,
  resolve,
}: {
  emoji: Emoji;
  resolve: (src: string) => string | null;
}) {
  const src = resolve(emoji.src);
  const [broken, setBroken] = useState(false);
  if (!src || broken) return <span className="rt-emoji-text">[{emoji.alt}]</span>;
  return (
    <img
      className="rt-emoji-image"
      src={src}
      alt={emoji.alt}
      title={emoji.alt}
      width={20}
      height={20}
      onError={() => setBroken(true)}
    />
  );
}
