import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { scanPdf } from './pdf-active-content';
import { appendUpdate, assemblePdf, concat, latin1, streamBody } from './pdf-shapes.test-support';

/* Tests and bench only: PDFs mutated the way an attacker would (actions inserted at random offsets, in
   incremental updates, in object streams behind xref streams, names #xx-escaped, whitespace changed, bytes
   flipped), judged by an independent parser, qpdf --json: whenever qpdf sees JavaScript or a launch action, our
   check must refuse the file. qpdf repairs damaged files too, so it also speaks for lenient viewers. */

type Action = 'javascript' | 'launch' | 'uri' | 'goto';

const actionText = (action: Action, escaped: boolean): string => {
  switch (action) {
    case 'javascript':
      return escaped
        ? '<< /S /J#61vaScript /#4aS (app.alert\\(1\\)) >>'
        : '<< /S /JavaScript /JS (app.alert\\(1\\)) >>';
    case 'launch':
      return escaped ? '<< /S /L#61unch /F (calc.exe) >>' : '<< /S /Launch /F (calc.exe) >>';
    case 'uri':
      return '<< /S /URI /URI (https://www.aok.de) >>';
    case 'goto':
      return '<< /S /GoTo /D [0 /Fit] >>';
  }
};

type Container = 'flate' | 'hex' | 'plain' | 'predictor';

export type Mutation =
  | { kind: 'insert-object'; action: Action; escaped: boolean; at: number }
  | { kind: 'inject-entry'; action: Action; escaped: boolean; at: number }
  | { kind: 'update'; action: Action; escaped: boolean }
  | {
      kind: 'object-stream-update';
      action: Action;
      escaped: boolean;
      container: Container;
      indirectLength: boolean;
    }
  | { kind: 'whitespace'; at: number; replacement: string }
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'truncate'; at: number };

const action = fc.constantFrom<Action>('javascript', 'launch', 'uri', 'goto');

// Damage (flipped bytes, a cut) is rarer than the attacks: most inputs should stay readable for qpdf.
export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('insert-object' as const),
      action,
      escaped: fc.boolean(),
      at: fc.nat(),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('inject-entry' as const),
      action,
      escaped: fc.boolean(),
      at: fc.nat(),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('update' as const), action, escaped: fc.boolean() }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('object-stream-update' as const),
      action,
      escaped: fc.boolean(),
      container: fc.constantFrom<Container>('flate', 'hex', 'plain', 'predictor'),
      indirectLength: fc.boolean(),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('whitespace' as const),
      at: fc.nat(),
      replacement: fc.constantFrom('\r\n', '\r', ' \n', '\n\n', '\t', '\f', '\0'),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('flip' as const),
      at: fc.nat(),
      value: fc.integer({ min: 0, max: 255 }),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }), weight: 1 },
);

const text = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** The offsets of every match of `pattern` in `bytes`, to pick one at random. */
const offsetsOf = (bytes: Uint8Array, pattern: RegExp) =>
  [...text(bytes).matchAll(pattern)].map((m) => m.index);

const splice = (bytes: Uint8Array, at: number, remove: number, insert: Uint8Array) =>
  concat(bytes.subarray(0, at), insert, bytes.subarray(at + remove));

export function mutate(bytes: Uint8Array, change: Mutation): Uint8Array {
  switch (change.kind) {
    case 'insert-object': {
      // Between two objects, so that a repairing reader finds it; the xref offsets after it break.
      const gaps = offsetsOf(bytes, /endobj\r?\n/g);
      const at = gaps.length === 0 ? bytes.length : (gaps[change.at % gaps.length] ?? 0) + 7;
      return splice(
        bytes,
        at,
        0,
        latin1(`\n901 0 obj\n${actionText(change.action, change.escaped)}\nendobj\n`),
      );
    }
    case 'inject-entry': {
      const dicts = offsetsOf(bytes, /<</g);
      if (dicts.length === 0) return bytes;
      const at = (dicts[change.at % dicts.length] ?? 0) + 2;
      return splice(bytes, at, 0, latin1(` /AA << /O ${actionText(change.action, change.escaped)} >> `));
    }
    case 'update':
      return appendUpdate(bytes, [[901, actionText(change.action, change.escaped)]]);
    case 'object-stream-update':
      return objectStreamUpdate(bytes, actionText(change.action, change.escaped), change);
    case 'whitespace': {
      const spaces = offsetsOf(bytes, /[\n ]/g);
      if (spaces.length === 0) return bytes;
      return splice(bytes, spaces[change.at % spaces.length] ?? 0, 1, latin1(change.replacement));
    }
    case 'flip': {
      const out = bytes.slice();
      if (out.length > 0) out[change.at % out.length] = change.value;
      return out;
    }
    case 'truncate':
      return bytes.slice(0, Math.max(16, change.at % (bytes.length + 1)));
  }
}

