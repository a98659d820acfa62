import { defineMessages } from '../../../i18n/feature-messages';

// The check page's frame, the declarations and the send button. The declarations are kept plain and short (ux.md:
// people who are often elderly or ill); the legal basis is named once, with the privacy page for the details.
export const checkMessages = defineMessages(
  {
    title: 'Angaben prüfen',
    intro:
      'Prüfen Sie Ihre Angaben, bevor Sie den Antrag absenden. Mit „Ändern“ kommen Sie zur Frage und danach hierher zurück.',
    notReady: 'Noch sind nicht alle Abschnitte vollständig. Absenden können Sie, wenn nichts mehr fehlt.',
    missing: 'Das fehlt noch',
    'ready.title': 'Alle Abschnitte sind vollständig',
    'ready.text':
      'Prüfen Sie Ihre Angaben, bestätigen Sie unten die Erklärungen und senden Sie den Antrag ab.',
    'declarations.title': 'Erklärungen',
    'declarations.intro': 'Bevor Sie den Antrag absenden, bestätigen Sie bitte beides.',
    'declarations.correct':
      'Ich versichere, dass meine Angaben nach bestem Wissen richtig und vollständig sind. Ändert sich etwas, zum Beispiel Einnahmen oder wer im Haushalt lebt, teile ich das der Krankenkasse mit.',
    'declarations.consent':
      'Ich willige ein, dass die Krankenkasse die Gesundheitsangaben in diesem Antrag (chronische Erkrankung, Zuzahlungen) verarbeitet, um über die Befreiung zu entscheiden.',
    'declarations.consent.hint':
      'Rechtsgrundlage: Art. 9 Abs. 2 Buchst. a und h DSGVO mit § 284 SGB V. Sie können die Einwilligung jederzeit widerrufen.',
    'declarations.privacy': 'Datenschutzerklärung',
    'send.button': 'Antrag absenden',
    'send.sectionsMissing': 'Ergänzen Sie zuerst, was noch fehlt.',
    back: 'Zurück zu „Ihr Antrag“',
  },
  {
    title: 'Check your answers',
    intro:
      'Check your answers before you send the application. “Change” takes you to the question and then back here.',
    notReady: 'Not all sections are complete yet. You can send once nothing is missing.',
    missing: 'Still missing',
    'ready.title': 'All sections are complete',
    'ready.text': 'Check your answers, confirm the declarations below and send the application.',
    'declarations.title': 'Declarations',
    'declarations.intro': 'Before you send the application, please confirm both.',
    'declarations.correct':
      'I declare that my answers are correct and complete to the best of my knowledge. If anything changes, for example income or who lives in the household, I will tell the health insurer.',
    'declarations.consent':
      'I consent to the health insurer processing the health details in this application (chronic illness, co-payments) to decide on the exemption.',
    'declarations.consent.hint':
      'Legal basis: Art. 9(2)(a) and (h) GDPR with § 284 SGB V. You can withdraw your consent at any time.',
    'declarations.privacy': 'Privacy notice',
    'send.button': 'Send application',
    'send.sectionsMissing': 'First complete what is still missing.',
    back: 'Back to “Your application”',
  },
);
