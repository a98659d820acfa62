import { describe, expect, it } from 'vitest';
import { formatFileSize } from './format-file-size';

describe('formatFileSize', () => {
  it.each([
    [0, 'de', '0 B'],
    [999, 'de', '999 B'],
    [1024, 'de', '1 KB'],
    [1.25 * 1024 * 1024, 'de', '1,3 MB'],
    [1.25 * 1024 * 1024, 'en', '1.3 MB'],
    [15 * 1024 * 1024 * 1024, 'de', '15 GB'],
  ])('%d bytes in %s: %s', (bytes, language, text) => {
    expect(formatFileSize(bytes, language)).toBe(text);
  });
});
