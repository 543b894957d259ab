import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listOwnFiles, removeAllOwnFiles, removeOwnFile, saveOwnFile, type OwnFile } from '../../data/own/store';

/** Whether this browser offers IndexedDB (jsdom and some private modes do not): without it, no file is kept. */
export const ownStorageAvailable = (): boolean => typeof indexedDB !== 'undefined';

/** Your files, read from this browser's IndexedDB; they change only through the mutations below. */
export const ownFilesQuery = () =>
  queryOptions({
    queryKey: ['own-files'] as const,
    queryFn: (): Promise<OwnFile[]> => (ownStorageAvailable() ? listOwnFiles() : Promise.resolve([])),
    staleTime: Infinity,
  });

const NO_FILES: readonly OwnFile[] = [];

/** Every kept file (none while loading, or when storage fails: the published data shows as ever). */
export function useOwnFiles(): { files: readonly OwnFile[]; error: Error | null } {
  const query = useQuery(ownFilesQuery());
  return { files: query.data ?? NO_FILES, error: query.error };
}

/** Add, remove one, remove all: each writes IndexedDB, then re-reads it. */
export function useOwnFileActions() {
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: ownFilesQuery().queryKey });
  const add = useMutation({ mutationFn: (file: OwnFile) => saveOwnFile(file), onSuccess });
  const remove = useMutation({ mutationFn: (id: string) => removeOwnFile(id), onSuccess });
  const removeAll = useMutation({ mutationFn: () => removeAllOwnFiles(), onSuccess });
  return { add, remove, removeAll };
}
