/**
 * email.sender.generated_domain reads the url module's DGA decision, which needs the shipped
 * domain model; here `inspectDomain` is stubbed so the test does not depend on the model file.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/url/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/url/index.js')>();
  return {
    ...real,
    inspectDomain: (domain: string, ctx: Parameters<typeof real.inspectDomain>[1]) => {
      const r = real.inspectDomain(domain, ctx);
      if (domain !== 'xkqjzvwpfh.example' && domain !== 'gmail.com') return { ...r, dgaScore: 0.02 };
      return {
        ...r,
        dgaScore: 0.97,
        signals: [
          {
            id: 'domain.dga',
            category: 'generated_domain',
            severity: 'medium',
            message: 'generated',
            evidence: [],
          },
        ],
      };
    },
  };
});

const { resolveConfig } = await import('../../src/config/index.js');
const { analyzeEmail } = await import('../../src/email/index.js');
const { eml } = await import('../helpers/eml.js');
const { expectAbsent, expectFires } = await import('../helpers/verdict.js');

describe('email.sender.generated_domain', () => {
  const ID = 'email.sender.generated_domain';
  const config = resolveConfig({});
  it('fires (medium) when the url module calls the From domain generated', async () => {
    const v = await analyzeEmail(eml({ from: 'Billing <billing@xkqjzvwpfh.example>' }), { config });
    expect(expectFires(v, ID)).toMatchObject({
      category: 'generated_domain',
      severity: 'medium',
      evidence: [{ where: 'header:From' }],
    });
    expect(expectFires(v, ID).message).toContain('0.97');
  });
  it('stays silent for an ordinary domain', async () => {
    expectAbsent(await analyzeEmail(eml({ from: 'Alice <alice@sender.example>' }), { config }), ID);
  });
  it('stays silent for a free mail provider, whatever its score', async () => {
    expectAbsent(await analyzeEmail(eml({ from: 'Bob <bob@gmail.com>' }), { config }), ID);
  });
});