function encodeContainer(plain: Uint8Array, container: Container): { entries: string; data: Uint8Array } {
  switch (container) {
    case 'flate':
      return { entries: '/Filter /FlateDecode', data: zlibSync(plain) };
    case 'hex':
      return { entries: '/Filter /ASCIIHexDecode', data: latin1(`${Buffer.from(plain).toString('hex')}>`) };
    case 'plain':
      return { entries: '', data: plain };
    case 'predictor': {
      // PNG "Sub" rows of 4 bytes: each byte minus its left neighbour.
      const padded = new Uint8Array(Math.ceil(plain.length / 4) * 4).fill(0x20);
      padded.set(plain);
      const rows: number[] = [];
      for (let row = 0; row < padded.length; row += 4) {
        rows.push(1);
        for (let i = 0; i < 4; i++)
          rows.push(((padded[row + i] ?? 0) - (i > 0 ? (padded[row + i - 1] ?? 0) : 0)) & 0xff);
      }
      return {
        entries: '/Filter /FlateDecode /DecodeParms << /Predictor 11 /Columns 4 >>',
        data: zlibSync(Uint8Array.from(rows)),
      };
    }
  }
}

/**
 * An incremental update written as PDF 1.5 writers do: the action as object 902 inside object stream 901, an
 * xref stream 903 (§ 7.5.8) with a type-2 entry for it, so that qpdf and viewers find it.
 */
function objectStreamUpdate(
  base: Uint8Array,
  action: string,
  options: { container: Container; indirectLength: boolean },
): Uint8Array {
  const previous = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text(base))?.[1] ?? '0';
  const head = '902 0 ';
  const { entries, data } = encodeContainer(latin1(`${head}${action}\n`), options.container);
  const length = options.indirectLength ? '904 0 R' : String(data.length);
  const objStmAt = base.length + 1;
  const objStm = concat(
    latin1(
      `\n901 0 obj\n<< /Type /ObjStm /N 1 /First ${head.length} ${entries} /Length ${length} >>\nstream\n`,
    ),
    data,
    latin1('\nendstream\nendobj\n'),
  );
  const lengthObj = latin1(`904 0 obj\n${data.length}\nendobj\n`);
  const lengthAt = base.length + objStm.length;
  const xrefAt = lengthAt + lengthObj.length;
  // /W [1 4 2]: type, offset or object stream number, generation or index.
  const row = (type: number, field: number, last: number) => [
    type,
    field >>> 24,
    (field >>> 16) & 255,
    (field >>> 8) & 255,
    field & 255,
    last >> 8,
    last & 255,
  ];
  const rows = Uint8Array.from([
    ...row(1, objStmAt, 0),
    ...row(2, 901, 0),
    ...row(1, xrefAt, 0),
    ...row(1, lengthAt, 0),
  ]);
  const xref = streamBody(
    `/Type /XRef /Size 905 /Index [901 4] /W [1 4 2] /Root 1 0 R /Prev ${previous}`,
    rows,
  );
  return concat(
    base,
    objStm,
    lengthObj,
    latin1('903 0 obj\n'),
    xref,
    latin1(`\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`),
  );
}

/** The PDFs the mutations start from: pdf-lib with and without object streams, and a hand-written one. */
export async function propertyBases(): Promise<Uint8Array[]> {
  const statement = async (useObjectStreams: boolean) => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage().drawText('Rentenanpassung 2026', { x: 40, y: 800, size: 12, font });
    return doc.save({ useObjectStreams });
  };
  return [
    await statement(true),
    await statement(false),
    assemblePdf([[3, streamBody('/Type /Metadata /Subtype /XML', '<x:xmpmeta xmlns:x="adobe:ns:meta/"/>')]], {
      eol: '\r\n',
    }),
  ];
}

