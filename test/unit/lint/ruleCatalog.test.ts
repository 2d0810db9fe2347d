// The rule catalog (read by configuration, SARIF and the CLI's owner thread without loading the rules) and the
// rules themselves describe the same rules, in the same order.
import { strict as assert } from 'node:assert';
import { defaultLintConfig } from '../../../src/core/lint/config';
import { ruleMetaByIdOrCode, ruleMetas } from '../../../src/core/lint/ruleCatalog';
import { lintRules } from '../../../src/core/lint/rules';

describe('rule catalog', () => {
  it('lists every rule once, in code order, as the rules carry it', () => {
    assert.deepEqual(lintRules.map((rule) => rule.meta), ruleMetas);
    assert.deepEqual(ruleMetas.map((meta) => meta.code), [...ruleMetas.map((meta) => meta.code)].sort());
    assert.equal(new Set(ruleMetas.map((meta) => meta.name)).size, ruleMetas.length);
  });

  it('finds a rule by name or code, any case, and nothing for an unknown id', () => {
    assert.equal(ruleMetaByIdOrCode('stale-as-of')?.code, 'MN001');
    assert.equal(ruleMetaByIdOrCode(' mn009 ')?.name, 'invalid-chart');
    assert.equal(ruleMetaByIdOrCode('no-such-rule'), undefined);
  });

  it('the default configuration turns every rule on at its default severity', () => {
    assert.deepEqual(defaultLintConfig.rules, Object.fromEntries(ruleMetas.map((meta) => [meta.name, meta.defaultSeverity])));
  });
});
