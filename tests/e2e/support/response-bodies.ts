import type { BrowserContext } from 'playwright-core';

export type RecordedResponse = { url: string; status: number; body: Buffer };

export type ResponseRecorder = {
  /** Every response the context received so far with its body; waits for bodies still being read. */
  settled: () => Promise<RecordedResponse[]>;
  /** Responses whose body Chromium could not give (redirects, requests cut off by a navigation). */
  unreadable: string[];
};

/**
 * Records the body of every response a browser context receives — documents, scripts, API answers — so that a
 * test can assert what a device was never sent. Start it before the context's first request.
 */
export function recordResponses(context: BrowserContext): ResponseRecorder {
  const pending: Promise<RecordedResponse | undefined>[] = [];
  const unreadable: string[] = [];
  context.on('response', (response) => {
    const url = response.url();
    const status = response.status();
    pending.push(
      response.body().then(
        (body) => ({ url, status, body }),
        () => {
          // A redirect has no body of its own; its target is recorded as a response of its own.
          if (status < 300 || status >= 400) unreadable.push(`${status} ${url}`);
          return undefined;
        },
      ),
    );
  });
  return {
    settled: async () =>
      (await Promise.all(pending)).filter((entry): entry is RecordedResponse => entry !== undefined),
    unreadable,
  };
}

/** The URLs of the recorded responses whose body holds `needle` (text as UTF-8, or bytes). */
export function responsesContaining(
  responses: readonly RecordedResponse[],
  needle: string | Uint8Array,
): string[] {
  const bytes = typeof needle === 'string' ? Buffer.from(needle, 'utf8') : Buffer.from(needle);
  return responses.filter(({ body }) => body.includes(bytes)).map(({ url }) => url);
}

/**
 * The forms a run of binary bytes takes in a text body: base64 at each of the three alignments a run can have
 * inside a longer base64 string (whole groups only), and hex.
 */
export function encodedForms(run: Uint8Array): string[] {
  const bytes = Buffer.from(run);
  const forms: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const whole = bytes.subarray(shift, shift + Math.floor((bytes.length - shift) / 3) * 3);
    forms.push(whole.toString('base64'));
  }
  forms.push(bytes.toString('hex'));
  return forms;
}
