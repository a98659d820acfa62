import { describe, expect, it } from 'vitest';
import { invocationDirectory } from './invocation-directory';

describe('invocationDirectory', () => {
  it('prefers INIT_CWD (set by npm run) over the process directory', () => {
    expect(invocationDirectory({ INIT_CWD: '/home/caseworker' }, '/project')).toBe('/home/caseworker');
  });

  it('falls back to the process directory outside npm', () => {
    expect(invocationDirectory({}, '/project')).toBe('/project');
  });
});
