import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON logs (pino). What may appear is decided here, not at each call: requests are logged by route
 * pattern and status only; headers (Idempotency-Key, X-Abrufcode, cookies), bodies, query strings and client
 * addresses never. Anything that slips into an `err` or a context object under a sensitive name is censored.
 */
export const redactedPaths = [
  'headers',
  'req.headers',
  'body',
  'abrufcode',
  '*.abrufcode',
  'kvnr',
  '*.kvnr',
  'name',
  '*.name',
  'income',
  '*.income',
  'diagnosis',
  '*.diagnosis',
  'password',
  '*.password',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'zuzahlungsbefreiung' },
      redact: { paths: redactedPaths, censor: '[redacted]' },
      serializers: {
        err: (error: Error) => ({ type: error.name, message: error.message, stack: error.stack }),
      },
    },
    destination,
  );
}
