import { berlinDateTime, formatDate, formatDateTime } from '../antrag/antrag-format';

/**
 * The text of a provider's letter (issue 15): the address block from the IK register, the IK, the initial
 * password, the Prüfnummer and how long they hold. Plain text for the print service (outgoing_letters); German,
 * as the insurer's letters are. Shared by the server and its msw twin, so both post the same letter. Short sentences and numbered steps (docs/rules/plain-language.md).
 */
/** The addressee as the IK register holds it. */
export type LetterRecipient = { ik: string; name: string; addressLines: readonly string[] };

export type ProviderLetterInput = {
  recipient: LetterRecipient;
  reason: 'registration' | 'newLetter';
  initialPassword: string;
  pruefnummer: string;
  createdAt: Date;
  expiresAt: Date;
  insurer: { name: string; postalAddress: readonly string[]; phone: string };
};

export const providerLetterSubject = 'Ihr Zugang zur Online-Abfrage des Zuzahlungsstatus';

export function providerLetterText(input: ProviderLetterInput): { subject: string; body: string } {
  const { recipient, insurer } = input;
  const why =
    input.reason === 'registration'
      ? 'Sie haben den Zugang zur Online-Abfrage des Zuzahlungsstatus beantragt.'
      : 'Sie haben einen neuen Brief für die Online-Abfrage des Zuzahlungsstatus angefordert.';
  const body = [
    insurer.postalAddress.join(' · '),
    '',
    recipient.name,
    ...recipient.addressLines,
    '',
    formatDate(berlinDateTime(input.createdAt.toISOString()).date, 'de'),
    '',
    providerLetterSubject,
    `Institutionskennzeichen (IK): ${recipient.ik}`,
    '',
    'Sehr geehrte Damen und Herren,',
    '',
    `${why} Damit prüfen Sie, ob eine Patientin oder ein Patient von Zuzahlungen befreit ist.`,
    '',
    'So melden Sie sich an:',
    '1. Öffnen Sie die Online-Abfrage und wählen Sie „Anmelden“.',
    `2. Geben Sie Ihr IK und dieses Erstpasswort ein: ${input.initialPassword}`,
    `3. Geben Sie danach diese Prüfnummer ein: ${input.pruefnummer}`,
    '4. Legen Sie ein eigenes Passwort fest. Es muss mindestens 12 Zeichen haben.',
    '',
    `Erstpasswort und Prüfnummer gelten bis ${formatDateTime(input.expiresAt.toISOString(), 'de')}.`,
    'Sie können die Prüfnummer nur einmal verwenden.',
    'Dieser Brief ersetzt frühere Briefe mit Erstpasswort und Prüfnummer.',
    'Ein eigenes Passwort, das Sie schon haben, gilt weiter, bis Sie die Prüfnummer verwenden.',
    '',
    `Sie haben diesen Brief nicht angefordert? Dann rufen Sie uns bitte an: ${insurer.phone}.`,
    '',
    'Mit freundlichen Grüßen',
    insurer.name,
  ].join('\n');
  return { subject: providerLetterSubject, body };
}
