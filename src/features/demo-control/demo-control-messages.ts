import { defineMessages } from '../../i18n/feature-messages';

// The demo control exists only in the demo build; its copy loads with it.
export const demoControlMessages = defineMessages(
  {
    'demo.title': 'Demo-Steuerung',
    'demo.lead':
      'Hier lassen Sie den eingebauten Beispiel-Server Fehler machen oder langsam antworten – um zu sehen, dass nichts verloren geht.',
    'demo.route': 'Welche Anfragen',
    'demo.route.all': 'alle',
    'demo.count': 'Anzahl der nächsten Anfragen, die fehlschlagen',
    'demo.error': 'Art des Fehlers',
    'demo.error.network': 'Netzwerkfehler',
    'demo.error.503': 'Server nicht verfügbar (503)',
    'demo.error.500': 'Serverfehler (500)',
    'demo.latency': 'Zusätzliche Antwortzeit in Millisekunden',
    'demo.apply': 'Übernehmen',
    'demo.reset': 'Zurücksetzen',
    'demo.state': 'Aktueller Zustand',
    'demo.state.none': 'Keine Fehler geplant.',
    'demo.state.failures': '{count} × {error} für {route}',
    'demo.state.latency': 'Antwortzeit: +{ms} ms',
    'demo.saved': 'Gespeichert.',
  },
  {
    'demo.title': 'Demo control',
    'demo.lead': 'Make the built-in example server fail or answer slowly – to see that nothing gets lost.',
    'demo.route': 'Which requests',
    'demo.route.all': 'all',
    'demo.count': 'Number of next requests that fail',
    'demo.error': 'Kind of failure',
    'demo.error.network': 'Network error',
    'demo.error.503': 'Service unavailable (503)',
    'demo.error.500': 'Server error (500)',
    'demo.latency': 'Extra response time in milliseconds',
    'demo.apply': 'Apply',
    'demo.reset': 'Reset',
    'demo.state': 'Current state',
    'demo.state.none': 'No failures planned.',
    'demo.state.failures': '{count} × {error} for {route}',
    'demo.state.latency': 'Response time: +{ms} ms',
    'demo.saved': 'Saved.',
  },
);
