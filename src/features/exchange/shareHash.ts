/** A location hash that carries a shared message (`#share=…`); see shareLink.ts. */
export const SHARE_HASH = /(?:^#?|&)share=/;
