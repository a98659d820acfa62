// The names the PDF check acts on, and what it says about them.

// What a PDF may do when a caseworker opens it (ISO 32000-1 § 12.6 actions, § 12.7.8 XFA, § 13.7 rich media).
// Running script, starting programs, opening other files, sending or importing form data are refused: no
// applicant needs them. Encryption, embedded files (e-invoices carry their XML that way), links and automatic
// actions occur in real pension notices and scanner output: those are accepted and flagged, so the caseworker
// opens the file with care. Every name in every object counts, as key or value: /S /JavaScript and /JS (…)
// alike, wherever the object sits.

export type Finding = { code: string; de: string; en: string };

const javascript: Finding = { code: 'pdf.javascript', de: 'enthält JavaScript', en: 'contains JavaScript' };
const remote: Finding = {
  code: 'pdf.remote-goto',
  de: 'kann andere Dateien öffnen (/GoToR, /GoToE)',
  en: 'can open other files (/GoToR, /GoToE)',
};
const richMedia: Finding = {
  code: 'pdf.rich-media',
  de: 'enthält eingebettete Multimedia-Inhalte (/RichMedia)',
  en: 'contains embedded multimedia (/RichMedia)',
};
const embedded: Finding = {
  code: 'pdf.embedded-file',
  de: 'enthält eingebettete Dateien',
  en: 'contains embedded files',
};
const automatic: Finding = {
  code: 'pdf.automatic-action',
  de: 'löst beim Öffnen Aktionen aus',
  en: 'triggers actions when opened',
};

// Maps, not object literals: a PDF name like /constructor must not find Object.prototype's members.
export const refused = new Map<string, Finding>([
  ['JavaScript', javascript],
  ['JS', javascript],
  [
    'Launch',
    { code: 'pdf.launch', de: 'kann Programme starten (/Launch)', en: 'can start programs (/Launch)' },
  ],
  ['SubmitForm', { code: 'pdf.submit-form', de: 'kann Formulardaten versenden', en: 'can send form data' }],
  ['ImportData', { code: 'pdf.import-data', de: 'kann Daten importieren', en: 'can import data' }],
  ['GoToR', remote],
  ['GoToE', remote],
  ['RichMedia', richMedia],
  ['RichMediaContent', richMedia],
  ['XFA', { code: 'pdf.xfa', de: 'enthält ein XFA-Formular', en: 'contains an XFA form' }],
]);

export const flagged = new Map<string, Finding>([
  ['EmbeddedFile', embedded],
  ['EmbeddedFiles', embedded],
  ['OpenAction', automatic],
  ['AA', automatic],
  ['URI', { code: 'pdf.uri', de: 'enthält Links ins Internet', en: 'contains links to the internet' }],
]);

export const encrypted: Finding = { code: 'pdf.encrypted', de: 'ist verschlüsselt', en: 'is encrypted' };
export const encryptedUnchecked: Finding = {
  code: 'pdf.encrypted-unchecked',
  de: 'ist verschlüsselt, und ein Teil ließ sich nicht auf aktive Inhalte prüfen. Sie darf nur in der App angezeigt und nie zum Öffnen außerhalb angeboten werden',
  en: 'is encrypted and part of it could not be checked for active content. It may only be shown inside the app, never offered for opening elsewhere',
};
export const unscannable: Finding = {
  code: 'pdf.unscannable',
  de: 'enthält Teile, die sich nicht auf aktive Inhalte prüfen lassen',
  en: 'holds parts that cannot be checked for active content',
};
export const unreadable: Finding = {
  code: 'pdf.unreadable',
  de: 'lässt sich nicht als PDF lesen',
  en: 'cannot be read as a PDF',
};
