import { defineMessages } from '../../../i18n/feature-messages';

// Split from antrag-messages.ts so that the first wizard question does not load them (issue 11: first page JS).
export const gateMessages = defineMessages(
  {
    'gate.noChoice.title': 'Bitte wählen Sie zuerst, wo Ihre Angaben gespeichert werden',
    'gate.noChoice.text':
      'Bevor Sie Angaben machen, entscheiden Sie auf der Startseite, ob Ihr Entwurf verschlüsselt auf diesem Gerät oder nur für diesen Besuch gespeichert wird.',
    'gate.noChoice.link': 'Zur Startseite',
    'gate.visitLost.title': 'Ihre Angaben wurden nicht gespeichert',
    'gate.visitLost.text':
      'Sie hatten gewählt, dass Ihre Angaben nur für diesen Besuch gelten. Durch das Neuladen oder Schließen der Seite wurden sie gelöscht.',
    'gate.visitLost.advice':
      'Wenn Sie den Antrag nicht in einem Zug ausfüllen, speichern Sie den Entwurf verschlüsselt auf diesem Gerät.',
    'gate.visitLost.restart': 'Neu beginnen (nur für diesen Besuch)',
    'gate.visitLost.device': 'Auf diesem Gerät speichern',
    'gate.failed.title': 'Der Speicher dieses Browsers ist nicht erreichbar',
    'gate.failed.unavailable':
      'Ihr Browser erlaubt dieser Seite nicht, Daten zu speichern (zum Beispiel im privaten Modus). Sie können den Antrag nur für diesen Besuch ausfüllen.',
    'gate.failed.locked':
      'Die Seite ist in einem anderen Tab geöffnet. Schließen Sie den anderen Tab und versuchen Sie es erneut.',
    'gate.failed.other': 'Beim Öffnen Ihrer Entwürfe ist ein Fehler aufgetreten.',
    'gate.failed.retry': 'Erneut versuchen',
    'gate.damaged.title': 'Ihre Entwürfe können nicht mehr geöffnet werden',
    'gate.damaged.text':
      'Der Schlüssel zu Ihren verschlüsselten Entwürfen fehlt, zum Beispiel weil der Browser einen Teil der Website-Daten gelöscht hat. Ohne ihn kann niemand die Entwürfe lesen – auch wir nicht.',
    'gate.damaged.export':
      'Haben Sie eine Exportdatei, können Sie den Entwurf nach dem Löschen wieder einlesen.',
    'gate.unlock.title': 'Entwürfe entsperren',
    'gate.unlock.text': 'Ihre Entwürfe auf diesem Gerät sind mit einem Kennwort geschützt.',
    'gate.unlock.label': 'Kennwort',
    'gate.unlock.empty': 'Geben Sie das Kennwort ein.',
    'gate.unlock.wrong': 'Das Kennwort ist falsch. Achten Sie auf Groß- und Kleinschreibung.',
    'gate.unlock.submit': 'Entsperren',
    'gate.unlock.busy': 'Wird geprüft …',
    'gate.unlock.forgotten': 'Kennwort vergessen?',
    'gate.unlock.forgottenText':
      'Das Kennwort wird nirgends gespeichert und kann nicht wiederhergestellt werden. Sie können alle Entwürfe auf diesem Gerät löschen und neu beginnen.',
    'deleteAll.title': 'Alle Daten auf diesem Gerät löschen',
    'deleteAll.text': 'Löscht alle Entwürfe, alle hochgeladenen Dateien und den Schlüssel auf diesem Gerät.',
    'deleteAll.button': 'Alle Daten löschen',
    'deleteAll.question':
      'Wirklich alle Entwürfe und Dateien auf diesem Gerät löschen? Das kann nicht rückgängig gemacht werden.',
    'deleteAll.confirm': 'Ja, alles löschen',
    'deleteAll.cancel': 'Abbrechen',
  },
  {
    'gate.noChoice.title': 'Please first choose where your answers are kept',
    'gate.noChoice.text':
      'Before you enter anything, choose on the start page whether your draft is kept encrypted on this device or for this visit only.',
    'gate.noChoice.link': 'Go to the start page',
    'gate.visitLost.title': 'Your answers were not saved',
    'gate.visitLost.text':
      'You chose to keep your answers for this visit only. Reloading or closing the page deleted them.',
    'gate.visitLost.advice':
      'If you will not fill in the application in one go, keep the draft encrypted on this device.',
    'gate.visitLost.restart': 'Start again (this visit only)',
    'gate.visitLost.device': 'Keep on this device',
    'gate.failed.title': 'This browser’s storage cannot be reached',
    'gate.failed.unavailable':
      'Your browser does not allow this page to store data (for example in private mode). You can fill in the application for this visit only.',
    'gate.failed.locked': 'The page is open in another tab. Close the other tab and try again.',
    'gate.failed.other': 'Opening your drafts failed.',
    'gate.failed.retry': 'Try again',
    'gate.damaged.title': 'Your drafts can no longer be opened',
    'gate.damaged.text':
      'The key to your encrypted drafts is missing, for example because the browser deleted part of the site data. Without it nobody can read the drafts – not even us.',
    'gate.damaged.export': 'If you have an export file, you can read the draft in again after deleting.',
    'gate.unlock.title': 'Unlock drafts',
    'gate.unlock.text': 'Your drafts on this device are protected with a password.',
    'gate.unlock.label': 'Password',
    'gate.unlock.empty': 'Enter the password.',
    'gate.unlock.wrong': 'The password is wrong. Check upper and lower case.',
    'gate.unlock.submit': 'Unlock',
    'gate.unlock.busy': 'Checking …',
    'gate.unlock.forgotten': 'Forgotten the password?',
    'gate.unlock.forgottenText':
      'The password is not stored anywhere and cannot be recovered. You can delete all drafts on this device and start again.',
    'deleteAll.title': 'Delete all data on this device',
    'deleteAll.text': 'Deletes all drafts, all uploaded files and the key on this device.',
    'deleteAll.button': 'Delete all data',
    'deleteAll.question': 'Really delete all drafts and files on this device? This cannot be undone.',
    'deleteAll.confirm': 'Yes, delete everything',
    'deleteAll.cancel': 'Cancel',
  },
);
