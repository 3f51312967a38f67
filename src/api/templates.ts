import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { requestJson } from './client';
import {
  exportTargetSchema,
  templateListSchema,
  templateSchema,
  templateVersionDetailSchema,
  templateVersionsSchema,
  type CreateTemplateRequest,
  type SaveTemplateRequest,
  type Template,
} from './schemas';
import * as z from 'zod/mini';

/*
 * Templates: saved messages with their versions. A save names the version it started from
 * (`baseVersion`); when someone saved since, it fails with ApiRequestError code
 * `version-conflict` (409) and nothing is overwritten.
 */

export const templateKeys = {
  all: ['templates'] as const,
  lists: () => [...templateKeys.all, 'list'] as const,
  list: (q: string, trash: boolean) => [...templateKeys.lists(), q, trash] as const,
  detail: (id: string) => [...templateKeys.all, 'detail', id] as const,
  versions: (id: string) => [...templateKeys.all, 'versions', id] as const,
  version: (id: string, version: number) => [...templateKeys.versions(id), version] as const,
};

const path = (id: string) => `/api/templates/${encodeURIComponent(id)}`;

/** `GET /api/templates?q=&trash=`: most recently saved first. */
export const templatesOptions = (q = '', trash = false) =>
  queryOptions({
    queryKey: templateKeys.list(q, trash),
    queryFn: ({ signal }) =>
      requestJson(
        `/api/templates?q=${encodeURIComponent(q)}&trash=${String(trash)}`,
        templateListSchema,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });

export const templateOptions = (id: string) =>
  queryOptions({
    queryKey: templateKeys.detail(id),
    queryFn: ({ signal }) => requestJson(path(id), templateSchema, { signal }),
  });

export const templateVersionsOptions = (id: string) =>
  queryOptions({
    queryKey: templateKeys.versions(id),
    queryFn: ({ signal }) =>
      requestJson(`${path(id)}/versions`, templateVersionsSchema, { signal }),
  });

/** One version with its content; a saved version never changes. */
export const templateVersionOptions = (id: string, version: number) =>
  queryOptions({
    queryKey: templateKeys.version(id, version),
    queryFn: ({ signal }) =>
      requestJson(`${path(id)}/versions/${version}`, templateVersionDetailSchema, { signal }),
    staleTime: Infinity,
  });

/** `GET /api/export-target`: the app id and upstream URL for exported code. */
export const exportTargetOptions = () =>
  queryOptions({
    queryKey: ['export-target'],
    queryFn: ({ signal }) => requestJson('/api/export-target', exportTargetSchema, { signal }),
    staleTime: 5 * 60_000,
    retry: 1,
  });

function remember(client: QueryClient, template: Template): void {
  client.setQueryData(templateKeys.detail(template.id), template);
  void client.invalidateQueries({ queryKey: templateKeys.lists() });
  void client.invalidateQueries({ queryKey: templateKeys.versions(template.id) });
}

/** Calls that answer with a template, then refresh the lists and its versions. */
function useTemplateMutation<T>(call: (input: T) => Promise<Template>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: (template) => remember(client, template) });
}

export const useCreateTemplate = () =>
  useTemplateMutation((body: CreateTemplateRequest) =>
    requestJson('/api/templates', templateSchema, { method: 'POST', body }),
  );

export const useSaveTemplate = () =>
  useTemplateMutation(({ id, ...body }: SaveTemplateRequest & { id: string }) =>
    requestJson(path(id), templateSchema, { method: 'PUT', body }),
  );

export const useRenameTemplate = () =>
  useTemplateMutation(({ id, ...body }: { id: string; name?: string; description?: string }) =>
    requestJson(path(id), templateSchema, { method: 'PATCH', body }),
  );

export const useDuplicateTemplate = () =>
  useTemplateMutation(({ id, ...body }: { id: string; name: string; author?: string }) =>
    requestJson(`${path(id)}/duplicate`, templateSchema, { method: 'POST', body }),
  );

/** Moves to the trash (`trash`) or back out of it (`restore`). */
export const useTrashTemplate = () =>
  useTemplateMutation(({ id, action }: { id: string; action: 'trash' | 'restore' }) =>
    action === 'trash'
      ? requestJson(path(id), templateSchema, { method: 'DELETE' })
      : requestJson(`${path(id)}/restore`, templateSchema, { method: 'POST' }),
  );

export const useRestoreVersion = () =>
  useTemplateMutation(
    ({
      id,
      version,
      ...body
    }: {
      id: string;
      version: number;
      baseVersion: number;
      author?: string;
    }) =>
      requestJson(`${path(id)}/versions/${version}/restore`, templateSchema, {
        method: 'POST',
        body,
      }),
  );

/** Deletes a template in the trash for good (204, no body). */
export function usePurgeTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      requestJson(`${path(id)}?permanent=true`, z.undefined(), { method: 'DELETE' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: templateKeys.all }),
  });
}
