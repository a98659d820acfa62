import { defineMessages } from '../../i18n/feature-messages';

// The page itself is German only (leichte-sprache-text.ts): only its title and the note for other readers translate.
export const leichteSpracheMessages = defineMessages(
  {
    title: 'Leichte Sprache',
    note: 'Diese Seite gibt es nur auf Deutsch.',
  },
  {
    title: 'Leichte Sprache (easy-to-read German)',
    note: 'This page is in Leichte Sprache, a plain form of German for people who find reading hard; it exists in German only.',
  },
);
