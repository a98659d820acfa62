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
    // § 37 Abs. 2a SGB X as verified for this choice (full text: Satz 4 "am dritten Tag nach Absendung der
    // elektronischen Benachrichtigung"; Satz 6–7 the day of retrieval when the notice did not arrive). The
    // Postrechtsmodernisierungsgesetz moved other such fictions to the fourth day from 2025; check the day here
    // against the law in force before going live — it sits only in these messages and the English ones below.
    'notification.legend': 'Wie möchten Sie unseren Bescheid erhalten?',
    'notification.hint':
      'Diese Frage ist freiwillig. Ohne Antwort schicken wir den Bescheid nur per Post. Dann zählt der Brief, und was Sie auf der Statusseite sehen, ist nur eine Kopie.',
    'notification.post': 'Nur per Post',
    'notification.retrieval': 'Per Post und zusätzlich online zum Abruf',
    'notification.retrieval.hint':
      'Sobald der Bescheid auf Ihrer Statusseite bereitliegt, schicken wir Ihnen eine E-Mail. Am dritten Tag danach gilt er als bekannt gegeben, auch wenn Sie ihn noch nicht abgerufen haben. Ab diesem Tag läuft zum Beispiel die Frist für einen Widerspruch. Den Brief bekommen Sie trotzdem. Sie können diese Einwilligung jederzeit widerrufen.',
    'notification.why.about': 'zum Bescheid per Abruf',
    'notification.why':
      'Ein Bescheid darf nur mit Ihrer Einwilligung dadurch bekannt gegeben werden, dass er zum Abruf im Internet bereitliegt. Die Krankenkasse muss dafür sorgen, dass nur Sie ihn abrufen und dass Sie ihn speichern können. Er gilt am dritten Tag nach der E-Mail über die Bereitstellung als bekannt gegeben. Kam die E-Mail nicht bei Ihnen an und kann die Krankenkasse das Gegenteil nicht nachweisen, gilt er erst an dem Tag als bekannt gegeben, an dem Sie ihn abrufen. Die Einwilligung können Sie jederzeit für die Zukunft widerrufen.',
    'notification.why.source': 'Rechtsgrundlage: § 37 Abs. 2a SGB X.',
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
    'notification.legend': 'How would you like to receive our decision?',
    'notification.hint':
      'This question is optional. Without an answer, we send the decision by post only. The letter is then what counts, and what you see on the status page is only a copy.',
    'notification.post': 'By post only',
    'notification.retrieval': 'By post and also online to retrieve',
    'notification.retrieval.hint':
      'As soon as the decision is ready on your status page, we will send you an email. On the third day after that, it counts as made known, even if you have not retrieved it yet. From that day on, for example, the period for an objection runs. You will still get the letter. You can withdraw this consent at any time.',
    'notification.why.about': 'about the decision for retrieval',
    'notification.why':
      'A decision may be made known by being ready for retrieval on the internet only with your consent. The health insurer must make sure that only you can retrieve it and that you can save it. It counts as made known on the third day after the email saying it is ready. If the email did not reach you and the health insurer cannot prove otherwise, it only counts as made known on the day you retrieve it. You can withdraw your consent at any time for the future.',
    'notification.why.source': 'Legal basis: § 37(2a) SGB X.',
    'send.button': 'Send application',
    'send.sectionsMissing': 'First complete what is still missing.',
    back: 'Back to “Your application”',
  },
);
