// Must stay first: see zod-jitless.ts.
import '../documents/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiReady } from '../api/api-ready';
import { I18nProvider } from '../i18n/i18n-provider';
import { loadMessages } from '../i18n/languages';
import { readStoredLanguage } from '../i18n/stored-language';
import { App } from './app';
import { installTrustedTypesPolicy } from './trusted-types-policy';
import './styles.css';

installTrustedTypesPolicy();

// Statically false in the production build, so the mock and msw are not even bundled there.
if (import.meta.env.VITE_API_MOCK === 'true') {
  setApiReady(
    // eslint-disable-next-line import-x/no-restricted-paths -- the one place src starts the embedded mock (demo/dev)
    import('../../mocks/browser/start-worker').then(({ startWorker }) => startWorker()),
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

const language = readStoredLanguage();
const messages = await loadMessages(language);

createRoot(root).render(
  <StrictMode>
    <I18nProvider initial={{ language, messages }}>
      <App />
    </I18nProvider>
  </StrictMode>,
);
