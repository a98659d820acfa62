import { describe, expect, it } from 'vitest';
import { readServerConfig } from './server-config';

const insurer = {
  INSURER_NAME: 'Testkasse',
  INSURER_PHONE: '0800 111 11 11',
  INSURER_PHONE_HOURS_DE: 'Mo–Fr 8–18 Uhr',
  INSURER_PHONE_HOURS_EN: 'Mon–Fri 8 am–6 pm',
  INSURER_EMAIL: 'service@example.org',
  INSURER_POSTAL_ADDRESS: 'Testkasse | Postfach 1 | 01000 Dresden',
  INSURER_IBAN: 'DE89 3704 0044 0532 0130 00',
  INSURER_BIC: 'COBADEFFXXX',
  INSURER_ACCOUNT_HOLDER: 'Testkasse',
  INSURER_CREDITOR_ID: 'DE98 ZZZ0 9999 9999 99',
};

describe('server configuration from the environment', () => {
  it('starts a demo with no configuration at all: PGlite in ./data, port 4173, demo insurer', () => {
    const result = readServerConfig({ APP_MODE: 'demo' }, '/srv/app');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      mode: 'demo',
      port: 4173,
      dataDir: '/srv/app/data',
      databaseUrl: undefined,
      staticDir: '/srv/app/dist',
    });
    expect(result.config.insurer.name).toContain('Demo');
  });

  it('is production unless told otherwise, and then requires every detail of the insurer', () => {
    const result = readServerConfig({}, '/srv/app');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain(
      "INSURER_IBAN: required when APP_MODE is production (the insurer's own details)",
    );
    expect(result.errors).toContain(
      "INSURER_CREDITOR_ID: required when APP_MODE is production (the insurer's own details)",
    );
    expect(result.errors).toHaveLength(10);
  });

  it('takes the insurer from the environment, normalising the IBAN and splitting the address', () => {
    const result = readServerConfig({ ...insurer, DATA_DIR: '/var/lib/zb' }, '/srv/app');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.mode).toBe('production');
    expect(result.config.dataDir).toBe('/var/lib/zb');
    expect(result.config.insurer.iban).toBe('DE89370400440532013000');
    expect(result.config.insurer.postalAddress).toEqual(['Testkasse', 'Postfach 1', '01000 Dresden']);
    expect(result.config.insurer.creditorId).toBe('DE98ZZZ09999999999');
    // Transfers carry a remittance text unless the insurer's matching wants RF references (EPC069-12: one of two).
    expect(result.config.insurer.paymentReferenceStyle).toBe('text');
  });

  it('refuses a creditor identifier with wrong check digits, and takes the structured reference style', () => {
    const wrong = readServerConfig({ ...insurer, INSURER_CREDITOR_ID: 'DE97ZZZ09999999999' }, '/srv/app');
    expect(wrong.ok ? [] : wrong.errors).toEqual([
      'INSURER_CREDITOR_ID: INSURER_CREDITOR_ID is not a valid SEPA creditor identifier',
    ]);
    const structured = readServerConfig({ ...insurer, PAYMENT_REFERENCE_STYLE: 'structured' }, '/srv/app');
    expect(structured.ok && structured.config.insurer.paymentReferenceStyle).toBe('structured');
  });

  it('names each bad variable in one line', () => {
    const result = readServerConfig(
      {
        APP_MODE: 'staging',
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        LOG_LEVEL: 'loud',
        SERVER_SECRET: 'short',
        INSURER_IBAN: 'DE00 1234',
        RATE_LIMIT_STATUS_PER_MINUTE: '0',
      },
      '/',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const variables = result.errors.map((line) => line.split(':')[0]);
    expect(variables).toEqual(
      expect.arrayContaining([
        'APP_MODE',
        'PORT',
        'DATABASE_URL',
        'LOG_LEVEL',
        'SERVER_SECRET',
        'INSURER_IBAN',
        'RATE_LIMIT_STATUS_PER_MINUTE',
      ]),
    );
    expect(result.errors.find((line) => line.startsWith('PORT'))).toBe('PORT: PORT must be a number');
  });

  it('treats empty variables as unset', () => {
    const result = readServerConfig({ APP_MODE: 'demo', DATABASE_URL: '', PORT: '' }, '/');
    expect(result.ok && result.config.databaseUrl).toBeUndefined();
    expect(result.ok && result.config.port).toBe(4173);
  });
});
