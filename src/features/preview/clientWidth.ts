/** The width of the message area in Mind's clients (`--mp-width` in preview.css). */
export const CLIENT_WIDTH = { desktop: 600, mobile: 375 } as const;
