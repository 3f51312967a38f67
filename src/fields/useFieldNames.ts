import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { DIRECTORY_FIELDS } from '../api/personal';
import { statusOptions } from '../api/status';
import { usePersonal } from './personalStore';

export interface FieldNames {
  /** The loaded list's columns. */
  listed: readonly string[];
  /** Every field a message may use: the list's columns, then the directory's it has not. */
  all: readonly string[];
}

/** The fields available while a list with fields is loaded; null without one. */
export function useFieldNames(): FieldNames | null {
  const listed = usePersonal((state) => state.table?.columns ?? null);
  const status = useQuery(statusOptions());
  const directory = status.data?.directoryFields ?? DIRECTORY_FIELDS;
  return useMemo(
    () =>
      listed?.length
        ? {
            listed,
            all: [...listed, ...directory.filter((name) => !listed.includes(name))],
          }
        : null,
    [listed, directory],
  );
}
