import { defineMessages } from '../../i18n/feature-messages';

export const datenschutzMessages = defineMessages(
  {
    title: 'Datenschutzerklärung',
    lead: 'Welche Daten dieser Dienst verarbeitet, wo sie bleiben und welche Rechte Sie haben.',
    'toc.title': 'Auf dieser Seite',
    'summary.title': 'Das Wichtigste in Kürze',
    'summary.device': 'Ihre Angaben bleiben in Ihrem Browser, bis Sie den Antrag absenden.',
    'summary.choice':
      'Ob Ihr Entwurf auf dem Gerät gespeichert wird, entscheiden Sie auf der Startseite. Gespeichert wird er nur verschlüsselt.',
    'summary.noTracking': 'Keine Cookies, kein Tracking, keine Inhalte von fremden Servern.',
    'summary.delete':
      'Mit „Entwurf löschen“ entfernen Sie jederzeit alles, was auf dem Gerät gespeichert ist.',
    'controller.title': 'Wer verantwortlich ist',
    'controller.p': 'Verantwortlich für Ihre Daten ist Ihre Krankenkasse:',
    'dpo.title': 'Datenschutzbeauftragte',
    'dpo.p': 'Bei Fragen zum Datenschutz erreichen Sie unsere Datenschutzbeauftragte (Demo-Angabe):',
    'dpo.name': 'Die Datenschutzbeauftragte',
    'data.title': 'Welche Daten wir verarbeiten',
    'data.p': 'Für den Antrag brauchen wir diese Angaben:',
    'data.identity': 'Name, Anschrift, Geburtsdatum und Krankenversichertennummer',
    'data.household': 'die Personen in Ihrem Haushalt, zum Beispiel Ehepartner und Kinder',
    'data.income': 'die Einnahmen aller Personen im Haushalt und die Nachweise dazu',
    'data.receipts': 'Ihre Quittungen über Zuzahlungen',
    'data.bank': 'Ihre IBAN, wenn wir Ihnen Geld erstatten',
    'data.health':
      'Einige Angaben sind Gesundheitsdaten. Das Gesetz schützt sie besonders (Artikel 9 DSGVO). Dazu gehört, ob jemand schwerwiegend chronisch krank ist, die ärztliche Bescheinigung dazu (Muster 55) und ein Pflegegrad. Auch Quittungen sind Gesundheitsdaten: Sie zeigen zum Beispiel, welche Arzneimittel Sie bekommen.',
    'data.feedback':
      'Wenn Sie uns eine Barriere melden: was Sie in das Formular schreiben. Name und E-Mail-Adresse sind freiwillig.',
    'purpose.title': 'Wozu wir die Daten brauchen',
    'purpose.p1':
      'Wir prüfen, ob Sie von Zuzahlungen befreit werden oder Geld zurückbekommen (§ 62 SGB V). Dafür berechnen wir Ihre Belastungsgrenze.',
    'purpose.p2':
      'Das Gesetz erlaubt der Krankenkasse, Daten für diesen Zweck zu erheben und zu speichern (§ 284 Absatz 1 SGB V). Für andere Zwecke nutzen wir sie nicht.',
    'purpose.p3':
      'Meldungen über Barrieren nutzen wir nur, um die Barriere zu beheben und Ihnen zu antworten.',
    'basis.title': 'Rechtsgrundlagen',
    'basis.general': 'Artikel 6 Absatz 1 Buchstabe c und e DSGVO in Verbindung mit § 62 und § 284 SGB V',
    'basis.health':
      'für Gesundheitsdaten: Artikel 9 Absatz 2 Buchstabe h DSGVO in Verbindung mit § 284 SGB V',
    'basis.feedback':
      'für Meldungen über Barrieren: Artikel 6 Absatz 1 Buchstabe c DSGVO in Verbindung mit § 12b BGG',
    'basis.secrecy':
      'Ihre Daten sind außerdem durch das Sozialgeheimnis geschützt (§ 35 SGB I, §§ 67 ff. SGB X).',
    'storage.title': 'Wo Ihre Daten bleiben',
    'storage.browser':
      'Alles, was Sie eingeben, bleibt in Ihrem Browser. Nichts verlässt Ihr Gerät, bevor Sie den Antrag absenden.',
    'storage.choice': 'Auf der Startseite wählen Sie, wie Ihr Entwurf aufbewahrt wird:',
    'storage.memory':
      '„Nur für diesen Besuch“: Der Entwurf bleibt nur im Arbeitsspeicher. Wenn Sie den Browser-Tab schließen, ist er weg.',
    'storage.device':
      '„Auf diesem Gerät speichern“: Der Entwurf wird verschlüsselt im Browser gespeichert (AES-GCM mit einem 256-Bit-Schlüssel). Den Schlüssel erzeugt Ihr Browser. Er lässt sich nicht aus dem Browser herauskopieren.',
    'storage.limit':
      'Die Verschlüsselung schützt davor, dass jemand die gespeicherten Daten kopiert und woanders liest. Sie schützt nicht vor jemandem, der Ihr entsperrtes Gerät benutzt. Lesen Sie dazu die Hinweise zu den Risiken unten.',
    'storage.submit':
      'Erst wenn Sie absenden, geht der Antrag an die Krankenkasse, über eine verschlüsselte Verbindung. Niemand sonst bekommt ihn.',
    'cookies.title': 'Keine Cookies, kein Tracking',
    'cookies.cookies': 'Wir setzen keine Cookies.',
    'cookies.tracking': 'Wir messen nicht, was Sie tun. Es gibt keine Werbung und keine Analyse-Werkzeuge.',
    'cookies.thirdParty':
      'Die Seite lädt nichts von fremden Servern: keine Schriften, keine Bilder, keinen Programmcode. Alles kommt von uns oder von Ihrem Gerät.',
    'cookies.language':
      'Ihre Sprachwahl merkt sich Ihr Browser (im Local Storage). Das ist eine Einstellung, keine persönliche Angabe.',
    'cookies.server':
      'Wie jeder Webserver sieht auch unserer beim Abruf Ihre IP-Adresse. Wir nutzen sie nur, um die Seite auszuliefern und Angriffe abzuwehren, und löschen sie nach 7 Tagen (Demo-Angabe).',
    'retention.title': 'Wie lange Daten gespeichert werden',
    'retention.draft':
      'Ein gespeicherter Entwurf wird 90 Tage nach Ihrer letzten Änderung automatisch gelöscht.',
    'retention.delete':
      'Mit „Entwurf löschen“ löschen Sie jederzeit alles, was dieser Dienst auf Ihrem Gerät gespeichert hat.',
    'retention.afterSubmit':
      'Nach dem Absenden bleiben auf dem Gerät nur Ihre Eingangsbestätigung und der gesendete Antrag, bis Sie beides löschen.',
    'retention.insurer':
      'Die Krankenkasse bewahrt Ihren Antrag so lange auf, wie das Gesetz es vorschreibt (§ 304 SGB V, § 84 SGB X). Danach löscht sie ihn.',
    'retention.feedback':
      'Meldungen über Barrieren löschen wir, wenn sie erledigt sind, spätestens nach einem Jahr (Demo-Angabe).',
    'rights.title': 'Ihre Rechte',
    'rights.p': 'Sie haben diese Rechte:',
    'rights.access': 'Auskunft: Sie erfahren, welche Daten wir über Sie speichern (Artikel 15 DSGVO).',
    'rights.rectification': 'Berichtigung: Wir korrigieren falsche Daten (Artikel 16 DSGVO).',
    'rights.erasure': 'Löschung: Wir löschen Daten, die wir nicht mehr brauchen (Artikel 17 DSGVO).',
    'rights.restriction':
      'Einschränkung: Wir nutzen Daten vorerst nicht weiter, zum Beispiel solange wir prüfen, ob sie stimmen (Artikel 18 DSGVO).',
    'rights.notification':
      'Mitteilung: Wer Ihre Daten von uns bekommen hat, erfährt von einer Berichtigung, Löschung oder Einschränkung (Artikel 19 DSGVO).',
    'rights.portability':
      'Datenübertragbarkeit: Sie bekommen Ihre Daten in einem gängigen Format, soweit das Gesetz es vorsieht (Artikel 20 DSGVO).',
    'rights.objection':
      'Widerspruch: Sie können der Verarbeitung widersprechen, wenn Ihre besondere Lage dafür spricht (Artikel 21 DSGVO).',
    'rights.how': 'Schreiben Sie dafür an die Datenschutzbeauftragte. Das kostet nichts.',
    'complaint.title': 'Beschwerde bei der Aufsichtsbehörde',
    'complaint.p':
      'Sie meinen, wir gehen mit Ihren Daten nicht richtig um? Dann können Sie sich bei einer Datenschutz-Aufsichtsbehörde beschweren (Artikel 77 DSGVO). Für uns zuständig ist:',
    'complaint.name': 'Beispiel-Datenschutzbehörde (Demo-Angabe)',
    'complaint.street': 'Beispielweg 2',
    'complaint.city': '01099 Dresden',
    'risks.title': 'Risiken auf gemeinsam genutzten Geräten',
    'risks.p': 'Der beste Schutz hilft wenig, wenn andere an Ihr Gerät kommen. Bitte beachten Sie:',
    'risks.screenshots.title': 'Bildschirmfotos und App-Übersicht',
    'risks.screenshots.p1':
      'Ein Bildschirmfoto (Screenshot) speichert alles, was gerade zu sehen ist. Es landet in Ihrer Galerie und oft auch in einer Cloud.',
    'risks.screenshots.p2':
      'Auch die App-Übersicht Ihres Handys zeigt ein kleines Bild der zuletzt geöffneten Seite. Dieses Bild kann Ihre Angaben zeigen.',
    'risks.screenshots.p3':
      'Machen Sie deshalb keine Bildschirmfotos vom Antrag. Schließen Sie den Browser-Tab, bevor Sie das Gerät weitergeben.',
    'risks.unlocked.title': 'Gerät nicht entsperrt liegen lassen',
    'risks.unlocked.p1':
      'Wer Ihr entsperrtes Gerät in der Hand hat, sieht den geöffneten Antrag und Ihren gespeicherten Entwurf. Die Verschlüsselung hilft dann nicht.',
    'risks.unlocked.p2':
      'Sperren Sie Ihr Gerät, wenn Sie es nicht benutzen. Stellen Sie eine automatische Bildschirmsperre ein.',
    'risks.unlocked.p3':
      'Sie teilen das Gerät mit anderen? Dann wählen Sie „Nur für diesen Besuch“ und löschen Sie den Entwurf, wenn Sie fertig sind.',
    'risks.memory.title': 'Reste im Arbeitsspeicher',
    'risks.memory.p':
      'Solange der Tab offen ist, liegen Ihre Angaben im Arbeitsspeicher des Geräts. Schließen Sie den Tab oder den ganzen Browser, wenn Sie fertig sind.',
  },
  {
    title: 'Privacy notice',
    lead: 'What data this service processes, where it stays and what rights you have.',
    'toc.title': 'On this page',
    'summary.title': 'In short',
    'summary.device': 'What you enter stays in your browser until you send the application.',
    'summary.choice':
      'You decide on the start page whether your draft is saved on the device. It is only ever saved encrypted.',
    'summary.noTracking': 'No cookies, no tracking, no content from other servers.',
    'summary.delete': '“Delete draft” removes everything saved on the device, at any time.',
    'controller.title': 'Who is responsible',
    'controller.p': 'Your health insurer is responsible for your data:',
    'dpo.title': 'Data protection officer',
    'dpo.p': 'For questions about data protection, contact our data protection officer (demo data):',
    'dpo.name': 'The data protection officer',
    'data.title': 'What data we process',
    'data.p': 'For the application we need:',
    'data.identity': 'name, address, date of birth and health insurance number',
    'data.household': 'the people in your household, for example spouse and children',
    'data.income': 'the incomes of everyone in the household and the proof of them',
    'data.receipts': 'your receipts for co-payments',
    'data.bank': 'your IBAN, if we refund money to you',
    'data.health':
      'Some of this is health data, which the law protects specially (Article 9 GDPR): whether someone is seriously chronically ill, the doctor’s certificate of it (Muster 55) and a care level. Receipts are health data too: they show, for example, which medicines you get.',
    'data.feedback':
      'If you report a barrier: what you write in the form. Name and e-mail address are optional.',
    'purpose.title': 'Why we need the data',
    'purpose.p1':
      'We check whether you are exempt from co-payments or get money back (§ 62 SGB V). For this we compute your annual limit.',
    'purpose.p2':
      'The law allows the insurer to collect and store data for this purpose (§ 284 (1) SGB V). We do not use it for anything else.',
    'purpose.p3': 'We use reports of barriers only to remove the barrier and to answer you.',
    'basis.title': 'Legal bases',
    'basis.general': 'Article 6 (1) (c) and (e) GDPR together with § 62 and § 284 SGB V',
    'basis.health': 'for health data: Article 9 (2) (h) GDPR together with § 284 SGB V',
    'basis.feedback': 'for reports of barriers: Article 6 (1) (c) GDPR together with § 12b BGG',
    'basis.secrecy':
      'Your data is also protected by social secrecy (Sozialgeheimnis, § 35 SGB I, §§ 67 ff. SGB X).',
    'storage.title': 'Where your data stays',
    'storage.browser':
      'Everything you enter stays in your browser. Nothing leaves your device before you send the application.',
    'storage.choice': 'On the start page you choose how your draft is kept:',
    'storage.memory':
      '“Only for this visit”: the draft stays in memory only. When you close the browser tab, it is gone.',
    'storage.device':
      '“Save on this device”: the draft is saved encrypted in the browser (AES-GCM with a 256-bit key). Your browser creates the key. It cannot be copied out of the browser.',
    'storage.limit':
      'Encryption protects against someone copying the saved data and reading it elsewhere. It does not protect against someone using your unlocked device. See the risks below.',
    'storage.submit':
      'Only when you send it does the application go to the insurer, over an encrypted connection. Nobody else gets it.',
    'cookies.title': 'No cookies, no tracking',
    'cookies.cookies': 'We set no cookies.',
    'cookies.tracking': 'We do not measure what you do. There is no advertising and no analytics.',
    'cookies.thirdParty':
      'The page loads nothing from other servers: no fonts, no images, no program code. Everything comes from us or from your device.',
    'cookies.language':
      'Your browser remembers your language choice (in local storage). This is a setting, not personal data.',
    'cookies.server':
      'Like every web server, ours sees your IP address when you load a page. We use it only to deliver the page and to fend off attacks, and delete it after 7 days (demo data).',
    'retention.title': 'How long data is kept',
    'retention.draft': 'A saved draft is deleted automatically 90 days after your last change.',
    'retention.delete':
      '“Delete draft” deletes everything this service has saved on your device, at any time.',
    'retention.afterSubmit':
      'After sending, only your confirmation of receipt and the sent application stay on the device, until you delete them.',
    'retention.insurer':
      'The insurer keeps your application as long as the law requires (§ 304 SGB V, § 84 SGB X) and deletes it afterwards.',
    'retention.feedback':
      'We delete reports of barriers once they are dealt with, after one year at the latest (demo data).',
    'rights.title': 'Your rights',
    'rights.p': 'You have these rights:',
    'rights.access': 'Access: you learn what data we hold about you (Article 15 GDPR).',
    'rights.rectification': 'Rectification: we correct wrong data (Article 16 GDPR).',
    'rights.erasure': 'Erasure: we delete data we no longer need (Article 17 GDPR).',
    'rights.restriction':
      'Restriction: we stop using data for the time being, for example while we check whether it is right (Article 18 GDPR).',
    'rights.notification':
      'Notification: whoever received your data from us learns of a rectification, erasure or restriction (Article 19 GDPR).',
    'rights.portability':
      'Portability: you get your data in a common format, where the law provides for it (Article 20 GDPR).',
    'rights.objection':
      'Objection: you can object to the processing on grounds of your particular situation (Article 21 GDPR).',
    'rights.how': 'Write to the data protection officer. It costs nothing.',
    'complaint.title': 'Complaint to the supervisory authority',
    'complaint.p':
      'Do you think we do not handle your data properly? Then you can complain to a data protection supervisory authority (Article 77 GDPR). Ours is:',
    'complaint.name': 'Example data protection authority (demo data)',
    'complaint.street': 'Beispielweg 2',
    'complaint.city': '01099 Dresden',
    'risks.title': 'Risks on shared devices',
    'risks.p': 'The best protection helps little if others get hold of your device. Please note:',
    'risks.screenshots.title': 'Screenshots and the app switcher',
    'risks.screenshots.p1':
      'A screenshot saves everything that is on the screen. It ends up in your gallery and often in a cloud too.',
    'risks.screenshots.p2':
      'Your phone’s app switcher also shows a small picture of the page you had open last. This picture can show your details.',
    'risks.screenshots.p3':
      'So do not take screenshots of the application. Close the browser tab before you hand the device to someone.',
    'risks.unlocked.title': 'Do not leave the device unlocked',
    'risks.unlocked.p1':
      'Anyone holding your unlocked device sees the open application and your saved draft. Encryption does not help then.',
    'risks.unlocked.p2': 'Lock your device when you are not using it. Turn on an automatic screen lock.',
    'risks.unlocked.p3':
      'Do you share the device with others? Then choose “Only for this visit” and delete the draft when you are done.',
    'risks.memory.title': 'Traces in memory',
    'risks.memory.p':
      'As long as the tab is open, your details are in the device’s memory. Close the tab or the whole browser when you are done.',
  },
);
