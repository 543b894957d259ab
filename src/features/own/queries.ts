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

/** Add, remove one, remove all: each writes IndexedDB; removals then re-read it. */
export function useOwnFileActions() {
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: ownFilesQuery().queryKey });
  // The added file is put in the cache as it was stored: reading every file back from IndexedDB
  // would copy a 50,000-point file once more on the main thread, in one task.
  const add = useMutation({
    mutationFn: (file: OwnFile) => saveOwnFile(file),
    onSuccess: (_: void, file: OwnFile) =>
      client.setQueryData(ownFilesQuery().queryKey, (before) => [
        ...(before ?? []).filter((f) => f.id !== file.id),
        file,
      ]),
  });
  const remove = useMutation({ mutationFn: (id: string) => removeOwnFile(id), onSuccess });
  const removeAll = useMutation({ mutationFn: () => removeAllOwnFiles(), onSuccess });
  return { add, remove, removeAll };
}
