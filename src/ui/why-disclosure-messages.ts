import { defineMessages } from '../i18n/feature-messages';

/** The one word of the "Warum?" disclosure, and its English twin. */
export const whyDisclosureMessages = defineMessages({ summary: 'Warum?' }, { summary: 'Why?' });
