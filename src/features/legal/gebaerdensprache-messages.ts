import { defineMessages } from '../../i18n/feature-messages';

export const gebaerdenspracheMessages = defineMessages(
  {
    title: 'Gebärdensprache',
    lead: 'Informationen in Deutscher Gebärdensprache (DGS) und Kontakt für gehörlose und schwerhörige Menschen.',
    'videos.title': 'Videos in Deutscher Gebärdensprache',
    'videos.p1':
      'Die Krankenkasse erklärt die Befreiung von Zuzahlungen auch in Videos in Deutscher Gebärdensprache. Die Videos finden Sie auf der Internetseite der Krankenkasse (Demo-Angabe).',
    'videos.p2':
      'Auf dieser Seite ist kein Video eingebunden. Ein eingebundenes Video würde Inhalte von fremden Servern laden. Das tut dieser Dienst nie.',
    'videos.p3': 'Schreiben Sie uns, dann schicken wir Ihnen den Link zu den Videos.',
    'contact.title': 'So erreichen Sie uns',
    'contact.p': 'Gehörlose und schwerhörige Menschen erreichen uns auf diesen Wegen:',
    'contact.hint': 'Schreiben Sie uns, worum es geht. Wir antworten auf demselben Weg.',
    'interpreter.title': 'Mit Dolmetscherin oder Dolmetscher',
    'interpreter.p1':
      'Sie dürfen mit der Krankenkasse in Deutscher Gebärdensprache sprechen, auch für Ihren Antrag (§ 17 Absatz 2 SGB I, § 19 Absatz 1 SGB X).',
    'interpreter.p2':
      'Die Kosten für die Dolmetscherin oder den Dolmetscher trägt die Krankenkasse. Sagen Sie uns vorher Bescheid, dann vereinbaren wir einen Termin.',
    'interpreter.p3':
      'Sie können uns auch über einen Vermittlungsdienst für Gebärdensprache anrufen. Der Dienst übersetzt zwischen Ihnen und uns, per Video oder Text.',
  },
  {
    title: 'Sign language',
    lead: 'Information in German Sign Language (Deutsche Gebärdensprache, DGS) and contact for deaf and hard-of-hearing people.',
    'videos.title': 'Videos in German Sign Language',
    'videos.p1':
      'The health insurer explains exemption from co-payments in videos in German Sign Language too. You find them on the insurer’s website (demo data).',
    'videos.p2':
      'No video is embedded on this page. An embedded video would load content from other servers. This service never does that.',
    'videos.p3': 'Write to us and we will send you the link to the videos.',
    'contact.title': 'How to reach us',
    'contact.p': 'Deaf and hard-of-hearing people can reach us in these ways:',
    'contact.hint': 'Tell us what it is about. We answer the same way.',
    'interpreter.title': 'With an interpreter',
    'interpreter.p1':
      'You may talk to the insurer in German Sign Language, also about your application (§ 17 (2) SGB I, § 19 (1) SGB X).',
    'interpreter.p2':
      'The insurer pays for the interpreter. Let us know in advance and we will arrange an appointment.',
    'interpreter.p3':
      'You can also call us through a sign language relay service. It interprets between you and us, by video or text.',
  },
);
