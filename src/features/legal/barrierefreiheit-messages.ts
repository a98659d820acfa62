import { defineMessages } from '../../i18n/feature-messages';

export const barrierefreiheitMessages = defineMessages(
  {
    title: 'Erklärung zur Barrierefreiheit',
    lead: 'Die Krankenkasse möchte, dass alle Menschen diesen Dienst nutzen können. Diese Erklärung gilt für „Zuzahlungsbefreiung online“.',
    basis:
      'Grundlage sind das Behindertengleichstellungsgesetz (BGG, § 12a und § 12b) und die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0).',
    'status.title': 'Wie barrierefrei ist dieser Dienst?',
    'status.p1':
      'Der Dienst ist teilweise barrierefrei. Er erfüllt die Anforderungen der BITV 2.0 noch nicht ganz. Die BITV 2.0 verlangt die WCAG 2.1 auf Stufe AA.',
    'status.p2':
      'Sie können alle Seiten mit der Tastatur bedienen. Sie können die Schrift auf 200 Prozent vergrößern. Die Seiten passen auch auf schmale Bildschirme ab 320 Pixel Breite.',
    'gaps.title': 'Was noch nicht barrierefrei ist',
    'gaps.pdf':
      'Der Antrag als PDF ist noch nicht barrierefrei: Das PDF hat noch keine Struktur für Screenreader (es erfüllt PDF/UA nicht). Das Werkzeug, mit dem wir das PDF erzeugen, kann das noch nicht. Wir arbeiten daran.',
    'gaps.alternative':
      'Die barrierefreie Alternative: Auf der Seite „Angaben prüfen“ stehen alle Angaben aus dem PDF als barrierefreie Webseite. Auf Wunsch schicken wir Ihnen den Antrag auch in einer anderen Form.',
    'made.title': 'Wie diese Erklärung entstanden ist',
    'made.created': 'Erstellt am',
    'made.reviewed': 'Zuletzt überprüft am',
    'made.method': 'Die Erklärung beruht auf einer Selbstbewertung durch das Entwicklungsteam. Dazu gehören:',
    'made.axe':
      'automatische Prüfungen mit dem Werkzeug axe-core auf jeder Seite, auch mit Fehlermeldungen, nach den Regeln der WCAG 2.1 A und AA',
    'made.keyboard': 'Tests, die den Dienst nur mit der Tastatur bedienen',
    'made.reflow': 'Tests auf einem 320 Pixel breiten Bildschirm',
    'made.limits':
      'Automatische Prüfungen finden nur einen Teil der Barrieren. Eine Prüfung durch eine unabhängige Prüfstelle steht noch aus.',
    'feedback.title': 'Barrieren melden',
    'feedback.p':
      'Sie sind auf eine Barriere gestoßen? Oder Sie brauchen einen Inhalt in einer anderen Form? Dann schreiben Sie uns. Wir antworten spätestens innerhalb eines Monats (§ 12b Absatz 4 BGG).',
    'feedback.other.title': 'Andere Wege zu uns',
    'feedback.other.p': 'Sie können uns eine Barriere auch so melden:',
    'arbitration.title': 'Schlichtungsverfahren',
    'arbitration.p1':
      'Sie haben von uns keine zufriedenstellende Antwort bekommen? Dann können Sie bei der Schlichtungsstelle nach § 16 BGG einen Antrag auf ein Schlichtungsverfahren stellen.',
    'arbitration.p2':
      'Die Schlichtungsstelle hilft, einen Streit ohne Gericht zu lösen. Das Verfahren kostet nichts. Sie brauchen keinen Anwalt und keine Anwältin.',
    'arbitration.p3':
      'Die Schlichtungsstelle gehört zur oder zum Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen. Den Antrag und mehr Informationen finden Sie hier:',
    'arbitration.link': 'Schlichtungsstelle BGG (Internetseite des Bundes)',
    'arbitration.land':
      'Für Krankenkassen, die einem Land unterstehen, kann auch eine Schlichtungsstelle des Landes zuständig sein.',
  },
  {
    title: 'Accessibility statement',
    lead: 'The health insurer wants everyone to be able to use this service. This statement covers “Zuzahlungsbefreiung online”.',
    basis:
      'It is based on the German Disability Equality Act (BGG, § 12a and § 12b) and the Accessible Information Technology Ordinance (BITV 2.0).',
    'status.title': 'How accessible is this service?',
    'status.p1':
      'The service is partially accessible. It does not yet fully meet the requirements of BITV 2.0, which asks for WCAG 2.1 at level AA.',
    'status.p2':
      'You can use every page with the keyboard. You can enlarge the text to 200 percent. The pages also fit narrow screens from 320 pixels wide.',
    'gaps.title': 'What is not accessible yet',
    'gaps.pdf':
      'The application as a PDF is not accessible yet: the PDF has no structure for screen readers (it does not meet PDF/UA). The tool we create the PDF with cannot do this yet. We are working on it.',
    'gaps.alternative':
      'The accessible alternative: the “Check your answers” page shows everything in the PDF as an accessible web page. On request we send you the application in another form.',
    'made.title': 'How this statement was made',
    'made.created': 'Made on',
    'made.reviewed': 'Last reviewed on',
    'made.method': 'The statement is based on a self-assessment by the development team, including:',
    'made.axe':
      'automated checks with the axe-core tool on every page, including error messages, against the WCAG 2.1 A and AA rules',
    'made.keyboard': 'tests that use the service with the keyboard only',
    'made.reflow': 'tests on a screen 320 pixels wide',
    'made.limits':
      'Automated checks find only some barriers. A review by an independent testing body is still to come.',
    'feedback.title': 'Report a barrier',
    'feedback.p':
      'Did you come across a barrier? Or do you need content in another form? Then write to us. We answer within one month at the latest (§ 12b (4) BGG).',
    'feedback.other.title': 'Other ways to reach us',
    'feedback.other.p': 'You can also report a barrier like this:',
    'arbitration.title': 'Conciliation procedure',
    'arbitration.p1':
      'Did you not get a satisfactory answer from us? Then you can apply for a conciliation procedure at the conciliation body under § 16 BGG (Schlichtungsstelle).',
    'arbitration.p2':
      'The conciliation body helps to settle a dispute without going to court. It costs nothing. You do not need a lawyer.',
    'arbitration.p3':
      'It belongs to the Federal Government Commissioner for Matters relating to Persons with Disabilities. You find the application form and more information here:',
    'arbitration.link': 'Schlichtungsstelle BGG (federal website, in German)',
    'arbitration.land':
      'For health insurers under the supervision of a German state, a conciliation body of that state may be responsible instead.',
  },
);
