import type { ReactNode } from 'react';

/** Renders the "Anzeigen" buttons for a list of the application's file ids (attachment-file-buttons.tsx makes them). */
export type FileButtons = (fileIds: readonly string[]) => ReactNode;
