import { Link, Outlet, ScrollRestoration } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { demoMode } from '../demo-mode';
import { LanguageSwitch } from './language-switch';
import { useFocusOnNavigation } from './use-focus-on-navigation';

export function Layout() {
  const { t } = useI18n();
  useFocusOnNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link className="site-header__name" to="/">
            {t('app.name')}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      {demoMode && (
        <div className="demo-banner">
          <p className="container">
            {t('app.demoBanner')} <Link to="/demo">{t('app.demoControl')}</Link>
          </p>
        </div>
      )}
      <main id="main" className="container" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <nav aria-label="Footer">
            <ul className="inline-list">
              <li>
                <Link to="/">{t('app.footer.home')}</Link>
              </li>
              <li>
                <Link to="/kontakt">{t('app.footer.contact')}</Link>
              </li>
              <li>
                <Link to="/leistungserbringer">{t('app.footer.providers')}</Link>
              </li>
              <li>
                <Link to="/impressum">{t('app.footer.impressum')}</Link>
              </li>
              <li>
                <Link to="/datenschutz">{t('app.footer.privacy')}</Link>
              </li>
              <li>
                <Link to="/barrierefreiheit">{t('app.footer.accessibility')}</Link>
              </li>
              <li>
                <Link to="/leichte-sprache" lang="de">
                  {t('app.footer.easyLanguage')}
                </Link>
              </li>
              <li>
                <Link to="/gebaerdensprache">{t('app.footer.signLanguage')}</Link>
              </li>
            </ul>
          </nav>
          <p>{t('app.footer.note')}</p>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}
