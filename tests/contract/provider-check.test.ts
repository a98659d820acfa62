import { expect, it, vi } from 'vitest';
import {
  demoExemptionCardNumber as mockCardNumber,
  demoExemptionPersons as mockPersons,
  demoProviderRegister as mockRegister,
} from '../../mocks/data/demo-providers';
import { caseworkerProblemCodes as authCodes } from '../../src/api/contracts/caseworker-auth';
import {
  fhirJsonMediaType,
  fhirStatusAnswerSchema,
  insuredObjectionWithdrawalPath,
  insuredObjectionsPath,
  insuredStatusChecksPath,
  insuredStatusChecksSchema,
  providerApiKeyListSchema,
  providerApiKeyPath,
  providerApiKeysPath,
  providerKeepAlivePath,
  providerLetterAnswerSchema,
  providerLogoutPath,
  providerNewApiKeySchema,
  providerProblemCodes as codes,
  providerQueryHistorySchema,
  providerSessionCookie,
  providerSessionPath,
  providerSessionSchema,
  providerStatusQueryPath,
  statusAnswerSchema,
  zuzahlungsstatusExtensionUrl,
  type InsuredStatusChecks,
  type ProviderQueryHistory,
  type StatusQueryRequest,
} from '../../src/api/contracts/provider-check';
import { berlinDateTime } from '../../src/documents/antrag/antrag-format';
import { kvnrCheckDigit } from '../../src/domain/identifiers/kvnr';
import {
  demoExemptionCardNumber as serverCardNumber,
  demoExemptionPersons as serverPersons,
} from '../../src/server/demo/demo-exemption-persons';
import { demoProviderRegister as serverRegister } from '../../src/server/demo/provider-register-seed';
import { expectProblem } from './support/contract-requests';
import type { ContractTarget } from './support/contract-target';
import { exemptHousehold } from './support/provider-persons';
import {
  activate,
  activeProvider,
  codesOf,
  freshIk,
  json,
  lettersOf,
  login,
  newLetter,
  noSession,
  postLetterRequest,
  registeredProvider,
  sessionFrom,
  solvedChallenge,
  strongPassword,
  type ProviderLogin,
} from './support/provider-steps';
import { describeEachTarget } from './support/use-target';

/*
 * The provider status check (issue 15, ADR 0026) against the mock and the server on PGlite and PostgreSQL: the
 * letter request behind a proof-of-work challenge, login with the letter's initial password and activation with its
 * Prüfnummer, the status answer (befreit with initials only; one "nicht befreit" for everything else, in JSON and
 * FHIR), consent and date rules, the daily and burst limits, API keys, the provider's history and the insured
 * person's view with objections. Each test registers providers of its own (a fresh IK added to the register): the
 * servers keep their data for the whole file.
 *
 * The limits test moves the clock — through the demo clock route on the servers, through a faked Date for the mock
 * (it runs in this process and reads Date.now()).
 */

const berlinToday = () => berlinDateTime(new Date().toISOString()).date;
const notExemptBody = '{"status":"nicht-befreit"}';

/** A valid KVNR that nobody in any target has (the letter Z is used by no test person and no demo person). */
const strangerKvnr = (() => {
  const nine = 'Z31415926';
  return `${nine}${kvnrCheckDigit(nine)}`;
})();

it('the mock seeds the server demo start IK register and demo people', () => {
  expect(mockRegister).toEqual(serverRegister);
  expect(mockCardNumber).toBe(serverCardNumber);
  for (const which of ['exempt', 'notExempt'] as const) {
    const { givenName, familyName, kvnr, birthDate } = serverPersons[which];
    expect(mockPersons[which]).toEqual({ givenName, familyName, kvnr, birthDate });
  }
});

