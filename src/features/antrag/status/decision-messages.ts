import { defineMessages } from '../../../i18n/feature-messages';

// The caseworker's answer on the status page: the decision with its letter, and a request for documents with the
// upload. Plain sentences for the reader; the paragraphs only behind "Warum?" (docs/rules/plain-language.md). The
// notification wording follows § 37 Abs. 2a SGB X exactly as the check page words the consent
// (src/features/antrag/pruefen/check-messages.ts: "am dritten Tag nach Absendung der elektronischen
// Benachrichtigung", or the day of retrieval when the notice did not arrive) — change both together.
export const decisionMessages = defineMessages(
  {
    'decision.title': 'Entscheidung über Ihren Antrag',
    'befreit.period': 'Sie sind von Zuzahlungen befreit vom {from} bis {to}.',
    'befreit.noPeriod': 'Sie sind von Zuzahlungen befreit.',
    'befreit.refund': 'Wir zahlen Ihnen {amount} zurück.',
    'befreit.noRefund':
      'Wir zahlen Ihnen nichts zurück. Sie haben bisher nicht mehr zugezahlt, als Sie mussten.',
    'befreit.cards': 'Ihre Befreiungsausweise finden Sie weiter unten.',
    'abgelehnt.text': 'Wir haben Ihren Antrag abgelehnt.',
    'abgelehnt.reason': 'Der Grund:',
    'abgelehnt.noReason': 'Den Grund lesen Sie im Bescheid.',
    'abgelehnt.again':
      'Wenn sich etwas ändert, zum Beispiel Ihre Einnahmen, können Sie einen neuen Antrag stellen.',
    'letter.bescheid': 'Bescheid herunterladen (PDF)',
    'letter.request': 'Schreiben herunterladen (PDF)',
    'letter.request.context': 'Bitte reichen Sie Unterlagen nach',
    'letter.busy': 'Das Schreiben wird geladen …',
    'letter.done': 'Heruntergeladen: {name}',
    'letter.failed': 'Das Schreiben konnte nicht geladen werden. Bitte versuchen Sie es noch einmal.',
    'letter.notYet': 'Den Bescheid schicken wir Ihnen mit der Post.',
    'notice.electronic':
      'Sie haben zugestimmt, dass wir Ihnen den Bescheid hier zum Abruf bereitstellen. Er gilt am dritten Tag nach unserer E-Mail über die Bereitstellung als bekannt gegeben, auch wenn Sie ihn noch nicht abgerufen haben. Ab diesem Tag läuft die Frist für einen Widerspruch. Den Brief mit der Post bekommen Sie trotzdem.',
    'notice.electronic.why.about': 'zur Bekanntgabe des Bescheids',
    'notice.electronic.why':
      'Ein Bescheid darf nur mit Ihrer Einwilligung dadurch bekannt gegeben werden, dass er zum Abruf im Internet bereitliegt. Er gilt am dritten Tag nach der E-Mail über die Bereitstellung als bekannt gegeben. Kam die E-Mail nicht bei Ihnen an und kann die Krankenkasse das Gegenteil nicht nachweisen, gilt er erst an dem Tag als bekannt gegeben, an dem Sie ihn abrufen.',
    'notice.electronic.source': 'Rechtsgrundlage: § 37 Abs. 2a SGB X.',
    'notice.post': 'Den Bescheid schicken wir Ihnen auch mit der Post. Maßgeblich ist der Brief.',
    objection: 'Sie sind nicht einverstanden? Sie können Widerspruch einlegen. Wie, steht im Bescheid.',
    'objection.why.about': 'zum Widerspruch',
    'objection.why':
      'Für den Widerspruch haben Sie einen Monat Zeit, nachdem Ihnen der Bescheid bekannt gegeben wurde. Der Bescheid sagt, wo und in welcher Form Sie ihn einlegen.',
    'objection.source': 'Rechtsgrundlage: § 84 Abs. 1 SGG, § 36 SGB X.',
    'request.title': 'Bitte reichen Sie Unterlagen nach',
    'request.lead': 'Um über Ihren Antrag zu entscheiden, brauchen wir noch:',
    'request.due': 'Bitte schicken Sie uns die Unterlagen bis {date}.',
    'request.overdue':
      'Die Frist ist am {date} abgelaufen. Schicken Sie die Unterlagen bitte trotzdem so bald wie möglich.',
    'request.consequence':
      'Fehlen die Unterlagen nach der Frist, können wir ohne sie entscheiden. Dann lehnen wir den Antrag vielleicht ab. Schicken Sie die Unterlagen später, prüfen wir noch einmal.',
    'request.help': 'Sie schaffen es nicht bis dahin? Rufen Sie uns bitte an.',
    'request.why.about': 'zur Frist für die Unterlagen',
    'request.why':
      'Wer eine Leistung beantragt, muss die Unterlagen vorlegen, die für die Entscheidung nötig sind. Fehlen sie nach Ablauf einer angemessenen Frist, darf die Krankenkasse die Befreiung ganz oder teilweise ablehnen, soweit sie ohne die Unterlagen nicht prüfen kann, ob die Voraussetzungen erfüllt sind. Das darf sie nur, wenn sie vorher schriftlich auf diese Folge hingewiesen hat. Das Schreiben ist dieser Hinweis. Werden die Unterlagen später nachgereicht, prüft die Krankenkasse den Antrag erneut.',
    'request.source': 'Rechtsgrundlage: § 60 Abs. 1, § 66 Abs. 1 und 3, § 67 SGB I.',
    'upload.title': 'Unterlagen schicken',
    'upload.label': 'Datei mit einer Unterlage',
    'upload.hint':
      'Ein Foto (JPEG, PNG) oder ein PDF, höchstens {megabytes} MB. Schicken Sie eine Datei nach der anderen.',
    'upload.send': 'Datei senden',
    'upload.checking': 'Die Datei wird geprüft …',
    'upload.sending': '„{name}“ wird gesendet …',
    'upload.sent': '„{name}“ ist bei uns angekommen. Sie können weitere Dateien schicken.',
    'upload.error.summary': 'Die Datei wurde nicht gesendet',
    'upload.error.none': 'Wählen Sie die Datei aus, die Sie schicken möchten.',
    'upload.error.invalid':
      '„{name}“ wurde nicht angenommen. Die Datei ist beschädigt oder enthält Inhalte, die wir nicht annehmen. Bitte schicken Sie ein Foto oder einen Scan des Dokuments.',
    'upload.error.tooLarge':
      '„{name}“ ist größer als {megabytes} MB. Fotografieren Sie das Dokument neu oder verkleinern Sie die Datei.',
    'upload.error.closed':
      'Wir nehmen zu Ihrem Antrag gerade keine Unterlagen an. Vielleicht haben wir schon entschieden. Der Bearbeitungsstand wird neu geladen.',
    'upload.error.tooMany':
      '„{name}“ wurde nicht gesendet: zu viele Versuche. Bitte warten Sie eine Weile und versuchen Sie es dann noch einmal.',
    'upload.error.failed': '„{name}“ konnte nicht gesendet werden. Bitte versuchen Sie es noch einmal.',
    'uploads.title': 'Bereits geschickt',
    'uploads.item': '{name} am {date}',
  },
  {
    'decision.title': 'The decision on your application',
    'befreit.period': 'You are exempt from co-payments from {from} to {to}.',
    'befreit.noPeriod': 'You are exempt from co-payments.',
    'befreit.refund': 'We will pay you back {amount}.',
    'befreit.noRefund': 'We will not pay anything back. So far you have not paid more than you had to.',
    'befreit.cards': 'You will find your exemption cards further down.',
    'abgelehnt.text': 'We have refused your application.',
    'abgelehnt.reason': 'The reason:',
    'abgelehnt.noReason': 'You can read the reason in the decision letter.',
    'abgelehnt.again': 'If something changes, for example your income, you can make a new application.',
    'letter.bescheid': 'Download the decision letter (PDF)',
    'letter.request': 'Download the letter (PDF)',
    'letter.request.context': 'Please send us further documents',
    'letter.busy': 'Loading the letter …',
    'letter.done': 'Downloaded: {name}',
    'letter.failed': 'The letter could not be loaded. Please try again.',
    'letter.notYet': 'We will send you the decision letter by post.',
    'notice.electronic':
      'You agreed that we make the decision letter available for retrieval here. It counts as made known on the third day after our email saying it is ready, even if you have not retrieved it yet. From that day on, the period for an objection runs. You will still get the letter by post.',
    'notice.electronic.why.about': 'about when the decision counts as made known',
    'notice.electronic.why':
      'A decision may be made known by being ready for retrieval on the internet only with your consent. It counts as made known on the third day after the email saying it is ready. If the email did not reach you and the health insurer cannot prove otherwise, it only counts as made known on the day you retrieve it.',
    'notice.electronic.source': 'Legal basis: § 37(2a) SGB X.',
    'notice.post': 'We will also send you the decision letter by post. The letter is what counts.',
    objection: 'You do not agree? You can lodge an objection (Widerspruch). The decision letter says how.',
    'objection.why.about': 'about the objection',
    'objection.why':
      'You have one month for the objection after the decision was made known to you. The decision letter says where and in which form to lodge it.',
    'objection.source': 'Legal basis: § 84(1) SGG, § 36 SGB X.',
    'request.title': 'Please send us further documents',
    'request.lead': 'To decide on your application, we still need:',
    'request.due': 'Please send us the documents by {date}.',
    'request.overdue': 'The deadline was {date}. Please still send the documents as soon as you can.',
    'request.consequence':
      'If the documents are missing after the deadline, we may decide without them. We may then refuse the application. If you send the documents later, we will check again.',
    'request.help': 'You cannot make it by then? Please call us.',
    'request.why.about': 'about the deadline for the documents',
    'request.why':
      'Whoever applies for a benefit must provide the documents needed for the decision. If they are still missing after a reasonable deadline, the health insurer may refuse the exemption in whole or in part, as far as it cannot check the conditions without them. It may do so only after it pointed out this consequence in writing. The letter is that notice. If the documents are sent later, the health insurer checks the application again.',
    'request.source': 'Legal basis: § 60(1), § 66(1) and (3), § 67 SGB I.',
    'upload.title': 'Send documents',
    'upload.label': 'File with a document',
    'upload.hint': 'A photo (JPEG, PNG) or a PDF, at most {megabytes} MB. Send one file after the other.',
    'upload.send': 'Send file',
    'upload.checking': 'Checking the file …',
    'upload.sending': 'Sending “{name}” …',
    'upload.sent': '“{name}” has reached us. You can send more files.',
    'upload.error.summary': 'The file was not sent',
    'upload.error.none': 'Choose the file you would like to send.',
    'upload.error.invalid':
      '“{name}” was not accepted. The file is damaged or holds content we do not accept. Please send a photo or a scan of the document.',
    'upload.error.tooLarge':
      '“{name}” is larger than {megabytes} MB. Take the photo again or make the file smaller.',
    'upload.error.closed':
      'We are not taking documents for your application at the moment. Perhaps we have already decided. The processing status is being reloaded.',
    'upload.error.tooMany':
      '“{name}” was not sent: too many attempts. Please wait a while and then try again.',
    'upload.error.failed': '“{name}” could not be sent. Please try again.',
    'uploads.title': 'Already sent',
    'uploads.item': '{name} on {date}',
  },
);

export type DecisionMessageKey = keyof typeof decisionMessages.de;
