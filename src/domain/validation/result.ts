// One shape for every check in the domain, so forms, the CLI and the mocks report
// problems the same way: a stable dotted code for logic and tests, and plain
// German and English text that says what is wrong and what to do.

export type LocalizedText = { de: string; en: string };

export type Problem = { code: string; message: LocalizedText };

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(code: string, de: string, en: string): Result<T> => ({
  ok: false,
  problem: { code, message: { de, en } },
});
