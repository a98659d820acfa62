import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle';
import { base, sampleInput } from './bundle-fixtures.test-support';
import { findBagManifest } from './find-bag-manifest';
import { hostileBundles, lyingManifest } from './hostile-bundles.test-support';
import { editEntry } from './zip-surgery.test-support';

const manifestPath = `${base}/manifest-sha256.txt`;

describe('findBagManifest (the server and the mock, before the full check, on the request thread)', () => {
  it('gives the manifest of a bundle our writer made, byte for byte', () => {
    const zip = buildBundle(sampleInput());
    const found = findBagManifest(zip);
    expect(found).toEqual({ ok: true, bytes: unzipSync(zip)[manifestPath] });
  });

  it('says "not a zip" for a letter and a cut-off zip, and "no manifest" for a zip without one', () => {
    expect(findBagManifest(new TextEncoder().encode('Sehr geehrte Damen und Herren'))).toEqual({
      ok: false,
      reason: 'notZip',
    });
    const withoutManifest = editEntry(buildBundle(sampleInput()), '/manifest-sha256.txt', (record) => {
      record.centralName = new TextEncoder().encode(`${base}/manifest-sha256.txx`);
      record.localName = record.centralName;
    });
    expect(findBagManifest(withoutManifest)).toEqual({ ok: false, reason: 'manifestMissing' });
    const truncated = buildBundle(sampleInput()).slice(0, 40);
    expect(findBagManifest(truncated)).toEqual({ ok: false, reason: 'notZip' });
  });

  it('stops a manifest that lies about its size at the size it declares, naming it', () => {
    const bomb = lyingManifest(256 * 1024 * 1024);
    expect(findBagManifest(bomb)).toMatchObject({
      ok: false,
      reason: 'invalid',
      problem: { code: 'zip.corrupt-entry', path: manifestPath },
    });
  });

  // Bytes before the first entry make it "not a zip" already: it does not start with a local header.
  it.each(
    hostileBundles.filter(
      ({ code, rule }) =>
        /^zip\.(gap|overlap|extra-field|unicode-path|comment|flags)$/.test(code) &&
        !rule.includes('before the first'),
    ),
  )('refuses $rule with the reader’s own problem', ({ build, code }) => {
    expect(findBagManifest(build())).toMatchObject({ ok: false, reason: 'invalid', problem: { code } });
  });
});
