import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { endWizardSession, startWizard } from './start-wizard';
import { jpeg, pdf as minimalPdf } from '../../../src/documents/bundle/bundle-fixtures.test-support';

afterEach(endWizardSession);

const validKvnr = 'A123456780';

describe('Persönliche Angaben', () => {
  it('walks through every page, then shows the answers with change links and the section as complete', async () => {
    const user = userEvent.setup();
    await startWizard(user, 2026);
    await user.click(screen.getByRole('link', { name: /Persönliche Angaben/ }));

    await screen.findByRole('heading', { level: 1, name: 'Wie heißen Sie und wann sind Sie geboren?' });
    await user.type(screen.getByLabelText('Vorname'), 'Erika');
    await user.type(screen.getByLabelText('Nachname'), 'Mustermann');
    await user.type(screen.getByLabelText('Geburtsdatum'), '27.3.1956');
    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));

    await user.type(await screen.findByRole('textbox', { name: /Krankenversichertennummer/ }), validKvnr);
    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));

    await user.type(await screen.findByLabelText('Straße und Hausnummer'), 'Lindenweg 3');
    await user.type(screen.getByLabelText('Postleitzahl'), '01067');
    await user.type(screen.getByLabelText('Wohnort'), 'Dresden');
    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));

    await screen.findByRole('heading', { level: 1, name: 'Wie erreichen wir Sie bei Rückfragen?' });
    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));

    await user.click(await screen.findByLabelText('Für mich selbst'));
    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));

    await user.type(await screen.findByLabelText('IBAN'), 'DE02 1203 0000 0000 2020 51');
    await user.type(screen.getByLabelText('Kontoinhaberin oder Kontoinhaber'), 'Erika Mustermann');
    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));

    await screen.findByRole('heading', { level: 1, name: 'Persönliche Angaben prüfen' });
    expect(screen.queryByText('Das fehlt noch')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ändern Krankenversichertennummer' })).toBeInTheDocument();
    expect(screen.getByText('DE02 1203 0000 0000 2020 51')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Zurück zu „Ihr Antrag“' }));
    const row = (await screen.findByRole('link', { name: /Persönliche Angaben/ })).closest('li');
    expect(within(row!).getByText('Vollständig')).toBeInTheDocument();
  });

  it('reports each wrong field in the error summary and keeps everything typed', async () => {
    const user = userEvent.setup();
    await startWizard(user, 2026);
    await user.click(screen.getByRole('link', { name: /Persönliche Angaben/ }));
    await user.type(await screen.findByLabelText('Vorname'), 'Erika');
    await user.type(screen.getByLabelText('Geburtsdatum'), '31.2.1956');
    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Geben Sie Ihren Nachnamen ein.' })).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', { name: 'Diesen Tag gibt es nicht: Der Februar 1956 hat 29 Tage.' }),
    ).toBeInTheDocument();
    expect(summary).toHaveFocus();
    expect(screen.getByLabelText('Vorname')).toHaveValue('Erika');
    expect(screen.getByLabelText('Geburtsdatum')).toHaveValue('31.2.1956');
    expect(document.title).toMatch(/^Fehler:/);

    await user.click(within(summary).getByRole('link', { name: 'Geben Sie Ihren Nachnamen ein.' }));
    expect(screen.getByLabelText('Nachname')).toHaveFocus();
  });

  it('asks for the representative and the power of attorney when applying for someone else', async () => {
    const user = userEvent.setup();
    const { router } = await startWizard(user, 2026);
    await router.navigate('/antrag/persoenliche-angaben/vertretung');
    await user.click(await screen.findByLabelText('Für eine andere Person, mit Vollmacht'));
    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));

    await screen.findByRole('heading', { level: 1, name: 'Angaben zur vertretenden Person' });
    await user.type(screen.getByLabelText('Ihr Vorname'), 'Jonas');
    await user.type(screen.getByLabelText('Ihr Nachname'), 'Mustermann');
    await user.type(screen.getByLabelText('Ihre Straße und Hausnummer'), 'Am Markt 1');
    await user.type(screen.getByLabelText('Ihre Postleitzahl'), '04109');
    await user.type(screen.getByLabelText('Ihr Wohnort'), 'Leipzig');
    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Laden Sie die Vollmacht hoch.' })).toBeInTheDocument();

    const pdf = new File([minimalPdf()], 'vollmacht.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText('Vollmacht'), pdf);
    expect(await screen.findByRole('button', { name: 'Entfernen vollmacht.pdf' })).toBeInTheDocument();
    const fake = new File(['<html>'], 'vollmacht-scan.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText('Vollmacht'), fake);
    expect(
      await screen.findByText(/„vollmacht-scan.pdf“ ist kein Foto \(JPEG, PNG\) und kein PDF/),
    ).toBeInTheDocument();
    // The reader's check runs on attaching: a PDF with JavaScript is explained here, never first at sending.
    const script = new File(
      [minimalPdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >> ')],
      'vollmacht-2.pdf',
      { type: 'application/pdf' },
    );
    await user.upload(screen.getByLabelText('Vollmacht'), script);
    expect(
      await screen.findByText(
        /„vollmacht-2.pdf“ kann nicht angenommen werden: Die PDF-Datei enthält JavaScript/,
      ),
    ).toBeInTheDocument();

    // jsdom has no OffscreenCanvas, like some older browsers: a photo is kept unshrunk, said at the field.
    await user.upload(
      screen.getByLabelText('Vollmacht'),
      new File([jpeg(800, 600)], 'vollmacht-foto.jpg', { type: 'image/jpeg' }),
    );
    expect(await screen.findByRole('button', { name: 'Entfernen vollmacht-foto.jpg' })).toBeInTheDocument();
    expect(screen.getByText(/Dieser Browser kann Fotos nicht verkleinern/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));
    await screen.findByRole('heading', { level: 1, name: 'Bankverbindung für Erstattungen' });
    await user.click(screen.getByRole('link', { name: 'Zurück' }));
    expect(await screen.findByLabelText('Ihr Wohnort')).toHaveValue('Leipzig');
    expect(screen.getByRole('button', { name: 'Entfernen vollmacht.pdf' })).toBeInTheDocument();
  });

  it('speaks English after the switch, error messages included, without losing what was typed', async () => {
    const user = userEvent.setup();
    const { router } = await startWizard(user, 2026);
    await router.navigate('/antrag/persoenliche-angaben/name');
    await user.type(await screen.findByLabelText('Vorname'), 'Erika');
    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));
    expect(await screen.findByRole('link', { name: 'Geben Sie Ihren Nachnamen ein.' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'What is your name and when were you born?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enter your last name.' })).toBeInTheDocument();
    expect(screen.getByLabelText('First name')).toHaveValue('Erika');
  });
});
