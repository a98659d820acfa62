import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BackLink } from './back-link';
import { ButtonGroup } from './button-group';
import { NotificationBanner } from './notification-banner';
import { renderUi } from './test-providers';
import { WarningText } from './warning-text';

describe('BackLink, NotificationBanner, WarningText, ButtonGroup', () => {
  it('links back', () => {
    renderUi(<BackLink to="/antrag">Zurück</BackLink>);
    expect(screen.getByRole('link', { name: 'Zurück' })).toHaveAttribute('href', '/antrag');
  });

  it('renders a banner as a region named by its title', () => {
    renderUi(
      <NotificationBanner title="Wichtig" kind="info">
        <p>Ihr Entwurf ist auf diesem Gerät gespeichert.</p>
      </NotificationBanner>,
    );
    const region = screen.getByRole('region', { name: 'Wichtig' });
    expect(region).toHaveTextContent('Ihr Entwurf ist auf diesem Gerät gespeichert.');
    expect(screen.getByRole('heading', { level: 2, name: 'Wichtig' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('announces success and error banners only when asked to', () => {
    renderUi(
      <>
        <NotificationBanner title="Gespeichert" kind="success" announce headingLevel={3}>
          Ihre Angaben sind gespeichert.
        </NotificationBanner>
        <NotificationBanner title="Hinweis" kind="warning" announce>
          Nur eine Region.
        </NotificationBanner>
      </>,
    );
    expect(screen.getByRole('alert', { name: 'Gespeichert' })).toHaveTextContent(
      'Ihre Angaben sind gespeichert.',
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Gespeichert' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Hinweis' })).toBeInTheDocument();
  });

  it('says "Warnung" to screen readers and hides the icon', () => {
    renderUi(<WarningText>Falsche Angaben sind strafbar.</WarningText>);
    expect(screen.getByText('!')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText(/Falsche Angaben/).textContent).toBe('Warnung: Falsche Angaben sind strafbar.');
  });

  it('groups buttons', () => {
    renderUi(
      <ButtonGroup>
        <button type="submit" className="button">
          Weiter
        </button>
        <a href="/abbrechen">Abbrechen</a>
      </ButtonGroup>,
    );
    expect(screen.getByRole('button', { name: 'Weiter' }).parentElement).toHaveClass('ui-button-group');
  });
});
