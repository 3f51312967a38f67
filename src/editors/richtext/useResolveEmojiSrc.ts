import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { statusOptions } from '../../api/status';
import { resolveEmojiSrc } from './resolveEmojiSrc';

/** Resolves emoji paths against `assetBase` from /api/status ('' = this app until known). */
export function useResolveEmojiSrc(): (src: string) => string | null {
  const { data } = useQuery(statusOptions());
  const base = data?.assetBase ?? '';
  return useCallback((src: string) => resolveEmojiSrc(src, base), [base]);
}
