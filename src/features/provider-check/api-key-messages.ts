import { defineMessages } from '../../i18n/feature-messages';

/** API keys for practice and pharmacy software (issue 15): made with a label, shown once, revoked on purpose. */
export const apiKeyMessages = defineMessages(
  {
    'keys.title': 'Schnittstelle für Ihre Praxis- oder Apothekensoftware',
    'keys.lead':
      'Ihre Software kann den Status auch selbst abfragen. Dafür braucht sie einen Schlüssel. Es gelten dieselben Regeln wie auf dieser Seite: Einwilligung, Tageslimit und Protokoll.',
    'keys.new.title': 'Neuen Schlüssel erstellen',
    'keys.label.label': 'Bezeichnung des Schlüssels',
    'keys.label.hint': 'Damit Sie ihn später wiedererkennen. Zum Beispiel „Kasse 1“.',
    'keys.error.summary': 'Bitte prüfen Sie Ihre Angaben',
    'keys.error.label.required': 'Geben Sie eine Bezeichnung für den Schlüssel ein.',
    'keys.error.label.long': 'Die Bezeichnung darf höchstens 80 Zeichen lang sein.',
    'keys.create': 'Schlüssel erstellen',
    'keys.creating': 'Der Schlüssel wird erstellt …',
    'keys.created.title': 'Ihr neuer Schlüssel „{label}“',
    'keys.created.once':
      'Kopieren Sie den Schlüssel jetzt und tragen Sie ihn in Ihrer Software ein. Er wird nur dieses eine Mal angezeigt.',
    'keys.secret.label': 'Schlüssel',
    'keys.copy': 'Schlüssel kopieren',
    'keys.copied': 'Der Schlüssel ist kopiert.',
    'keys.copyFailed':
      'Kopieren hat nicht geklappt. Markieren Sie den Schlüssel und kopieren Sie ihn selbst.',
    'keys.createFailed.title': 'Der Schlüssel konnte nicht erstellt werden',
    'keys.createFailed.text': 'Der Server antwortet nicht. Versuchen Sie es in ein paar Minuten noch einmal.',

    'keys.example.title': 'So fragt Ihre Software ab',
    'keys.example.text':
      'Ihre Software schickt die Angaben per POST, nie in der Adresse. Mit dem Header „Accept: application/fhir+json“ kommt die Antwort als FHIR-Parameters mit dem Zuzahlungsstatus. Ohne diesen Header kommt einfaches JSON.',
    'keys.example.request': 'Beispiel: eine Abfrage mit curl',
    'keys.example.answer': 'Beispiel: die Antwort für eine befreite Person',
    'keys.example.consent':
      'Mögliche Werte für „consent“: writtenOnFile (schriftliche Einwilligung liegt vor), givenOrally (mündlich erteilt), cardPresented (Gesundheitskarte vorgelegt), byRepresentative (durch eine vertretungsberechtigte Person).',
    'keys.example.notExempt':
      'Bei „nicht befreit“ enthält die Antwort nur den Status, ohne Initialen. Bitten Sie die Person dann um ihren Befreiungsausweis.',
    'keys.example.placeholder': 'IHR_SCHLUESSEL',

    'keys.list.title': 'Ihre Schlüssel',
    'keys.list.caption': 'Ihre Schlüssel',
    'keys.list.label': 'Bezeichnung',
    'keys.list.created': 'Erstellt am',
    'keys.list.lastUsed': 'Zuletzt benutzt',
    'keys.list.action': 'Aktion',
    'keys.list.never': 'noch nie',
    'keys.list.none': 'Sie haben noch keinen Schlüssel.',
    'keys.list.loading': 'Die Schlüssel werden geladen …',
    'keys.list.failed': 'Die Schlüssel konnten nicht geladen werden. Versuchen Sie es später noch einmal.',
    'keys.revoke': 'Widerrufen',
    'keys.revoke.context': 'Schlüssel „{label}“',
    'keys.revoke.confirm.title': 'Schlüssel „{label}“ widerrufen?',
    'keys.revoke.confirm.text':
      'Software mit diesem Schlüssel kann danach nicht mehr abfragen. Das lässt sich nicht rückgängig machen.',
    'keys.revoke.yes': 'Ja, widerrufen',
    'keys.revoke.no': 'Abbrechen',
    'keys.revoked': 'Der Schlüssel „{label}“ ist widerrufen.',
    'keys.revokeFailed': 'Der Schlüssel konnte nicht widerrufen werden. Versuchen Sie es noch einmal.',
  },
  {
    'keys.title': 'Interface for your practice or pharmacy software',
    'keys.lead':
      'Your software can check the status by itself. It needs a key for that. The same rules apply as on this website: consent, daily limit and record.',
    'keys.new.title': 'Make a new key',
    'keys.label.label': 'Name of the key',
    'keys.label.hint': 'So that you recognise it later. For example "Till 1".',
    'keys.error.summary': 'Please check your entries',
    'keys.error.label.required': 'Enter a name for the key.',
    'keys.error.label.long': 'The name must not be longer than 80 characters.',
    'keys.create': 'Make key',
    'keys.creating': 'Making the key …',
    'keys.created.title': 'Your new key "{label}"',
    'keys.created.once': 'Copy the key now and enter it in your software. It is shown this one time only.',
    'keys.secret.label': 'Key',
    'keys.copy': 'Copy key',
    'keys.copied': 'The key has been copied.',
    'keys.copyFailed': 'Copying did not work. Select the key and copy it yourself.',
    'keys.createFailed.title': 'The key could not be made',
    'keys.createFailed.text': 'The server is not responding. Please try again in a few minutes.',

    'keys.example.title': 'How your software checks',
    'keys.example.text':
      'Your software sends the details by POST, never in the address. With the header "Accept: application/fhir+json" the answer comes as FHIR Parameters with the co-payment status. Without this header it comes as plain JSON.',
    'keys.example.request': 'Example: a check with curl',
    'keys.example.answer': 'Example: the answer for an exempt person',
    'keys.example.consent':
      'Possible values for "consent": writtenOnFile (written consent is on file), givenOrally (given orally), cardPresented (health card presented), byRepresentative (by a person entitled to represent them).',
    'keys.example.notExempt':
      'For "not exempt" the answer holds the status only, without initials. Then ask the person for their exemption card (Befreiungsausweis).',
    'keys.example.placeholder': 'YOUR_KEY',

    'keys.list.title': 'Your keys',
    'keys.list.caption': 'Your keys',
    'keys.list.label': 'Name',
    'keys.list.created': 'Made on',
    'keys.list.lastUsed': 'Last used',
    'keys.list.action': 'Action',
    'keys.list.never': 'never',
    'keys.list.none': 'You have no key yet.',
    'keys.list.loading': 'Loading the keys …',
    'keys.list.failed': 'The keys could not be loaded. Please try again later.',
    'keys.revoke': 'Revoke',
    'keys.revoke.context': 'key "{label}"',
    'keys.revoke.confirm.title': 'Revoke the key "{label}"?',
    'keys.revoke.confirm.text':
      'Software with this key can no longer check after that. This cannot be undone.',
    'keys.revoke.yes': 'Yes, revoke',
    'keys.revoke.no': 'Cancel',
    'keys.revoked': 'The key "{label}" has been revoked.',
    'keys.revokeFailed': 'The key could not be revoked. Please try again.',
  },
);

export type ApiKeyMessageKey = keyof typeof apiKeyMessages.de;
