import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { kvnrCheckDigit } from '../../../src/domain/identifiers/kvnr';
import { endWizardSession, startWizard } from './start-wizard';

afterEach(endWizardSession);

// Whole-app tests that type a few people: slower than the default 5 s on a busy machine.
const slow = 30_000;

// 2025: a child born in 2006 turns 19 that year, one born in 2005 turns 20 (rules.md § 2).
const year = 2025;
const kvnr = (start: string) => `${start}${kvnrCheckDigit(start)}`;
const continueButton = () => screen.getByRole('button', { name: 'Speichern und weiter' });

type Member = {
  relation: RegExp;
  careHome?: 'Ja' | 'Nein';
  givenName: string;
  familyName: string;
  birthDate: string;
  insurerName?: string;
  kvnr?: string;
  familyInsured: 'Ja' | 'Nein';
};

async function openHousehold(user: UserEvent) {
  await user.click(await screen.findByRole('link', { name: /Haushalt/ }));
  await screen.findByRole('heading', { level: 1, name: 'Wer lebt mit Ihnen in einem Haushalt?' });
}

async function answerMore(user: UserEvent, answer: 'Ja' | 'Nein') {
  const question = screen.getByRole('group', {
    name: 'Leben weitere Personen in Ihrem Haushalt, die Sie angeben müssen?',
  });
  await user.click(within(question).getByLabelText(answer));
  await user.click(continueButton());
}

async function addMember(user: UserEvent, member: Member) {
  await answerMore(user, 'Ja');
  await screen.findByRole('heading', { level: 1, name: 'Angaben zur Person in Ihrem Haushalt' });
  await user.click(screen.getByLabelText(member.relation));
  if (member.careHome) {
    const careHome = screen.getByRole('group', { name: 'Lebt die Person dauerhaft in einem Pflegeheim?' });
    await user.click(within(careHome).getByLabelText(member.careHome));
  }
  await user.type(screen.getByLabelText('Vorname'), member.givenName);
  await user.type(screen.getByLabelText('Nachname'), member.familyName);
  await user.type(screen.getByLabelText('Geburtsdatum'), member.birthDate);
  if (member.insurerName) {
    await user.click(screen.getByLabelText('Bei einer anderen Krankenkasse'));
    await user.type(screen.getByLabelText('Name der Krankenkasse'), member.insurerName);
  } else {
    await user.click(screen.getByLabelText('Bei derselben Krankenkasse wie Sie'));
  }
  if (member.kvnr) await user.type(screen.getByLabelText(/^Krankenversichertennummer/), member.kvnr);
  const familyInsured = screen.getByRole('group', { name: 'Ist die Person familienversichert?' });
  await user.click(within(familyInsured).getByLabelText(member.familyInsured));
  await user.click(continueButton());
  await screen.findByRole('heading', { level: 1, name: 'Wer lebt mit Ihnen in einem Haushalt?' });
}

