import { defineMessages, useMessages, type FeatureTranslate } from '../i18n/feature-messages';

/** Copy the primitives bring themselves; pages pass everything that names their own questions. */
export const uiMessages = defineMessages(
  {
    'error.prefix': 'Fehler:',
    'warning.prefix': 'Warnung',
    'file.remove': 'Entfernen',
    'file.added': 'Datei hinzugefügt: {name}',
    'file.removed': 'Datei entfernt: {name}',
    'file.busy': 'Die Datei wird verarbeitet …',
    'file.list': 'Hinzugefügte Dateien',
    'file.preview': 'Vorschau: {name}',
  },
  {
    'error.prefix': 'Error:',
    'warning.prefix': 'Warning',
    'file.remove': 'Remove',
    'file.added': 'File added: {name}',
    'file.removed': 'File removed: {name}',
    'file.busy': 'Processing the file …',
    'file.list': 'Files added',
    'file.preview': 'Preview: {name}',
  },
);

type UiMessageKey = keyof typeof uiMessages.de;

export function useUiMessages(): FeatureTranslate<UiMessageKey> {
  return useMessages(uiMessages);
}
