import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint-enforced boundaries', () => {
  it('refuses React in the domain (no-restricted-imports)', async () => {
    const code = "import { useState } from 'react';\nexport const x = useState;\n";
    expect(await rulesBroken('src/domain/money/bad.ts', code)).toContain('no-restricted-imports');
  });

  it('refuses the DOM, the network and the clock in the domain', async () => {
    expect(await rulesBroken('src/domain/bad.ts', 'export const f = () => fetch("/x");\n')).toContain(
      'no-restricted-globals',
    );
    expect(await rulesBroken('src/domain/bad.ts', 'export const now = () => new Date();\n')).toContain(
      'no-restricted-syntax',
    );
  });

  it('refuses an import of a higher layer from the domain', async () => {
    const code = "import { apiFetch } from '../api/api-fetch';\nexport const f = apiFetch;\n";
    expect(await rulesBroken('src/domain/bad.ts', code)).toContain('import-x/no-restricted-paths');
  });

  it('refuses the mock backend anywhere in src', async () => {
    const code = "import { handlers } from '../../../mocks/handlers/handlers';\nexport const h = handlers;\n";
    expect(await rulesBroken('src/features/start/bad.ts', code)).toContain('import-x/no-restricted-paths');
  });

  it('refuses one feature importing another', async () => {
    const code = "import { ContactPage } from '../contact/contact-page';\nexport const c = ContactPage;\n";
    expect(await rulesBroken('src/features/start/bad.ts', code)).toContain('import-x/no-restricted-paths');
  });

  it('refuses the server anywhere in the app, and React or the DOM in the server', async () => {
    const fromApp =
      "import { startServer } from '../../server/app/start-server';\nexport const s = startServer;\n";
    expect(await rulesBroken('src/features/start/bad.ts', fromApp)).toContain('import-x/no-restricted-paths');
    const react = "import { useState } from 'react';\nexport const x = useState;\n";
    expect(await rulesBroken('src/server/http/bad.ts', react)).toContain('no-restricted-imports');
    const ui = "import { TextField } from '../../ui/text-field';\nexport const t = TextField;\n";
    expect(await rulesBroken('src/server/http/bad.ts', ui)).toContain('import-x/no-restricted-paths');
    expect(
      await rulesBroken('src/server/http/bad.ts', 'export const w = () => window.location;\n'),
    ).toContain('no-restricted-globals');
  });

  it('accepts what the architecture allows', async () => {
    const code =
      "import { supportedYears } from '../../domain/figures/figures-for-year';\nexport const y = supportedYears;\n";
    expect(await rulesBroken('src/features/start/fine.ts', code)).toEqual([]);
  });
});
