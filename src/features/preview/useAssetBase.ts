import { QueryClient, QueryClientContext, useQuery } from '@tanstack/react-query';
import { useContext } from 'react';
import { statusOptions } from '../../api/status';

let fallbackClient: QueryClient | undefined;
const getFallbackClient = (): QueryClient => (fallbackClient ??= new QueryClient());

/**
 * The base that emoji paths resolve against: `assetBase` from `/api/status`, or '' (this app)
 * while it loads, when the server is offline, or outside a QueryClientProvider. Asks nothing
 * when `enabled` is false (the caller already knows the base).
 */
export function useAssetBase(enabled = true): string {
  const client = useContext(QueryClientContext) ?? getFallbackClient();
  const { data } = useQuery({ ...statusOptions(), enabled }, client);
  return data?.assetBase ?? '';
}
