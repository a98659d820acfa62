import { defineMessages } from '../../../i18n/feature-messages';

// Split from antrag-messages.ts so that the first wizard question does not load them (issue 11: first page JS).
export const taskMessages = defineMessages(
  {
    'tasks.title': 'Ihr Antrag',
    'tasks.year': 'Befreiung von Zuzahlungen für das Jahr {year}',
    'tasks.progress.one': '{done} von {total} Abschnitten ist erledigt.',
    'tasks.progress.other': '{done} von {total} Abschnitten sind erledigt.',
    'tasks.resume': 'Weiter, wo Sie aufgehört haben',
    'tasks.unreadable.title': 'Ein Teil Ihres Entwurfs konnte nicht gelesen werden',
    'tasks.unreadable.text':
      'Einige Angaben stammen aus einer älteren Version oder sind beschädigt. Wir haben sie aufbewahrt. Füllen Sie die betroffenen Abschnitte bitte noch einmal aus.',
    'tasks.check.title': 'Prüfen und absenden',
    'tasks.check.ready': 'Alle Abschnitte sind vollständig. Prüfen Sie Ihre Angaben.',
    'tasks.check.notReady':
      'Sie können Ihre Angaben jederzeit prüfen. Absenden können Sie erst, wenn alle Abschnitte vollständig sind.',
    'tasks.check.link': 'Angaben prüfen',
    'tasks.limit.title': 'Ihre Belastungsgrenze',
    'tasks.limit.text':
      'Hier sehen Sie Ihre Grenze. Sie sehen, was Sie schon gezahlt haben und was Sie zurückbekommen. Der ganze Rechenweg steht dabei.',
    'tasks.limit.link': 'Belastungsgrenze und Rechenweg ansehen',
    'tasks.manage.title': 'Entwurf',
    'tasks.manage.year': 'Antragsjahr ändern',
    'tasks.manage.drafts': 'Entwürfe verwalten, übertragen oder löschen',
    'tasks.delete.button': 'Entwurf löschen',
    'tasks.delete.question':
      'Möchten Sie den Entwurf für {year} löschen? Alle Angaben und Dateien werden gelöscht. Das können Sie nicht rückgängig machen.',
    'tasks.delete.confirm': 'Ja, Entwurf löschen',
  },
  {
    'tasks.title': 'Your application',
    'tasks.year': 'Exemption from co-payments for {year}',
    'tasks.progress.one': '{done} of {total} sections is done.',
    'tasks.progress.other': '{done} of {total} sections are done.',
    'tasks.resume': 'Continue where you left off',
    'tasks.unreadable.title': 'Part of your draft could not be read',
    'tasks.unreadable.text':
      'Some answers come from an older version or are damaged. We have kept them. Please fill in the affected sections again.',
    'tasks.check.title': 'Check and send',
    'tasks.check.ready': 'All sections are complete. Check your answers.',
    'tasks.check.notReady':
      'You can check your answers at any time. You can send only when all sections are complete.',
    'tasks.check.link': 'Check your answers',
    'tasks.limit.title': 'Your annual limit',
    'tasks.limit.text':
      'Here you see your limit. You see what you have paid so far and what you get back. The whole calculation is shown too.',
    'tasks.limit.link': 'See the limit and how it is calculated',
    'tasks.manage.title': 'Draft',
    'tasks.manage.year': 'Change the year applied for',
    'tasks.manage.drafts': 'Manage, move or delete drafts',
    'tasks.delete.button': 'Delete draft',
    'tasks.delete.question':
      'Do you want to delete the draft for {year}? All answers and files are deleted. This cannot be undone.',
    'tasks.delete.confirm': 'Yes, delete the draft',
  },
);
