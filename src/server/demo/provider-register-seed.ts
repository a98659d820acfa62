import type { Queryable } from '../db/database';
import type { RegisterEntry } from '../providers/provider-register';

/**
 * DEMO ONLY. A few entries of the IK register for a demo start (APP_MODE=demo), so that anyone trying the demo can
 * register a pharmacy or a practice and read its letter in the demo mailbox. Invented names and addresses in
 * Saxony and Thuringia; the IKs are valid in form (check digit per docs/rules/rules.md § 8: classification,
 * region 14 Saxony or 16 Thuringia, serial, check digit) and belong to nobody we know of. A production start never
 * calls this (start-server.ts).
 */
export const demoProviderRegister: readonly RegisterEntry[] = [
  {
    ik: '301421875',
    name: 'Löwen-Apotheke am Altmarkt',
    addressLines: ['Inhaberin Katrin Wendler e. Kfr.', 'Altmarkt 10', '01067 Dresden'],
  },
  {
    ik: '301405637',
    name: 'Sonnen-Apotheke Gohlis',
    addressLines: ['Inhaber Matthias Körner e. K.', 'Gohliser Straße 21', '04155 Leipzig'],
  },
  {
    ik: '301609427',
    name: 'Rats-Apotheke Weimar',
    addressLines: ['Inhaberin Dr. Susanne Albrecht e. Kfr.', 'Marktstraße 3', '99423 Weimar'],
  },
  {
    ik: '461603181',
    name: 'Physiotherapie am Schillerpark',
    addressLines: ['Praxis Jana Vogt', 'Schillerstraße 14', '07745 Jena'],
  },
];

/** Puts the demo entries into the register; a restart finds them there and leaves them as they are. */
export async function seedDemoProviderRegister(db: Queryable): Promise<void> {
  for (const entry of demoProviderRegister) {
    await db.query(
      `INSERT INTO provider_register (ik, name, address_lines) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (ik) DO NOTHING`,
      [entry.ik, entry.name, JSON.stringify(entry.addressLines)],
    );
  }
}
