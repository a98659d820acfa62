import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { demoProviderLettersPath, type DemoProviderLetters } from '../../api/contracts/provider-check';
import type { ServerContext } from '../app/server-context';
import { asIso } from '../db/database';
import { parseBody } from '../http/problem';
import { addressLinesOf } from '../providers/provider-register';

const querySchema = z.strictObject({ ik: z.string().regex(/^\d{9}$/, 'nine digits') });

/**
 * Demo only (issue 15): the letters the insurer "posted" to an IK — the demo mailbox page shows them, in place of
 * the post that brings them in production. Newest first, with the name and address on file. Registered only in
 * demo mode (demo-routes.ts); the demo has no secrets, and a demo letter's codes open only a demo account.
 */
export function providerLettersDemoRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(demoProviderLettersPath, { config: { access: 'demo' } }, async (request, reply) => {
    const query = parseBody(reply, querySchema, request.query, 'Give the IK as ?ik=<nine digits>');
    if (!query) return reply;
    const result = await ctx.db.query<{
      id: string | number;
      created_at: unknown;
      subject: string;
      body: string;
      name: string | null;
      address_lines: unknown;
    }>(
      `SELECT o.id, o.created_at, o.subject, o.body, r.name, r.address_lines
       FROM outgoing_letters o LEFT JOIN provider_register r ON r.ik = o.recipient_ref
       WHERE o.recipient_kind = 'provider' AND o.recipient_ref = $1
       ORDER BY o.created_at DESC, o.id DESC LIMIT 50`,
      [query.ik],
    );
    const answer: DemoProviderLetters = {
      letters: result.rows.map((row) => ({
        id: String(row.id),
        createdAt: asIso(row.created_at),
        recipient: {
          name: row.name ?? '',
          addressLines: row.address_lines === null ? [] : addressLinesOf(row.address_lines),
        },
        subject: row.subject,
        body: row.body,
      })),
    };
    return reply.header('Cache-Control', 'no-store').send(answer);
  });
}