export type PdfCase = { base: number; mutations: Mutation[] };

export const caseArbitrary = (bases: number): fc.Arbitrary<PdfCase> =>
  fc.record({
    base: fc.nat({ max: bases - 1 }),
    mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }),
  });

/** Does qpdf --json see a JavaScript or launch action (a /JS key, or /JavaScript or /Launch as a name)? */
function carriesScript(json: unknown, depth = 0): boolean {
  if (depth > 200 || json === null || typeof json !== 'object')
    return json === '/JavaScript' || json === '/Launch';
  if (Array.isArray(json)) return json.some((item) => carriesScript(item, depth + 1));
  return Object.entries(json).some(
    ([key, value]) => key === '/JS' || key === '/JavaScript' || carriesScript(value, depth + 1),
  );
}

async function qpdfSeesScript(path: string): Promise<boolean | undefined> {
  return new Promise((resolve) => {
    execFile(
      'qpdf',
      ['--json=2', '--json-key=qpdf', path],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        // Exit 3 means warnings (a repaired file); 2 means qpdf could not read it: no verdict.
        const code = error === null ? 0 : (error as { code?: number }).code;
        if (code !== 0 && code !== 3) return resolve(undefined);
        try {
          resolve(carriesScript(JSON.parse(stdout)));
        } catch {
          resolve(undefined);
        }
      },
    );
  });
}

export type PropertyReport = {
  inputs: number;
  /** Inputs our check accepted: qpdf judges every one of them. */
  accepted: number;
  /** Inputs our check refused, of which every `refusedSampleEvery`-th is also judged by qpdf. */
  refused: number;
  /** Inputs qpdf could read, among those it was run on. */
  judged: number;
  /** Inputs in which qpdf saw JavaScript or a launch action, among those it was run on. */
  withScript: number;
  /** The inputs qpdf saw script in and we accepted, to reproduce: must stay empty. */
  missed: PdfCase[];
  ms: number;
};

export type PropertyOptions = {
  seed?: number;
  /** qpdf processes at a time. */
  concurrency?: number;
  /**
   * The property is "qpdf sees script ⇒ we refuse", so only accepted inputs need qpdf's verdict; every n-th
   * refused one is judged too, to show that the generator reaches files qpdf confirms (1: all of them).
   */
  refusedSampleEvery?: number;
};

/** Generates `inputs` seeded cases, runs our check on each and qpdf where its verdict matters. */
export async function runPdfProperty(inputs: number, options: PropertyOptions = {}): Promise<PropertyReport> {
  const { seed = 20261207, concurrency = 3, refusedSampleEvery = 1 } = options;
  const started = performance.now();
  const bases = await propertyBases();
  const cases = fc.sample(caseArbitrary(bases.length), { numRuns: inputs, seed });
  const dir = await mkdtemp(join(tmpdir(), 'pdf-property-'));
  const report: PropertyReport = {
    inputs,
    accepted: 0,
    refused: 0,
    judged: 0,
    withScript: 0,
    missed: [],
    ms: 0,
  };
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const index = next++;
      const testCase = cases[index];
      if (testCase === undefined) continue;
      const bytes = testCase.mutations.reduce(mutate, bases[testCase.base] ?? new Uint8Array());
      const refusedByUs = scanPdf('data/x.pdf', bytes, 32 * 1024 * 1024).problems.length > 0;
      if (refusedByUs) report.refused += 1;
      else report.accepted += 1;
      if (refusedByUs && report.refused % refusedSampleEvery !== 0) continue;
      const path = join(dir, `${index}.pdf`);
      await writeFile(path, bytes);
      const verdict = await qpdfSeesScript(path);
      await rm(path, { force: true });
      if (verdict === undefined) continue;
      report.judged += 1;
      if (!verdict) continue;
      report.withScript += 1;
      if (!refusedByUs) report.missed.push(testCase);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  report.ms = performance.now() - started;
  return report;
}
