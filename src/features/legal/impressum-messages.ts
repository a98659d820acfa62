import { defineMessages } from '../../i18n/feature-messages';

export const impressumMessages = defineMessages(
  {
    title: 'Impressum',
    lead: 'Wer diesen Dienst anbietet und wie Sie uns erreichen.',
    'provider.title': 'Anbieter',
    'provider.legalForm':
      'Die Krankenkasse ist eine Körperschaft des öffentlichen Rechts mit Selbstverwaltung (§ 4 Absatz 1 SGB V).',
    'representation.title': 'Vertretung',
    'representation.p': 'Der Vorstand vertritt die Krankenkasse (§ 35a SGB IV). Mitglieder des Vorstands:',
    'representation.chair': 'Erika Mustermann, Vorsitzende (Beispielname)',
    'representation.deputy': 'Max Mustermann, stellvertretender Vorsitzender (Beispielname)',
    'supervision.title': 'Aufsichtsbehörde',
    'supervision.p':
      'Die Aufsicht führt das Ministerium des Landes, das für Sozialversicherung zuständig ist (§ 90 SGB IV):',
    'supervision.name': 'Beispiel-Ministerium für Soziales (Demo-Angabe)',
    'supervision.street': 'Beispielstraße 1',
    'supervision.city': '01099 Dresden',
    'contact.title': 'Kontakt',
    'contact.p': 'Fragen zur Befreiung von Zuzahlungen beantworten wir so:',
    'content.title': 'Verantwortlich für den Inhalt',
    'content.p': 'Abteilung Online-Dienste (Demo-Angabe), Anschrift wie oben.',
    'security.title': 'Sicherheitslücken melden',
    'security.p':
      'Sie haben eine Sicherheitslücke gefunden? Bitte schreiben Sie uns. Veröffentlichen Sie die Lücke bitte erst, wenn wir sie schließen konnten.',
    'security.file': 'Die Angaben für Sicherheitsforschende stehen auch maschinenlesbar in unserer Datei',
    'openSource.title': 'Open Source',
    'openSource.p1': 'Dieser Dienst ist eine Open-Source-Demo. Er gehört nicht zur echten AOK PLUS.',
    'openSource.p2':
      'Anträge aus dieser Demo erreichen keine Krankenkasse. Der Quellcode steht unter der Lizenz EUPL-1.2.',
  },
  {
    title: 'Legal notice',
    lead: 'Who provides this service and how to reach us.',
    'provider.title': 'Provider',
    'provider.legalForm':
      'The health insurer is a self-governing body under public law (Körperschaft des öffentlichen Rechts, § 4 (1) SGB V).',
    'representation.title': 'Representation',
    'representation.p': 'The executive board represents the insurer (§ 35a SGB IV). Members of the board:',
    'representation.chair': 'Erika Mustermann, chair (example name)',
    'representation.deputy': 'Max Mustermann, deputy chair (example name)',
    'supervision.title': 'Supervisory authority',
    'supervision.p':
      'The insurer is supervised by the state ministry responsible for social insurance (§ 90 SGB IV):',
    'supervision.name': 'Example Ministry of Social Affairs (demo data)',
    'supervision.street': 'Beispielstraße 1',
    'supervision.city': '01099 Dresden',
    'contact.title': 'Contact',
    'contact.p': 'We answer questions about exemption from co-payments here:',
    'content.title': 'Responsible for the content',
    'content.p': 'Online services department (demo data), address as above.',
    'security.title': 'Reporting security vulnerabilities',
    'security.p':
      'Have you found a security vulnerability? Please write to us. Please do not publish it before we have been able to fix it.',
    'security.file': 'The details for security researchers are also in machine-readable form in our file',
    'openSource.title': 'Open source',
    'openSource.p1': 'This service is an open-source demo. It does not belong to the real AOK PLUS.',
    'openSource.p2':
      'Applications made in this demo do not reach any health insurer. The source code is licensed under the EUPL-1.2.',
  },
);
