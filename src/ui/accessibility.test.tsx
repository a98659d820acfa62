import axe from 'axe-core';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { BackLink } from './back-link';
import { ButtonGroup } from './button-group';
import { CheckboxField } from './checkbox-field';
import { CheckboxGroup } from './checkbox-group';
import { ErrorSummary } from './error-summary';
import { FileUpload } from './file-upload';
import { NotificationBanner } from './notification-banner';
import { RadioGroup } from './radio-group';
import { SelectField } from './select-field';
import { SummaryList } from './summary-list';
import { TaskList } from './task-list';
import { renderUi } from './test-providers';
import { TextField } from './text-field';
import { WarningText } from './warning-text';

type Form = {
  name: string;
  amount: string;
  married: string;
  year: string;
  confirm: boolean;
  kinds: string[];
};

function QuestionPage({ withErrors }: { withErrors: boolean }) {
  const { register } = useForm<Form>();
  const error = (text: string) => (withErrors ? text : undefined);
  return (
    <main>
      <BackLink to="/antrag">Zurück</BackLink>
      <ErrorSummary
        title="Es gibt ein Problem"
        submitCount={1}
        errors={withErrors ? [{ fieldId: 'name', message: 'Geben Sie Ihren Namen an' }] : []}
      />
      <form noValidate>
        <TextField
          id="name"
          label="Wie heißen Sie?"
          labelAsHeading
          hint="Wie auf der Versichertenkarte"
          error={error('Geben Sie Ihren Namen an')}
          autoComplete="name"
          spellCheck={false}
          registration={register('name')}
        />
        <TextField
          id="amount"
          label="Betrag in Euro"
          width="money"
          inputMode="decimal"
          autoComplete="off"
          suffix="€"
          error={error('Geben Sie den Betrag an, zum Beispiel 12,50')}
          registration={register('amount')}
        />
        <RadioGroup
          id="married"
          legend="Sind Sie verheiratet?"
          hint="Oder in eingetragener Lebenspartnerschaft"
          inline
          error={error('Wählen Sie Ja oder Nein')}
          options={[
            { value: 'yes', label: 'Ja' },
            { value: 'no', label: 'Nein', hint: 'Auch bei Trennung' },
          ]}
          registration={register('married')}
        />
        <SelectField
          id="year"
          label="Jahr"
          placeholder="Bitte wählen"
          error={error('Wählen Sie ein Jahr')}
          options={[{ value: '2026', label: '2026' }]}
          registration={register('year')}
        />
        <CheckboxGroup
          id="kinds"
          legend="Welche Einnahmen haben Sie?"
          error={error('Wählen Sie mindestens eine Einnahme')}
          options={[
            { value: 'pension', label: 'Rente' },
            { value: 'wage', label: 'Lohn', hint: 'Auch Minijob' },
          ]}
          registration={register('kinds')}
        />
        <FileUpload
          id="receipts"
          label="Belege"
          hint="JPEG, PNG oder PDF"
          accept="image/jpeg,image/png,application/pdf"
          multiple
          error={error('Wählen Sie eine Datei aus')}
          files={[{ id: '1', name: 'beleg.pdf', size: 123456, type: 'application/pdf' }]}
          onAdd={() => undefined}
          onRemove={() => undefined}
        />
        <WarningText>Falsche Angaben können zur Rückforderung führen.</WarningText>
        <CheckboxField
          id="confirm"
          label="Meine Angaben sind richtig"
          hint="Sie können sie bis zum Absenden ändern"
          error={error('Bestätigen Sie Ihre Angaben')}
          registration={register('confirm')}
        />
        <ButtonGroup>
          <button type="submit" className="button">
            Weiter
          </button>
          <button type="button" className="button button--warning">
            Entwurf löschen
          </button>
          <a href="/antrag">Abbrechen</a>
        </ButtonGroup>
      </form>
    </main>
  );
}

function OverviewPage() {
  return (
    <main>
      <h1>Ihr Antrag</h1>
      <NotificationBanner title="Gespeichert" kind="success" announce>
        <p>Ihre Angaben sind auf diesem Gerät gespeichert.</p>
      </NotificationBanner>
      <NotificationBanner title="Wichtig" kind="warning">
        <p>Die Werte für 2027 sind vorläufig.</p>
      </NotificationBanner>
      <TaskList
        items={[
          {
            id: 'person',
            title: 'Persönliche Angaben',
            to: '/person',
            status: { label: 'Vollständig', kind: 'complete' },
          },
          {
            id: 'income',
            title: 'Einnahmen',
            to: '/einnahmen',
            hint: 'Renten und Löhne',
            status: { label: 'In Bearbeitung', kind: 'inProgress' },
          },
          {
            id: 'household',
            title: 'Haushalt',
            to: '/haushalt',
            status: { label: 'Nicht begonnen', kind: 'notStarted' },
          },
          {
            id: 'chronic',
            title: 'Chronische Erkrankung',
            status: { label: 'Nicht nötig', kind: 'notNeeded' },
          },
          {
            id: 'submit',
            title: 'Prüfen und absenden',
            status: { label: 'Noch nicht möglich', kind: 'cannotStart' },
          },
        ]}
      />
      <h2>Angaben prüfen</h2>
      <SummaryList
        rows={[
          {
            key: 'Name',
            value: 'Erika Mustermann',
            actions: [{ to: '/name', label: 'Ändern', hiddenContext: 'Name' }],
          },
          {
            key: 'Kind 1',
            value: 'Max',
            actions: [
              { to: '/kind/1', label: 'Ändern', hiddenContext: 'Kind 1' },
              { to: '/kind/1/entfernen', label: 'Entfernen', hiddenContext: 'Kind 1' },
            ],
          },
          { key: 'Jahr', value: '2026' },
        ]}
      />
    </main>
  );
}

async function violations(container: HTMLElement) {
  const results = await axe.run(container, {
    // jsdom has no layout: contrast is checked by the e2e tests in Chromium.
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => node.html),
  }));
}

describe('axe on the primitives', () => {
  it.each([false, true])('finds nothing on a question page (errors: %s)', async (withErrors) => {
    const { container } = renderUi(<QuestionPage withErrors={withErrors} />);
    expect(await violations(container)).toEqual([]);
  });

  it('finds nothing on an overview page with banners, task list and summary list', async () => {
    const { container } = renderUi(<OverviewPage />);
    expect(await violations(container)).toEqual([]);
  });

  it('finds nothing in English', async () => {
    const { container } = renderUi(<QuestionPage withErrors />, { language: 'en' });
    expect(await violations(container)).toEqual([]);
  });
});