const rowOf = (name: string) => {
  const row = screen.getByText(name, { selector: 'dt' }).closest('div');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

const taskStatus = async (section: RegExp) =>
  (await screen.findByRole('link', { name: section })).closest('li') as HTMLElement;

describe('Haushalt', () => {
  it(
    'lists a couple with two children, says who counts and why, and completes with „Nein“',
    async () => {
      const user = userEvent.setup();
      await startWizard(user, year);
      await openHousehold(user);
      expect(rowOf('Sie')).toHaveTextContent('Zählt 2025 mit.');
      expect(within(rowOf('Sie')).queryByRole('link', { name: /Entfernen/ })).not.toBeInTheDocument();

      await addMember(user, {
        relation: /^Ehefrau, Ehemann/,
        careHome: 'Ja',
        givenName: 'Max',
        familyName: 'Mustermann',
        birthDate: '1.1.1950',
        insurerName: 'AOK Plus',
        familyInsured: 'Nein',
      });
      await addMember(user, {
        relation: /^Kind$/,
        givenName: 'Lena',
        familyName: 'Mustermann',
        birthDate: '14.7.2006',
        kvnr: kvnr('L87654321'),
        familyInsured: 'Ja',
      });
      await addMember(user, {
        relation: /^Kind$/,
        givenName: 'Paul',
        familyName: 'Mustermann',
        birthDate: '3.2.2005',
        kvnr: kvnr('P12345678'),
        familyInsured: 'Nein',
      });

      const spouse = rowOf('Max Mustermann');
      expect(spouse).toHaveTextContent('Ehegatte oder eingetragene Lebenspartnerschaft');
      expect(spouse).toHaveTextContent('geboren am 01.01.1950');
      expect(spouse).toHaveTextContent('versichert bei AOK Plus');
      expect(spouse).toHaveTextContent('Zählt 2025 mit.');
      expect(spouse).toHaveTextContent(/auch, wenn er oder sie dauerhaft in einem Pflegeheim lebt/);
      const lena = rowOf('Lena Mustermann');
      expect(lena).toHaveTextContent('Zählt 2025 mit.');
      expect(lena).toHaveTextContent(/weil es familienversichert ist/);
      const paul = rowOf('Paul Mustermann');
      expect(paul).toHaveTextContent('Zählt 2025 nicht mit.');
      expect(paul).toHaveTextContent(/Es hat eine eigene Belastungsgrenze/);
      expect(within(paul).getByRole('link', { name: 'Ändern Paul Mustermann' })).toBeInTheDocument();
      expect(within(paul).getByRole('link', { name: 'Entfernen Paul Mustermann' })).toBeInTheDocument();

      await answerMore(user, 'Nein');
      await screen.findByRole('heading', { level: 1, name: 'Ihr Antrag' });
      expect(within(await taskStatus(/Haushalt/)).getByText('Vollständig')).toBeInTheDocument();
    },
    slow,
  );

  it(
    'keeps the hidden answer of a conditional question and changes a member in place',
    async () => {
      const user = userEvent.setup();
      await startWizard(user, year);
      await openHousehold(user);
      await addMember(user, {
        relation: /^Ehefrau, Ehemann/,
        careHome: 'Nein',
        givenName: 'Max',
        familyName: 'Mustermann',
        birthDate: '1.1.1950',
        insurerName: 'AOK Plus',
        familyInsured: 'Nein',
      });
      await user.click(screen.getByRole('link', { name: 'Ändern Max Mustermann' }));
      await screen.findByRole('heading', { level: 1, name: 'Angaben zur Person in Ihrem Haushalt' });
      expect(screen.getByLabelText('Name der Krankenkasse')).toHaveValue('AOK Plus');
      expect(screen.getByLabelText('Krankenversichertennummer der Person (freiwillig)')).toHaveValue('');
      await user.click(screen.getByLabelText('Bei derselben Krankenkasse wie Sie'));
      expect(screen.queryByLabelText('Name der Krankenkasse')).not.toBeInTheDocument();
      await user.click(continueButton());
      const summary = await screen.findByRole('alert');
      expect(
        within(summary).getByRole('link', { name: /Bitte geben Sie die Krankenversichertennummer ein/ }),
      ).toBeInTheDocument();
      await user.click(screen.getByLabelText('Bei einer anderen Krankenkasse'));
      expect(screen.getByLabelText('Name der Krankenkasse')).toHaveValue('AOK Plus');
      await user.click(continueButton());
      await screen.findByRole('heading', { level: 1, name: 'Wer lebt mit Ihnen in einem Haushalt?' });
      expect(screen.getAllByRole('link', { name: /^Ändern / })).toHaveLength(1);
    },
    slow,
  );

  it(
    'names each missing field of an empty member page, keeps what was typed, and blocks „Nein“',
    async () => {
      const user = userEvent.setup();
      await startWizard(user, year);
      await openHousehold(user);
      await answerMore(user, 'Ja');
      await screen.findByRole('heading', { level: 1, name: 'Angaben zur Person in Ihrem Haushalt' });
      await user.type(screen.getByLabelText('Vorname'), 'Max');
      await user.type(screen.getByLabelText('Geburtsdatum'), '31.2.1950');
      await user.click(continueButton());

      const summary = await screen.findByRole('alert');
      expect(summary).toHaveFocus();
      const messages = within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent);
      expect(messages).toEqual([
        'Wählen Sie aus, in welcher Beziehung die Person zu Ihnen steht.',
        'Geben Sie den Nachnamen ein.',
        'Diesen Tag gibt es nicht: Der Februar 1950 hat 28 Tage.',
        'Wählen Sie aus, wo die Person krankenversichert ist.',
        expect.stringMatching(/^Bitte geben Sie die Krankenversichertennummer ein/),
        'Wählen Sie aus, ob die Person familienversichert ist.',
      ]);
      expect(screen.getByLabelText('Vorname')).toHaveValue('Max');
      expect(screen.getByLabelText('Geburtsdatum')).toHaveValue('31.2.1950');
      await user.click(within(summary).getByRole('link', { name: 'Geben Sie den Nachnamen ein.' }));
      expect(screen.getByLabelText('Nachname')).toHaveFocus();
      for (const field of ['Vorname', 'Nachname', 'Geburtsdatum', /^Krankenversichertennummer/]) {
        expect(screen.getByLabelText(field)).toHaveAttribute('autocomplete', 'off');
      }

      await user.click(screen.getByRole('link', { name: 'Zurück' }));
      await screen.findByRole('heading', { level: 1, name: 'Wer lebt mit Ihnen in einem Haushalt?' });
      expect(rowOf('Max')).toHaveTextContent('Angaben unvollständig');
      await answerMore(user, 'Nein');
      const blocked = await screen.findByRole('alert');
      await user.click(
        within(blocked).getByRole('link', { name: 'Vervollständigen Sie die Angaben zu Max.' }),
      );
      expect(screen.getByRole('link', { name: 'Angaben ergänzen Max' })).toHaveFocus();
      await user.click(screen.getByRole('link', { name: 'Angaben ergänzen Max' }));
      expect(await screen.findByLabelText('Vorname')).toHaveValue('Max');
    },
    slow,
  );

  it(
    'refuses two spouses when the list is closed',
    async () => {
      const user = userEvent.setup();
      await startWizard(user, year);
      await openHousehold(user);
      for (const givenName of ['Max', 'Moritz']) {
        await addMember(user, {
          relation: /^Ehefrau, Ehemann/,
          careHome: 'Nein',
          givenName,
          familyName: 'Mustermann',
          birthDate: '1.1.1950',
          kvnr: kvnr('M12345678'),
          familyInsured: 'Nein',
        });
      }
      await answerMore(user, 'Nein');
      const summary = await screen.findByRole('alert');
      expect(
        within(summary).getByRole('link', { name: /^Nur eine Person kann Ehe- oder Lebenspartner\/in sein/ }),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('link', { name: 'Zurück' }));
      expect(within(await taskStatus(/Haushalt/)).getByText('In Bearbeitung')).toBeInTheDocument();
    },
    slow,
  );

  it(
    'does not add anyone when a new member page is left without an answer',
    async () => {
      const user = userEvent.setup();
      await startWizard(user, year);
      await openHousehold(user);
      await answerMore(user, 'Ja');
      await screen.findByRole('heading', { level: 1, name: 'Angaben zur Person in Ihrem Haushalt' });
      await user.click(screen.getByRole('link', { name: 'Zurück' }));
      await screen.findByRole('heading', { level: 1, name: 'Wer lebt mit Ihnen in einem Haushalt?' });
      expect(screen.queryByRole('link', { name: /^Ändern / })).not.toBeInTheDocument();
    },
    slow,
  );

  it(
    'removes a member after asking, with their income entries, and shows a success banner',
    async () => {
      const user = userEvent.setup();
      const { router } = await startWizard(user, year);
      await openHousehold(user);
      await addMember(user, {
        relation: /^Kind$/,
        givenName: 'Lena',
        familyName: 'Mustermann',
        birthDate: '14.7.2012',
        kvnr: kvnr('L87654321'),
        familyInsured: 'Ja',
      });
      await answerMore(user, 'Nein');
      await openHousehold(user);
      const lenaId = screen
        .getByRole('link', { name: 'Ändern Lena Mustermann' })
        .getAttribute('href')
        ?.split('/')
        .pop();
      // An income of Lena's, entered on the Einnahmen section's own page.
      await router.navigate(`/antrag/einnahmen/eintrag/lena-income?person=${lenaId}`);
      await user.type(await screen.findByLabelText(/^Betrag in Euro/), '450');
      await router.navigate('/antrag/haushalt');
      await router.navigate('/antrag/einnahmen/eintrag/lena-income');
      expect(await screen.findByLabelText(/^Betrag in Euro/)).toHaveValue('450');
      await router.navigate('/antrag/haushalt');

      await user.click(await screen.findByRole('link', { name: 'Entfernen Lena Mustermann' }));
      await screen.findByRole('heading', {
        level: 1,
        name: 'Möchten Sie Lena Mustermann aus Ihrem Haushalt entfernen?',
      });
      expect(screen.getByText(/Einnahmen und die Angaben zur chronischen Erkrankung/)).toBeInTheDocument();
      await user.click(continueButton());
      expect(
        within(await screen.findByRole('alert')).getByRole('link', {
          name: 'Wählen Sie aus, ob Sie Lena Mustermann entfernen möchten.',
        }),
      ).toBeInTheDocument();
      await user.click(screen.getByLabelText('Ja, entfernen'));
      await user.click(continueButton());

      await screen.findByRole('heading', { level: 1, name: 'Wer lebt mit Ihnen in einem Haushalt?' });
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Lena Mustermann wurde aus Ihrem Haushalt entfernt.',
      );
      expect(screen.queryByText('Lena Mustermann', { selector: 'dt' })).not.toBeInTheDocument();
      await user.click(screen.getByRole('link', { name: 'Zurück' }));
      expect(within(await taskStatus(/Haushalt/)).getByText('Vollständig')).toBeInTheDocument();
      await router.navigate('/antrag/einnahmen/eintrag/lena-income');
      expect(await screen.findByLabelText(/^Betrag in Euro/)).toHaveValue('');
    },
    slow,
  );
});
