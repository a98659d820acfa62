import { defineMessages } from '../../../i18n/feature-messages';

// Plain-language summary of the Chroniker-Richtlinie of the G-BA (docs/rules/rules.md § 4). "Self" variants address the
// applicant while their name is not entered yet.
export const chronicMessages = defineMessages(
  {
    caption: 'Chronische Erkrankung',
    'overview.title': 'Schwerwiegende chronische Erkrankung',
    'overview.limit':
      'Ist eine Person in Ihrem Antrag schwerwiegend chronisch krank? Dann gilt für den ganzen Haushalt eine niedrigere Grenze: 1 % statt 2 % der Einnahmen.',
    'overview.criteria':
      'Schwerwiegend chronisch krank heißt: Die Person ist seit mindestens einem Jahr wegen derselben Krankheit in ärztlicher Behandlung, mindestens einmal im Vierteljahr. Außerdem gilt eins davon: Sie hat Pflegegrad 3, 4 oder 5. Oder sie hat einen Grad der Behinderung (GdB) oder der Schädigungsfolgen (GdS) von mindestens 60. Oder sie braucht ständig Behandlung, sonst wird die Krankheit lebensbedrohlich schlimmer.',
    'overview.proof.title': 'Der Nachweis: Muster 55',
    'overview.proof':
      'Nachweis ist die „Bescheinigung einer schwerwiegenden chronischen Erkrankung“ (Muster 55). Teil A füllt die Krankenkasse aus, wenn Pflegegrad 3, 4 oder 5 oder ein GdB oder GdS von mindestens 60 vorliegt. Teil B füllt die Ärztin oder der Arzt aus: seit wann die Dauerbehandlung besteht. Die Arztpraxis kann die Bescheinigung direkt an uns schicken.',
    'overview.checkUp':
      'Für Menschen mit Geburtstag nach dem 1. April 1972 verlangt das Gesetz mehr: Sie sollten vor der Erkrankung zu den empfohlenen Vorsorgeuntersuchungen gegangen sein. In der Praxis wird das nicht geprüft. Sie müssen dazu nichts nachweisen.',
    'overview.people': 'Personen in Ihrem Antrag',
    'overview.back': 'Zurück zu „Ihr Antrag“',
    'household.title': 'Zuerst der Haushalt',
    'household.text':
      'Wer hier gefragt wird, hängt von Ihrem Haushalt ab. Geben Sie darum zuerst Ihren Haushalt vollständig an.',
    'household.link': 'Zum Haushalt',
    'person.self': 'Sie',
    'person.unnamed': 'Person ohne Namen',
    'status.open': 'Noch nicht beantwortet',
    'status.incomplete': 'Unvollständig',
    'status.no': 'Nein',
    'status.upload': 'Ja – Bescheinigung hochgeladen',
    'status.doctorSends': 'Ja – die Arztpraxis schickt die Bescheinigung',
    'action.answer': 'Beantworten',
    'action.change': 'Ändern',
    question: 'Ist {name} schwerwiegend chronisch krank?',
    'question.self': 'Sind Sie schwerwiegend chronisch krank?',
    'question.hint':
      'Ja heißt: seit mindestens einem Jahr mindestens einmal im Vierteljahr wegen derselben Krankheit in ärztlicher Behandlung, und dazu Pflegegrad 3, 4 oder 5, ein GdB oder GdS von mindestens 60 oder eine ständige Behandlung, ohne die sich die Krankheit lebensbedrohlich verschlimmern würde.',
    yes: 'Ja',
    no: 'Nein',
    certificate: 'Wie kommt die Bescheinigung (Muster 55) zu uns?',
    'certificate.upload': 'Ich lade sie jetzt hoch',
    'certificate.doctorSends': 'Die Arztpraxis schickt sie uns',
    'certificate.doctorSends.hint':
      'Bitten Sie die Praxis, Teil B auszufüllen und die Bescheinigung direkt an Ihre Krankenkasse zu schicken.',
    files: 'Bescheinigung (Muster 55)',
    'files.hint': 'Ein Foto oder PDF der ausgefüllten Bescheinigung.',
    issuedOn: 'Ausgestellt am (freiwillig)',
    'issuedOn.hint': 'Das Datum steht oben auf der Bescheinigung. Zum Beispiel 14.1.{year}',
    renewal:
      'Die Bescheinigung ist älter als ein Jahr. Sie musste am {date} erneuert werden. Bitten Sie Ihre Arztpraxis um eine neue Bescheinigung. Ihren Antrag können Sie trotzdem abschicken.',
  },
  {
    caption: 'Chronic illness',
    'overview.title': 'Serious chronic illness',
    'overview.limit':
      'Is a person in your application seriously chronically ill? Then a lower limit applies to the whole household: 1 % instead of 2 % of the income.',
    'overview.criteria':
      'Seriously chronically ill means: the person has been treated by a doctor for the same illness for at least a year, at least once a quarter. In addition, one of these applies: they have care level 3, 4 or 5 (Pflegegrad). Or they have a degree of disability (GdB) or of damage (GdS) of at least 60. Or they need continuous treatment, otherwise the illness would become life-threatening.',
    'overview.proof.title': 'The proof: Muster 55',
    'overview.proof':
      'The proof is the “certificate of a serious chronic illness” (Muster 55). The health insurer fills in part A if there is care level 3, 4 or 5 or a GdB or GdS of at least 60. The doctor fills in part B: since when the continuous treatment has lasted. The doctor’s practice can send the certificate to us directly.',
    'overview.checkUp':
      'For people born after 1 April 1972 the law asks for more: they should have attended the recommended check-ups before the illness. In practice this is not checked. You do not have to prove anything.',
    'overview.people': 'People in your application',
    'overview.back': 'Back to “Your application”',
    'household.title': 'The household first',
    'household.text':
      'Who is asked here depends on who lives in your household. Please complete your household first.',
    'household.link': 'Go to the household',
    'person.self': 'You',
    'person.unnamed': 'Person without a name',
    'status.open': 'Not answered yet',
    'status.incomplete': 'Incomplete',
    'status.no': 'No',
    'status.upload': 'Yes – certificate uploaded',
    'status.doctorSends': 'Yes – the doctor’s practice sends the certificate',
    'action.answer': 'Answer',
    'action.change': 'Change',
    question: 'Is {name} seriously chronically ill?',
    'question.self': 'Are you seriously chronically ill?',
    'question.hint':
      'Yes means: treated by a doctor for the same illness at least once a quarter for at least a year, and in addition care level 3, 4 or 5, a GdB or GdS of at least 60, or continuous treatment without which the illness would worsen life-threateningly.',
    yes: 'Yes',
    no: 'No',
    certificate: 'How does the certificate (Muster 55) reach us?',
    'certificate.upload': 'I upload it now',
    'certificate.doctorSends': 'The doctor’s practice sends it to us',
    'certificate.doctorSends.hint':
      'Ask the practice to fill in part B and send the certificate directly to your health insurer.',
    files: 'Certificate (Muster 55)',
    'files.hint': 'A photo or PDF of the completed certificate.',
    issuedOn: 'Issued on (optional)',
    'issuedOn.hint': 'The date is at the top of the certificate. For example 14.1.{year}',
    renewal:
      'The certificate is more than a year old. It had to be renewed on {date}. Please ask your doctor’s practice for a new certificate. You can still send your application.',
  },
);

export type ChronicMessageKey = keyof typeof chronicMessages.de;
