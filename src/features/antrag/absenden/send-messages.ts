import { defineMessages } from '../../../i18n/feature-messages';

export const sendMessages = defineMessages(
  {
    'send.title': 'Antrag senden',
    'send.preparing': 'Ihr Antrag wird zusammengestellt …',
    'send.prepareFailed': 'Der Antrag konnte nicht zusammengestellt werden',
    'send.prepareFailedText':
      'Ihre Angaben sind gespeichert. Laden Sie die Seite neu, um es noch einmal zu versuchen. Fehlt eine hochgeladene Datei, laden Sie sie auf der Seite des Abschnitts erneut hoch.',
    'send.size': 'Ihr Antrag mit {count} Anlagen: {size}',
    'send.sizeOne': 'Ihr Antrag mit 1 Anlage: {size}',
    'send.sizeNone': 'Ihr Antrag ohne Anlagen: {size}',
    'send.whatTitle': 'Das wird gesendet',
    'send.what.pdf': 'der Antrag als PDF-Dokument',
    'send.what.data': 'Ihre Angaben als Daten für die Sachbearbeitung',
    'send.what.receipts.one': '{count} Foto oder PDF eines Zuzahlungsbelegs',
    'send.what.receipts.other': '{count} Fotos oder PDFs von Zuzahlungsbelegen',
    'send.what.other.one': '{count} weiterer Nachweis (Einkommen, Bescheid, Bescheinigung oder Vollmacht)',
    'send.what.other.other': '{count} weitere Nachweise (Einkommen, Bescheide, Bescheinigungen, Vollmacht)',
    'send.onDevice':
      'Bevor wir senden, speichern wir die fertige Datei verschlüsselt mit Ihrem Entwurf. Bricht die Verbindung ab, senden wir dieselbe Datei noch einmal – die Krankenkasse erhält Ihren Antrag nur einmal.',
    'send.onVisit':
      'Bevor wir senden, halten wir die fertige Datei für diesen Besuch bereit. Bricht die Verbindung ab, senden wir dieselbe Datei noch einmal – die Krankenkasse erhält Ihren Antrag nur einmal.',
    'send.button': 'Jetzt senden',
    'send.retryButton': 'Erneut senden',
    'send.sending': 'Wird gesendet …',
    'send.sendingAttempt': 'Wird gesendet … (Versuch {attempt} von {max})',
    'send.waiting':
      'Verbindung unterbrochen – neuer Versuch in {seconds} Sekunden (Versuch {attempt} von {max})',
    'send.waitingOne': 'Verbindung unterbrochen – neuer Versuch in 1 Sekunde (Versuch {attempt} von {max})',
    'send.resumed.title': 'Ihr Antrag wird weiter gesendet',
    'send.resumed.text':
      'Beim letzten Mal kam keine Bestätigung der Krankenkasse an. Wir senden dieselbe Datei mit derselben Kennung noch einmal, damit Ihr Antrag sicher ankommt – und nur einmal.',
    'send.failed.title': 'Der Antrag konnte nicht gesendet werden',
    'send.failed.text':
      'Die Krankenkasse war nicht erreichbar. Nichts ist verloren: Ihr Antrag bleibt gespeichert, und „Erneut senden“ schickt genau dieselbe Datei. Versuchen Sie es in ein paar Minuten noch einmal.',
    'send.timedOut.title': 'Keine Antwort der Krankenkasse',
    'send.timedOut.text':
      'Das Senden hat zu lange gedauert, darum haben wir es abgebrochen. Vielleicht ist Ihr Antrag trotzdem angekommen. „Erneut senden“ schickt dieselbe Datei mit derselben Kennung – die Krankenkasse erhält Ihren Antrag auch dann nur einmal. Ist Ihre Verbindung gerade langsam, versuchen Sie es später noch einmal oder in einem WLAN.',
    'send.already.title': 'Dieser Antrag wurde schon gesendet',
    'send.already.text':
      'Die Krankenkasse hat diesen Antrag schon erhalten – von diesem oder von einem anderen Gerät. Wir haben ihn nicht noch einmal gesendet.',
    'send.already.code':
      'Ihre Vorgangsnummer und Ihren Abrufcode finden Sie auf der Bestätigung vom ersten Senden: auf der Seite „Antrag gesendet“ des Geräts, mit dem Sie gesendet haben, oder auf Ihrem Ausdruck. Damit sehen Sie den Bearbeitungsstand.',
    'send.already.status': 'Bearbeitungsstand abfragen',
    'send.already.further':
      'Möchten Sie Unterlagen nachreichen oder hat sich in Ihrem Haushalt etwas geändert, können Sie einen weiteren Antrag stellen. Das tun Sie unter „Entwürfe verwalten“.',
    'send.already.drafts': 'Entwürfe verwalten',
    'send.already.noCode': 'Haben Sie die Bestätigung nicht mehr, hilft Ihnen Ihre Krankenkasse weiter:',
    'send.refused.title': 'Die Krankenkasse hat den Antrag nicht angenommen',
    'send.refused.text':
      'Ihre Angaben bleiben gespeichert. Prüfen Sie Ihre Angaben und Anlagen und senden Sie den Antrag dann neu.',
    'send.refused.memberPart':
      'Ein Familienmitglied hat seinen Teil geändert oder zurückgezogen. Ihre Berechnung wird gerade angepasst. Prüfen Sie Ihre Angaben und senden Sie den Antrag dann noch einmal.',
    'send.refused.tooLarge':
      'Die Datei ist zu groß (höchstens 50 MB). Entfernen Sie Anlagen, die nicht nötig sind, oder laden Sie kleinere Fotos hoch.',
    'send.refused.other': 'Antwort der Krankenkasse: {title}',
    'send.invalid.title': 'Ihr Antrag konnte nicht angenommen werden',
    'send.invalid.nothingSent':
      'Es wurde nichts gesendet. Das liegt an einem Fehler in diesem Online-Antrag, nicht an Ihren Angaben.',
    'send.invalid.call':
      'Bitte senden Sie den Antrag nicht noch einmal. Rufen Sie uns an, wir helfen Ihnen weiter:',
    'send.invalid.callNoPhone':
      'Bitte senden Sie den Antrag nicht noch einmal. Rufen Sie Ihre Krankenkasse an, sie hilft Ihnen weiter.',
    'send.invalid.contact': 'Kontakt und Hilfe',
    'send.storageFailed.title': 'Der Antrag konnte auf diesem Gerät nicht gespeichert werden',
    'send.storageFailed.text':
      'Ohne diese Kopie senden wir nicht, damit bei einer Unterbrechung nichts doppelt ankommt. Geben Sie Speicherplatz frei und versuchen Sie es noch einmal.',
    'send.backToCheck': 'Zurück zu „Angaben prüfen“',
    'confirm.title': 'Antrag gesendet',
    'confirm.reference': 'Ihre Vorgangsnummer',
    'confirm.received': 'Eingegangen am {date} um {time} Uhr',
    'confirm.quote': 'Bitte geben Sie die Vorgangsnummer an, wenn Sie uns schreiben oder anrufen.',
    'confirm.missing': 'Zu diesem Antrag liegt noch keine Bestätigung vor.',
    'confirm.next.title': 'Wie es weitergeht',
    'confirm.next.review':
      'Wir prüfen Ihren Antrag. Das dauert in der Regel höchstens drei Wochen. Fehlt etwas, melden wir uns bei Ihnen.',
    'confirm.next.card':
      'Werden Sie befreit, schicken wir Ihnen den Befreiungsausweis per Post. Zeigen Sie ihn in Apotheke und Praxis vor.',
    'confirm.next.refund':
      'Haben Sie mehr gezahlt als Ihre Belastungsgrenze, überweisen wir den Betrag auf das angegebene Konto.',
    'confirm.statusLink': 'Bearbeitungsstand ansehen',
    'confirm.code.label': 'Ihr Abrufcode',
    'confirm.code.title': 'Bearbeitungsstand auf jedem Gerät',
    'confirm.code.anyDevice':
      'Mit der Vorgangsnummer und dem Abrufcode sehen Sie den Bearbeitungsstand auf jedem Gerät. Schreiben Sie beides auf oder drucken Sie es aus.',
    'confirm.code.secret': 'Der Abrufcode ist wie ein Passwort. Geben Sie ihn nicht an andere weiter.',
    'confirm.code.phone': 'Ihre Krankenkasse fragt Sie nie am Telefon nach dem Abrufcode.',
    'confirm.code.print': 'Vorgangsnummer und Abrufcode drucken',
    'confirm.code.where': 'Bearbeitungsstand abfragen: {address}',
    'confirm.downloads.title': 'Ihre Unterlagen',
    'confirm.downloads.pdf': 'Antrag herunterladen (PDF, Deutsch)',
    'confirm.downloads.english': 'Lesefassung auf Englisch herunterladen (PDF)',
    'confirm.downloads.zip': 'Alle gesendeten Unterlagen herunterladen (ZIP-Datei)',
    'confirm.downloads.rebuilt':
      'Die gesendeten Dateien sind auf diesem Gerät nicht gespeichert. Wir erstellen die Dateien darum neu aus Ihrem Entwurf. Sie sind nicht die gesendeten Dateien.',
    'confirm.downloads.busy': 'Die Datei wird erstellt …',
    'confirm.downloads.done': 'Die Datei {name} wurde heruntergeladen.',
    'confirm.downloads.failed': 'Die Datei konnte nicht erstellt werden. Versuchen Sie es noch einmal.',
    'confirm.post.title': 'Was Sie noch per Post schicken',
    'confirm.post.none': 'Sie müssen nichts per Post nachreichen.',
    'confirm.post.intro':
      'Legen Sie diese Unterlagen mit dem Deckblatt in einen Umschlag an die unten genannte Anschrift.',
    'confirm.post.print': 'Deckblatt drucken',
    'confirm.applicationId': 'Ihre Antragsnummer',
    'confirm.numbers.hint':
      'Die Vorgangsnummer hat die Krankenkasse vergeben. Die Antragsnummer steht auf Ihrem Antrag. Mit beiden findet die Krankenkasse Ihren Antrag.',
    'confirm.advance.title': 'Ihre Vorauszahlung',
    'confirm.advance.transfer':
      'Bitte überweisen Sie jetzt {amount}. Die Bankverbindung und einen QR-Code für Ihre Banking-App finden Sie beim Bearbeitungsstand.',
    'confirm.advance.directDebit': 'Wir buchen {amount} am {date} von Ihrem Konto ab.',
    'confirm.advance.after':
      'Sobald das Geld da ist, sind Sie befreit. Ihre Befreiungsausweise finden Sie dann beim Bearbeitungsstand.',
    'confirm.advance.link': 'Zum Bearbeitungsstand mit der Bankverbindung',
    'confirm.refund.title': 'Erstattung',
    'confirm.refund.amount':
      'Nach Ihren Angaben haben Sie {amount} mehr gezahlt als Ihre Belastungsgrenze. Diesen Betrag bekommen Sie zurück, wenn die Krankenkasse Ihren Antrag bewilligt.',
    'confirm.refund.none':
      'Nach Ihren Angaben haben Sie nicht mehr gezahlt als Ihre Belastungsgrenze. Es gibt deshalb nichts zu erstatten.',
    'confirm.refund.provisional':
      'Der Betrag ist vorläufig. Die amtlichen Zahlen für {year} stehen noch nicht fest.',
    'confirm.downloads.pdfRebuilt': 'Neu erstellten Antrag herunterladen (PDF, Deutsch)',
    'confirm.downloads.zipRebuilt': 'Neu erstellte Unterlagen herunterladen (ZIP-Datei)',
    'cover.applicationId': 'Antragsnummer',
    'cover.title': 'Deckblatt für die Post',
    'cover.reference': 'Vorgangsnummer',
    'cover.applicant': 'Antragsteller/in',
    'cover.kvnr': 'Krankenversichertennummer',
    'cover.documents': 'Beigefügte Unterlagen',
    'cover.address': 'Anschrift',
  },
  {
    'send.title': 'Send application',
    'send.preparing': 'Putting your application together …',
    'send.prepareFailed': 'The application could not be put together',
    'send.prepareFailedText':
      'Your answers are saved. Reload the page to try again. If an uploaded file is missing, upload it again on its section’s page.',
    'send.size': 'Your application with {count} attachments: {size}',
    'send.sizeOne': 'Your application with 1 attachment: {size}',
    'send.sizeNone': 'Your application without attachments: {size}',
    'send.whatTitle': 'What will be sent',
    'send.what.pdf': 'the application as a PDF document',
    'send.what.data': 'your answers as data for the caseworker',
    'send.what.receipts.one': '{count} photo or PDF of a co-payment receipt',
    'send.what.receipts.other': '{count} photos or PDFs of co-payment receipts',
    'send.what.other.one': '{count} further proof (income, notice, certificate or power of attorney)',
    'send.what.other.other': '{count} further proofs (income, notices, certificates, power of attorney)',
    'send.onDevice':
      'Before sending, we store the finished file encrypted with your draft. If the connection breaks, we send the same file again – the insurer receives your application only once.',
    'send.onVisit':
      'Before sending, we keep the finished file ready for this visit. If the connection breaks, we send the same file again – the insurer receives your application only once.',
    'send.button': 'Send now',
    'send.retryButton': 'Send again',
    'send.sending': 'Sending …',
    'send.sendingAttempt': 'Sending … (attempt {attempt} of {max})',
    'send.waiting': 'Connection lost – trying again in {seconds} seconds (attempt {attempt} of {max})',
    'send.waitingOne': 'Connection lost – trying again in 1 second (attempt {attempt} of {max})',
    'send.resumed.title': 'Your application is still being sent',
    'send.resumed.text':
      'Last time no confirmation from the insurer arrived. We are sending the same file with the same key again, so that your application arrives – and only once.',
    'send.failed.title': 'The application could not be sent',
    'send.failed.text':
      'The insurer could not be reached. Nothing is lost: your application stays saved, and “Send again” sends exactly the same file. Try again in a few minutes.',
    'send.timedOut.title': 'No answer from the insurer',
    'send.timedOut.text':
      'Sending took too long, so we stopped it. Your application may have arrived all the same. “Send again” sends the same file with the same key – the insurer still receives your application only once. If your connection is slow right now, try again later or on Wi-Fi.',
    'send.already.title': 'This application has already been sent',
    'send.already.text':
      'The insurer has already received this application – from this device or from another one. We did not send it again.',
    'send.already.code':
      'Your reference number and your Abrufcode are on the confirmation of the first sending: on the “Application sent” page of the device you sent it from, or on your printout. With them you can see the processing status.',
    'send.already.status': 'Look up the processing status',
    'send.already.further':
      'If you want to send documents later or something in your household has changed, you can make a further application. You do that under “Manage drafts”.',
    'send.already.drafts': 'Manage drafts',
    'send.already.noCode': 'If you no longer have the confirmation, your health insurer will help you:',
    'send.refused.title': 'The insurer did not accept the application',
    'send.refused.text':
      'Your answers stay saved. Check your answers and attachments, then send the application again.',
    'send.refused.memberPart':
      'A family member changed or withdrew their part. Your calculation is being updated. Check your answers and then send the application again.',
    'send.refused.tooLarge':
      'The file is too large (50 MB at most). Remove attachments that are not needed, or upload smaller photos.',
    'send.refused.other': 'The insurer’s answer: {title}',
    'send.invalid.title': 'Your application could not be accepted',
    'send.invalid.nothingSent':
      'Nothing was sent. This is caused by a fault in this online application, not by your answers.',
    'send.invalid.call': 'Please do not send the application again. Call us, we will help you:',
    'send.invalid.callNoPhone':
      'Please do not send the application again. Call your health insurer, they will help you.',
    'send.invalid.contact': 'Contact and help',
    'send.storageFailed.title': 'The application could not be stored on this device',
    'send.storageFailed.text':
      'Without this copy we do not send, so that nothing arrives twice after an interruption. Free some storage space and try again.',
    'send.backToCheck': 'Back to “Check your answers”',
    'confirm.title': 'Application sent',
    'confirm.reference': 'Your reference number',
    'confirm.received': 'Received on {date} at {time}',
    'confirm.quote': 'Please quote the reference number when you write to us or call us.',
    'confirm.missing': 'There is no confirmation for this application yet.',
    'confirm.next.title': 'What happens next',
    'confirm.next.review':
      'We check your application. This usually takes three weeks at most. If anything is missing, we will contact you.',
    'confirm.next.card':
      'If you are exempted, we send you the exemption card (Befreiungsausweis) by post. Show it at the pharmacy and the practice.',
    'confirm.next.refund':
      'If you paid more than your limit, we transfer the amount to the account you gave.',
    'confirm.statusLink': 'See the processing status',
    'confirm.code.label': 'Your Abrufcode (retrieval code)',
    'confirm.code.title': 'The processing status on any device',
    'confirm.code.anyDevice':
      'With the reference number and the Abrufcode you can see the processing status on any device. Write both down or print them.',
    'confirm.code.secret': 'The Abrufcode is like a password. Do not give it to anyone.',
    'confirm.code.phone': 'Your health insurer will never ask you for the Abrufcode on the phone.',
    'confirm.code.print': 'Print the reference number and the Abrufcode',
    'confirm.code.where': 'Look up the processing status: {address}',
    'confirm.downloads.title': 'Your documents',
    'confirm.downloads.pdf': 'Download the application (PDF, German)',
    'confirm.downloads.english': 'Download an English reading copy (PDF)',
    'confirm.downloads.zip': 'Download everything that was sent (ZIP file)',
    'confirm.downloads.rebuilt':
      'The files that were sent are not kept on this device. So we make the files again from your draft. They are not the files that were sent.',
    'confirm.downloads.busy': 'Making the file …',
    'confirm.downloads.done': 'The file {name} was downloaded.',
    'confirm.downloads.failed': 'The file could not be made. Please try again.',
    'confirm.post.title': 'What you still send by post',
    'confirm.post.none': 'You do not need to send anything by post.',
    'confirm.post.intro': 'Put these documents with the cover sheet in an envelope to the address below.',
    'confirm.post.print': 'Print the cover sheet',
    'confirm.applicationId': 'Your application number',
    'confirm.numbers.hint':
      'The health insurer gave the reference number. The application number is on your application. The health insurer finds your application with either.',
    'confirm.advance.title': 'Your advance payment',
    'confirm.advance.transfer':
      'Please transfer {amount} now. You find the bank details and a QR code for your banking app with the processing status.',
    'confirm.advance.directDebit': 'We will debit {amount} from your account on {date}.',
    'confirm.advance.after':
      'As soon as the money has arrived, you are exempt. You will then find your exemption cards with the processing status.',
    'confirm.advance.link': 'To the processing status with the bank details',
    'confirm.refund.title': 'Refund',
    'confirm.refund.amount':
      'From your answers, you paid {amount} more than your limit. You get this amount back if the health insurer approves your application.',
    'confirm.refund.none':
      'From your answers, you did not pay more than your limit. So there is nothing to refund.',
    'confirm.refund.provisional':
      'The amount is provisional. The official figures for {year} are not final yet.',
    'confirm.downloads.pdfRebuilt': 'Download a newly made application (PDF, German)',
    'confirm.downloads.zipRebuilt': 'Download newly made documents (ZIP file)',
    'cover.applicationId': 'Application number',
    'cover.title': 'Cover sheet for the post',
    'cover.reference': 'Reference number',
    'cover.applicant': 'Applicant',
    'cover.kvnr': 'Health insurance number',
    'cover.documents': 'Documents enclosed',
    'cover.address': 'Address',
  },
);
