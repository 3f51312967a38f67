/** An emoji as Mind's rich_text stores it: a name and an image path on the Mind client. */
export interface MindEmoji {
  alt: string;
  src: string;
}

/** The emoji offered by default; `鼓掌` is the one the spec's example uses. */
export const DEFAULT_EMOJI: readonly MindEmoji[] = [
  { alt: '鼓掌', src: '/images/emoji_applaud.png' },
  { alt: '点赞', src: '/images/emoji_thumbsup.png' },
  { alt: '微笑', src: '/images/emoji_smile.png' },
  { alt: '大笑', src: '/images/emoji_laugh.png' },
  { alt: '爱心', src: '/images/emoji_heart.png' },
  { alt: '庆祝', src: '/images/emoji_party.png' },
  { alt: '加油', src: '/images/emoji_fighting.png' },
  { alt: '好的', src: '/images/emoji_ok.png' },
  { alt: '感谢', src: '/images/emoji_thanks.png' },
  { alt: '思考', src: '/images/emoji_thinking.png' },
  { alt: '火', src: '/images/emoji_fire.png' },
  { alt: '对勾', src: '/images/emoji_check.png' },
  { alt: '警告', src: '/images/emoji_warning.png' },
  { alt: '火箭', src: '/images/emoji_rocket.png' },
  { alt: '咖啡', src: '/images/emoji_coffee.png' },
  { alt: '握手', src: '/images/emoji_handshake.png' },
];
