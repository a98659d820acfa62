import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../../../ui/test-providers';
import { InvalidBundle } from './invalid-bundle';

describe('InvalidBundle', () => {
  it('lists the files the check named, with control characters and bidirectional overrides escaped', async () => {
    renderUi(
      <InvalidBundle
        files={['data/antrag.pdf', 'zuzahlungsbefreiung-A-1/data/rechnung\u202efdp.exe', 'x\u001b[2J', '']}
      />,
    );
    const items = (await screen.findAllByRole('listitem')).map((item) => item.textContent);
    expect(items).toEqual([
      'data/antrag.pdf',
      'zuzahlungsbefreiung-A-1/data/rechnung\\u202Efdp.exe',
      'x\\u001B[2J',
      'die Paketdatei selbst',
    ]);
    // eslint-disable-next-line no-control-regex -- exactly what must not be shown
    expect(document.body.textContent).not.toMatch(/[\u202a-\u202e\u001b]/);
  });

  it('lists nothing when no file was named', () => {
    renderUi(<InvalidBundle />);
    expect(screen.queryByRole('list')).toBeNull();
  });
});