describeEachTarget('the provider status check', (target: () => ContractTarget) => {
  const query = (
    headers: Record<string, string>,
    body: StatusQueryRequest | Record<string, unknown>,
    extra: Record<string, string> = {},
  ) =>
    target().fetch(providerStatusQueryPath, {
      method: 'POST',
      headers: { ...json, ...headers, ...extra },
      body: JSON.stringify(body),
    });

  /** The text of a 200 answer, checked against the contract's plain or FHIR schema. */
  const answered = async (response: Response, format: 'json' | 'fhir' = 'json'): Promise<string> => {
    const text = await response.text();
    expect(response.status, text).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    if (format === 'fhir') {
      expect(response.headers.get('content-type')).toMatch(/^application\/fhir\+json(;|$)/);
      fhirStatusAnswerSchema.parse(JSON.parse(text));
    } else {
      expect(response.headers.get('content-type')).toMatch(/^application\/json(;|$)/);
      statusAnswerSchema.parse(JSON.parse(text));
    }
    return text;
  };

  const historyOf = async (provider: ProviderLogin): Promise<ProviderQueryHistory> => {
    const response = await target().fetch(providerStatusQueryPath, { headers: provider.headers });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    return providerQueryHistorySchema.parse(JSON.parse(text));
  };

  const insured = async (path: string, body: object): Promise<InsuredStatusChecks> => {
    const response = await target().fetch(path, {
      method: 'POST',
      headers: { ...json, ...noSession },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    return insuredStatusChecksSchema.parse(JSON.parse(text));
  };

  it('answers 202 alike for an IK on file and one that is not, posts a letter to the register address only, and refuses a replayed challenge', async () => {
    const entry = await registeredProvider(target());
    const unknownIk = freshIk();
    const altcha = await solvedChallenge(target());
    const onFile = await postLetterRequest(target(), { ik: entry.ik, altcha });
    const replayed = await postLetterRequest(target(), { ik: unknownIk, altcha });
    const notOnFile = await postLetterRequest(target(), {
      ik: unknownIk,
      altcha: await solvedChallenge(target()),
    });
    const [first, second] = [await onFile.text(), await notOnFile.text()];
    expect([onFile.status, notOnFile.status]).toEqual([202, 202]);
    expect(first).toBe(second);
    providerLetterAnswerSchema.parse(JSON.parse(first));
    await expectProblem(replayed, 400, codes.challengeFailed);
    await expectProblem(
      await postLetterRequest(target(), { ik: entry.ik, altcha: btoa('{"challenge":{},"solution":{}}') }),
      400,
      codes.challengeFailed,
    );
    await expectProblem(
      await postLetterRequest(target(), {
        ik: entry.ik,
        termsAccepted: false,
        altcha: await solvedChallenge(target()),
      }),
      422,
      codes.termsNotAccepted,
    );

    const letters = await lettersOf(target(), entry.ik);
    expect(letters).toHaveLength(1);
    const letter = letters[0]!;
    // To the name and address on file, never to one typed in the form.
    expect(letter.recipient).toEqual({ name: entry.name, addressLines: entry.addressLines });
    expect(letter.body).toContain(entry.ik);
    const letterCodes = codesOf(letter);
    expect(letterCodes.initialPassword.replaceAll('-', '')).toHaveLength(16);
    expect(letterCodes.pruefnummer.replaceAll('-', '')).toHaveLength(10);
    expect(await lettersOf(target(), unknownIk)).toEqual([]);

    // Three letters per IK in 30 days: a fourth request is answered alike and posts nothing.
    await newLetter(target(), entry.ik, 'newLetter');
    await newLetter(target(), entry.ik, 'newLetter');
    const fourth = await postLetterRequest(target(), {
      ik: entry.ik,
      reason: 'newLetter',
      altcha: await solvedChallenge(target()),
    });
    expect(fourth.status).toBe(202);
    expect(await fourth.text()).toBe(first);
    expect(await lettersOf(target(), entry.ik)).toHaveLength(3);
  });

  it('logs in with the initial password to the activation only, activates once with the Prüfnummer, and answers an unknown IK and a wrong password with one 401', async () => {
    const entry = await registeredProvider(target());
    const letter = await newLetter(target(), entry.ik);
    const unknown = await login(target(), freshIk(), letter.initialPassword);
    const wrong = await login(target(), entry.ik, 'Falsches-Passwort-2026');
    expect(unknown.headers.get('set-cookie')).toBeNull();
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const [unknownText, wrongText] = [await unknown.text(), await wrong.text()];
    expect(unknownText).toBe(wrongText);
    await expectProblem(
      new Response(wrongText, { status: wrong.status, headers: wrong.headers }),
      401,
      codes.loginFailed,
    );
    expect(unknown.status).toBe(401);

    const opened = await login(target(), entry.ik, letter.initialPassword);
    const setCookie = opened.headers.get('set-cookie') ?? '';
    for (const attribute of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/api'])
      expect(setCookie).toContain(attribute);
    const initial = await sessionFrom(opened);
    expect(initial.session).toMatchObject({
      provider: { ik: entry.ik, name: entry.name },
      stage: 'activation',
      idleTimeoutSeconds: 900,
    });

    // Only the activation is open in this stage.
    const someone = {
      kvnr: strangerKvnr,
      birthDate: '1970-01-01',
      consent: 'cardPresented',
      serviceDate: berlinToday(),
    };
    await expectProblem(await query(initial.headers, someone), 403, codes.activationRequired);
    await expectProblem(
      await target().fetch(providerApiKeysPath, { headers: initial.headers }),
      403,
      codes.activationRequired,
    );
    const withoutToken = { Cookie: initial.headers.Cookie ?? '' };
    await expectProblem(
      await activate(
        target(),
        { ...initial, headers: withoutToken },
        { ...letter, newPassword: strongPassword },
      ),
      403,
      authCodes.csrfMissing,
    );
    await expectProblem(
      await activate(target(), initial, { pruefnummer: 'AAAAA-BBBBB', newPassword: strongPassword }),
      422,
      codes.pruefnummerInvalid,
    );
    const weak = await expectProblem(
      await activate(target(), initial, { pruefnummer: letter.pruefnummer, newPassword: 'zu-kurz' }),
      422,
      codes.passwordWeak,
    );
    expect(weak.detail).toContain('12');

    const active = await sessionFrom(
      await activate(target(), initial, { pruefnummer: letter.pruefnummer, newPassword: strongPassword }),
    );
    expect(active.session.stage).toBe('active');
    // A new session for the raised privilege; the activation session has ended.
    expect(active.headers.Cookie).not.toBe(initial.headers.Cookie);
    await expectProblem(
      await target().fetch(providerSessionPath, { headers: initial.headers }),
      401,
      authCodes.unauthenticated,
    );
    // The Prüfnummer holds once; the initial password opens nothing any more.
    await expectProblem(
      await activate(target(), active, { pruefnummer: letter.pruefnummer, newPassword: strongPassword }),
      422,
      codes.pruefnummerInvalid,
    );
    await expectProblem(await login(target(), entry.ik, letter.initialPassword), 401, codes.loginFailed);

    const again = await sessionFrom(await login(target(), entry.ik, strongPassword));
    expect(again.session.stage).toBe('active');
    const asked = await target().fetch(providerSessionPath, {
      headers: { Cookie: again.headers.Cookie ?? '' },
    });
    expect(providerSessionSchema.parse(await asked.json()).csrfToken).toBe(again.session.csrfToken);
    await expectProblem(
      await target().fetch(providerKeepAlivePath, {
        method: 'POST',
        headers: { Cookie: again.headers.Cookie ?? '' },
      }),
      403,
      authCodes.csrfMissing,
    );
    const kept = await target().fetch(providerKeepAlivePath, { method: 'POST', headers: again.headers });
    expect(kept.status).toBe(200);
    providerSessionSchema.parse(await kept.json());
    const out = await target().fetch(providerLogoutPath, { method: 'POST', headers: again.headers });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(new RegExp(`^${providerSessionCookie}=;.*Max-Age=0`));
    await expectProblem(
      await target().fetch(providerSessionPath, { headers: again.headers }),
      401,
      authCodes.unauthenticated,
    );
  });

  it("answers the demo's exempt person befreit with initials and validity, and a stranger, a wrong birth date and a person not exempt with the same nicht-befreit bytes, in JSON and FHIR", async () => {
    const { login: provider } = await activeProvider(target());
    const today = berlinToday();
    const ask = (person: { kvnr: string; birthDate: string }, extra: Record<string, string> = {}) =>
      query(
        provider.headers,
        { kvnr: person.kvnr, birthDate: person.birthDate, consent: 'cardPresented', serviceDate: today },
        extra,
      );

    const exempt = JSON.parse(await answered(await ask(mockPersons.exempt)));
    expect(exempt).toEqual({
      status: 'befreit',
      initials: 'Ł. Ğ.',
      validUntil: `${today.slice(0, 4)}-12-31`,
    });
    const nots = [
      await answered(await ask(mockPersons.notExempt)),
      await answered(await ask({ kvnr: strangerKvnr, birthDate: '1970-01-01' })),
      await answered(await ask({ ...mockPersons.exempt, birthDate: '1978-04-13' })),
    ];
    expect(nots).toEqual([notExemptBody, notExemptBody, notExemptBody]);

    const fhir = { Accept: fhirJsonMediaType };
    const exemptFhir = fhirStatusAnswerSchema.parse(
      JSON.parse(await answered(await ask(mockPersons.exempt, fhir), 'fhir')),
    );
    expect(exemptFhir.parameter).toEqual([
      {
        name: 'zuzahlungsstatus',
        valueBoolean: true,
        extension: [
          {
            url: zuzahlungsstatusExtensionUrl,
            extension: [
              { url: 'status', valueBoolean: true },
              { url: 'gueltigBis', valueDate: `${today.slice(0, 4)}-12-31` },
            ],
          },
        ],
      },
      { name: 'initialen', valueString: 'Ł. Ğ.' },
    ]);
    const notFhir = [
      await answered(await ask(mockPersons.notExempt, fhir), 'fhir'),
      await answered(await ask({ kvnr: strangerKvnr, birthDate: '1970-01-01' }, fhir), 'fhir'),
    ];
    expect(notFhir[0]).toBe(notFhir[1]);
    expect(fhirStatusAnswerSchema.parse(JSON.parse(notFhir[0]!)).parameter).toEqual([
      {
        name: 'zuzahlungsstatus',
        valueBoolean: false,
        extension: [
          { url: zuzahlungsstatusExtensionUrl, extension: [{ url: 'status', valueBoolean: false }] },
        ],
      },
    ]);

    // The history holds what the provider was told and how the patient agreed: no KVNR, name or initials.
    const history = await historyOf(provider);
    expect(history.entries.map((entry) => entry.answered)).toEqual([
      'nicht-befreit',
      'nicht-befreit',
      'befreit',
      'nicht-befreit',
      'nicht-befreit',
      'nicht-befreit',
      'befreit',
    ]);
    expect(
      new Set(history.entries.map((entry) => `${entry.consent} ${entry.serviceDate} ${entry.via}`)),
    ).toEqual(new Set([`cardPresented ${today} portal`]));
    expect(history).toMatchObject({ usedToday: 7, dailyLimit: 100 });
    const historyText = JSON.stringify(history);
    for (const secret of [mockPersons.exempt.kvnr, strangerKvnr, 'Ł. Ğ.'])
      expect(historyText).not.toContain(secret);
  });

  it('refuses a query without a valid consent form (400) or with a date of service outside the previous, current and next year (422), and logs neither', async () => {
    const { login: provider } = await activeProvider(target());
    const year = Number(berlinToday().slice(0, 4));
    const body = {
      kvnr: strangerKvnr,
      birthDate: '1970-01-01',
      consent: 'writtenOnFile',
      serviceDate: `${year}-06-01`,
    } as const;
    const { consent: _consent, ...withoutConsent } = body;
    await expectProblem(await query(provider.headers, withoutConsent), 400, 'request.invalid');
    await expectProblem(
      await query(provider.headers, { ...body, consent: 'nodded' }),
      400,
      'request.invalid',
    );
    for (const serviceDate of [`${year - 2}-12-31`, `${year + 2}-01-01`]) {
      await expectProblem(
        await query(provider.headers, { ...body, serviceDate }),
        422,
        codes.serviceDateOutOfRange,
      );
    }
    for (const serviceDate of [`${year - 1}-01-01`, `${year + 1}-12-31`])
      expect(await answered(await query(provider.headers, { ...body, serviceDate }))).toBe(notExemptBody);
    const history = await historyOf(provider);
    expect(
      history.entries.map(({ consent, serviceDate, answered: told, via }) => [
        consent,
        serviceDate,
        told,
        via,
      ]),
    ).toEqual([
      ['writtenOnFile', `${year + 1}-12-31`, 'nicht-befreit', 'portal'],
      ['writtenOnFile', `${year - 1}-01-01`, 'nicht-befreit', 'portal'],
    ]);
    expect(history.usedToday).toBe(2);
  });

  /** Pins the target's clock at `at` for `work`, which may move it on; then back to the real time. */
  const pinned = async (at: number, work: (moveTo: (at: number) => Promise<void>) => Promise<void>) => {
    if (target().name === 'mock') {
      vi.useFakeTimers({ toFake: ['Date'], now: at });
      try {
        await work(async (next) => {
          vi.setSystemTime(next);
        });
      } finally {
        vi.useRealTimers();
      }
      return;
    }
    const put = async (now: string | null) => {
      const response = await target().fetch('/api/__demo/clock', {
        method: 'PUT',
        headers: json,
        body: JSON.stringify({ now }),
      });
      expect(response.status, await response.text()).toBe(200);
    };
    await put(new Date(at).toISOString());
    try {
      await work((next) => put(new Date(next).toISOString()));
    } finally {
      await put(null);
    }
  };

  it("answers the 101st query of a provider's day 429 provider.quotaExceeded with Retry-After until midnight in Berlin, and the 31st in a minute 429 request.rateLimited", async () => {
    const { entry } = await activeProvider(target());
    // 10:00 in Berlin on a summer day: the day's four minutes of queries stay on that day.
    const start = Date.parse('2026-06-15T08:00:00Z');
    const midnight = Date.parse('2026-06-15T22:00:00Z');
    await pinned(start, async (moveTo) => {
      const provider = await sessionFrom(await login(target(), entry.ik, strongPassword));
      const ask = () =>
        query(provider.headers, {
          kvnr: strangerKvnr,
          birthDate: '1970-01-01',
          consent: 'givenOrally',
          serviceDate: '2026-06-15',
        });
      let count = 0;
      for (let minute = 0; count < 100; minute += 1) {
        await moveTo(start + minute * 60_000);
        const batch = Math.min(30, 100 - count);
        for (let i = 0; i < batch; i += 1) expect(await answered(await ask())).toBe(notExemptBody);
        count += batch;
        if (minute === 0) {
          const burst = await ask();
          await expectProblem(burst, 429, 'request.rateLimited');
          expect(Number(burst.headers.get('retry-after'))).toBe(60);
        }
      }
      const last = start + 4 * 60_000;
      await moveTo(last);
      const refused = await ask();
      await expectProblem(refused, 429, codes.quotaExceeded);
      expect(Number(refused.headers.get('retry-after'))).toBe((midnight - last) / 1000);
      expect(await historyOf(provider)).toMatchObject({ usedToday: 100, dailyLimit: 100 });
    });
  });

  it('makes an API key shown once, admits it on the status query only and without a CSRF token, logs its queries via apiKey, and revokes it', async () => {
    const { login: provider } = await activeProvider(target());
    const made = await target().fetch(providerApiKeysPath, {
      method: 'POST',
      headers: { ...json, ...provider.headers },
      body: JSON.stringify({ label: 'Kassensystem' }),
    });
    const madeText = await made.text();
    expect(made.status, madeText).toBe(201);
    const { key, secret } = providerNewApiKeySchema.parse(JSON.parse(madeText));
    expect(key.label).toBe('Kassensystem');
    const listed = await target().fetch(providerApiKeysPath, { headers: provider.headers });
    const listedText = await listed.text();
    expect(providerApiKeyListSchema.parse(JSON.parse(listedText)).keys.map((item) => item.id)).toEqual([
      key.id,
    ]);
    expect(listedText).not.toContain(secret);

    const bearer = { ...noSession, Authorization: `Bearer ${secret}` };
    const { applicant: person } = await exemptHousehold(target());
    const someone = {
      kvnr: person.kvnr,
      birthDate: person.birthDate,
      consent: 'byRepresentative',
      serviceDate: '2026-06-01',
    } as const;
    expect(JSON.parse(await answered(await query(bearer, someone)))).toEqual({
      status: 'befreit',
      initials: person.initials,
      validUntil: '2026-12-31',
    });
    await answered(await query(bearer, someone, { Accept: fhirJsonMediaType }), 'fhir');
    // Nowhere else: not the history, not the keys.
    for (const path of [providerStatusQueryPath, providerApiKeysPath]) {
      await expectProblem(await target().fetch(path, { headers: bearer }), 401, authCodes.unauthenticated);
    }
    const history = await historyOf(provider);
    expect(history.entries.map((entry) => [entry.via, entry.consent])).toEqual([
      ['apiKey', 'byRepresentative'],
      ['apiKey', 'byRepresentative'],
    ]);
    const used = providerApiKeyListSchema.parse(
      await (await target().fetch(providerApiKeysPath, { headers: provider.headers })).json(),
    );
    expect(used.keys[0]?.lastUsedAt).toBeDefined();

    await expectProblem(
      await target().fetch(providerApiKeyPath(key.id), {
        method: 'DELETE',
        headers: { Cookie: provider.headers.Cookie ?? '' },
      }),
      403,
      authCodes.csrfMissing,
    );
    const revoked = await target().fetch(providerApiKeyPath(key.id), {
      method: 'DELETE',
      headers: provider.headers,
    });
    expect(revoked.status).toBe(204);
    await expectProblem(
      await target().fetch(providerApiKeyPath(key.id), { method: 'DELETE', headers: provider.headers }),
      404,
      codes.apiKeyNotFound,
    );
    await expectProblem(await query(bearer, someone), 401, authCodes.unauthenticated);
    const listedAfter = providerApiKeyListSchema.parse(
      await (await target().fetch(providerApiKeysPath, { headers: provider.headers })).json(),
    );
    expect(listedAfter.keys).toEqual([]);
  });

  it('shows the insured person the checks of their status by KVNR and card number; an objection blocks that provider alone with the same nicht-befreit, and its withdrawal unblocks', async () => {
    const household = await exemptHousehold(target());
    const person = household.applicant;
    const blocked = await activeProvider(target(), 'Einspruchs-Apotheke');
    const other = await activeProvider(target(), 'Andere Apotheke');
    const ask = (provider: ProviderLogin, who: { kvnr: string; birthDate: string } = person) =>
      query(provider.headers, {
        kvnr: who.kvnr,
        birthDate: who.birthDate,
        consent: 'writtenOnFile',
        serviceDate: '2026-06-01',
      });
    const exemptAnswer = { status: 'befreit', initials: person.initials, validUntil: '2026-12-31' };
    expect(JSON.parse(await answered(await ask(blocked.login)))).toEqual(exemptAnswer);

    const identity = { kvnr: person.kvnr, cardNumber: person.cardNumber };
    const before = await insured(insuredStatusChecksPath, identity);
    expect(before).toEqual({
      checks: [
        {
          at: expect.any(String),
          provider: { ik: blocked.entry.ik, name: blocked.entry.name },
          consent: 'writtenOnFile',
          serviceDate: '2026-06-01',
          result: 'befreit',
        },
      ],
      objections: [],
    });
    // One 404 for a wrong card number and for a KVNR that does not go with the card.
    const post = (body: object) =>
      target().fetch(insuredStatusChecksPath, {
        method: 'POST',
        headers: { ...json, ...noSession },
        body: JSON.stringify(body),
      });
    const wrongCard = await post({ ...identity, cardNumber: 'ZB-2026-999999' });
    const wrongKvnr = await post({ ...identity, kvnr: household.spouse.kvnr });
    const [wrongCardText, wrongKvnrText] = [await wrongCard.text(), await wrongKvnr.text()];
    expect(wrongCardText).toBe(wrongKvnrText);
    await expectProblem(
      new Response(wrongCardText, { status: wrongCard.status, headers: wrongCard.headers }),
      404,
      codes.insuredNotFound,
    );
    await expectProblem(
      await target().fetch(insuredObjectionsPath, {
        method: 'POST',
        headers: { ...json, ...noSession },
        body: JSON.stringify({ ...identity, ik: freshIk() }),
      }),
      400,
      'request.invalid',
    );

    const objection = { ...identity, ik: blocked.entry.ik };
    const objected = await insured(insuredObjectionsPath, objection);
    expect(objected.objections).toEqual([
      { provider: { ik: blocked.entry.ik, name: blocked.entry.name }, since: expect.any(String) },
    ]);
    // Idempotent: objecting again changes nothing.
    expect((await insured(insuredObjectionsPath, objection)).objections).toEqual(objected.objections);

    // Blocked: the same bytes as for someone nobody knows; the other provider is not blocked.
    const blockedAnswer = await answered(await ask(blocked.login));
    const strangerAnswer = await answered(await ask(blocked.login, household.spouse));
    expect([blockedAnswer, strangerAnswer]).toEqual([notExemptBody, notExemptBody]);
    expect(JSON.parse(await answered(await ask(other.login)))).toEqual(exemptAnswer);

    const during = await insured(insuredStatusChecksPath, identity);
    expect(during.checks.map((check) => [check.provider.ik, check.result])).toEqual([
      [other.entry.ik, 'befreit'],
      [blocked.entry.ik, 'blocked'],
      [blocked.entry.ik, 'befreit'],
    ]);
    expect(JSON.stringify(during)).not.toContain(person.kvnr);

    const withdrawn = await insured(insuredObjectionWithdrawalPath, objection);
    expect(withdrawn.objections).toEqual([]);
    expect(JSON.parse(await answered(await ask(blocked.login)))).toEqual(exemptAnswer);
    // The provider was told "nicht befreit" for the blocked check, as for anyone not exempt.
    expect((await historyOf(blocked.login)).entries.map((entry) => entry.answered)).toEqual([
      'befreit',
      'nicht-befreit',
      'nicht-befreit',
      'befreit',
    ]);
  });
});
