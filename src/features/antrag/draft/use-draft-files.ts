import { useDraft } from './draft-context';

/** The open draft's files: adding (checked and shrunk), removing, and reading their bytes back. */
export function useDraftFiles() {
  const { addFiles, removeFile, loadFileBytes } = useDraft();
  return { addFiles, removeFile, loadFileBytes };
}
