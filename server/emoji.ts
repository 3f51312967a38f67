import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_EMOJI } from '../src/mind';
import { emojiSchema, type Emoji } from '../src/api/schemas';
import { ConfigError } from './config';

/** The emoji the editor offers: EMOJI_FILE (a JSON list of `{alt, src}`), else the defaults. */
export function loadEmoji(file: string | null): Emoji[] {
  if (!file) return DEFAULT_EMOJI.map((emoji) => ({ ...emoji }));
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(
      `EMOJI_FILE: cannot read "${file}" as JSON (${(error as Error).message})`,
    );
  }
  const parsed = z.array(emojiSchema).safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(
      `EMOJI_FILE: entry ${first?.path.join('.') ?? '?'}: ${first?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}
