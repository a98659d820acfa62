import { defineMessages } from '../../../i18n/feature-messages';

// What the drafts pages say about sending: read-only sent drafts, a waiting bundle, imports, idle locking.
export const submissionMessages = defineMessages(
  {
    'readOnly.sent.title': 'Dieser Antrag wurde gesendet',
    'readOnly.sent.text':
      'Ihr Antrag mit dem Aktenzeichen {reference} ist bei der Krankenkasse. Gesendete Angaben können Sie nicht mehr ändern.',
    'readOnly.pending.title': 'Dieser Antrag wird gerade gesendet',
    'readOnly.pending.text':
      'Solange er gesendet wird, können Sie die Angaben nicht ändern. Gelingt das Senden nicht bis zum {date}, wird der vorbereitete Antrag gelöscht.',
    'readOnly.confirmation': 'Zur Bestätigung',
    'readOnly.status': 'Bearbeitungsstand ansehen',
    'readOnly.send': 'Zum Senden',
    'readOnly.tasks': 'Zur Übersicht „Ihr Antrag“',
    'further.title': 'Etwas nachreichen oder ändern?',
    'further.text':
      'Wenn Sie Belege nachreichen oder sich Ihr Haushalt geändert hat, können Sie einen weiteren Antrag für {year} stellen. Er beginnt mit einer Kopie Ihrer gesendeten Angaben und verweist auf das Aktenzeichen {reference}.',
    'further.start': 'Weiteren Antrag stellen',
    'further.failed': 'Der weitere Antrag konnte nicht angelegt werden. Bitte versuchen Sie es noch einmal.',
    'further.banner.title': 'Weiterer Antrag',
    'further.banner.text': 'Dieser Antrag ergänzt Ihren gesendeten Antrag mit dem Aktenzeichen {reference}.',
    'drafts.sent': 'Gesendet, Aktenzeichen {reference}.',
    'drafts.pending':
      'Wird gesendet. Gelingt das Senden nicht bis zum {date}, wird der vorbereitete Antrag gelöscht.',
    'import.error.sent':
      'Diesen Antrag haben Sie von diesem Gerät aus schon gesendet. Eine Kopie kann nicht noch einmal als neuer Entwurf eingelesen werden. Möchten Sie etwas nachreichen, öffnen Sie den gesendeten Antrag und wählen Sie „Weiteren Antrag stellen“.',
    'import.error.sending':
      'Dieser Entwurf wird gerade gesendet und kann deshalb nicht ersetzt werden. Warten Sie, bis das Senden abgeschlossen ist.',
    'import.error.quota':
      'Auf diesem Gerät ist nicht genug Speicherplatz frei. Ihr bisheriger Entwurf ist unverändert. Geben Sie Speicherplatz frei und versuchen Sie es noch einmal.',
    'import.error.storage':
      'Der Entwurf konnte nicht gespeichert werden. Ihr bisheriger Entwurf ist unverändert. Bitte versuchen Sie es noch einmal.',
    'import.skipped.title': 'Nicht alle Dateien wurden übernommen',
    'import.skipped.text': 'Der Entwurf wurde eingelesen. Diese Dateien fehlen darin:',
    'import.notes.title': 'Hinweis zu Fotos',
    'import.continue': 'Weiter zu Ihrem Antrag',
    'export.skipped.title': 'Nicht alle Dateien sind in der Exportdatei',
    'export.skipped.text':
      'Diese Dateien konnten nicht gelesen werden und fehlen in der Exportdatei. Laden Sie sie auf dem anderen Gerät neu hoch:',
    'export.skipped.reason': 'Die Datei kann auf diesem Gerät nicht mehr gelesen werden.',
    'idle.title': 'Ihr Entwurf wird bald gesperrt',
    'idle.text':
      'Sie waren eine Weile nicht aktiv. Zum Schutz Ihrer Daten wird der Entwurf in {minutes} gesperrt. Danach geben Sie Ihr Kennwort erneut ein.',
    'idle.minutes.one': '1 Minute',
    'idle.minutes.other': '{count} Minuten',
    'idle.extend': 'Weiter bearbeiten',
    'idle.lockedTitle': 'Ihr Entwurf wurde gesperrt',
    'idle.locked': 'Sie waren eine Weile nicht aktiv. Geben Sie Ihr Kennwort ein, um weiterzumachen.',
  },
  {
    'readOnly.sent.title': 'This application has been sent',
    'readOnly.sent.text':
      'Your application with the reference {reference} is with the health insurer. Answers that were sent can no longer be changed.',
    'readOnly.pending.title': 'This application is being sent',
    'readOnly.pending.text':
      'While it is being sent, you cannot change the answers. If sending has not succeeded by {date}, the prepared application is deleted.',
    'readOnly.confirmation': 'Go to the confirmation',
    'readOnly.status': 'See the progress',
    'readOnly.send': 'Go to sending',
    'readOnly.tasks': 'Go to the overview “Your application”',
    'further.title': 'Something to add or change?',
    'further.text':
      'If you want to send more receipts later or your household has changed, you can make a further application for {year}. It starts with a copy of the answers you sent and refers to the reference {reference}.',
    'further.start': 'Make a further application',
    'further.failed': 'The further application could not be created. Please try again.',
    'further.banner.title': 'Further application',
    'further.banner.text': 'This application adds to your sent application with the reference {reference}.',
    'drafts.sent': 'Sent, reference {reference}.',
    'drafts.pending':
      'Being sent. If sending has not succeeded by {date}, the prepared application is deleted.',
    'import.error.sent':
      'You have already sent this application from this device. A copy cannot be read in again as a new draft. To send something more, open the sent application and choose “Make a further application”.',
    'import.error.sending':
      'This draft is being sent right now, so it cannot be replaced. Wait until sending has finished.',
    'import.error.quota':
      'There is not enough free storage on this device. Your previous draft is unchanged. Free some storage and try again.',
    'import.error.storage':
      'The draft could not be saved. Your previous draft is unchanged. Please try again.',
    'import.skipped.title': 'Not all files were taken over',
    'import.skipped.text': 'The draft was read in. These files are missing from it:',
    'import.notes.title': 'About photos',
    'import.continue': 'Continue to your application',
    'export.skipped.title': 'Not all files are in the export file',
    'export.skipped.text':
      'These files could not be read and are missing from the export file. Upload them again on the other device:',
    'export.skipped.reason': 'The file can no longer be read on this device.',
    'idle.title': 'Your draft will be locked soon',
    'idle.text':
      'You have not been active for a while. To protect your data, the draft will be locked in {minutes}. You will then enter your passphrase again.',
    'idle.minutes.one': '1 minute',
    'idle.minutes.other': '{count} minutes',
    'idle.extend': 'Continue working',
    'idle.lockedTitle': 'Your draft was locked',
    'idle.locked': 'You were not active for a while. Enter your passphrase to continue.',
  },
);
