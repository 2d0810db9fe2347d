import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLintConfig, ignoreMatcher, lintRules, parseLintConfig, resolveLintConfig } from '../../../src/core/lint';

const repo = join(__dirname, '..', '..', '..');

describe('lint configuration', () => {
  it('has every default in one place', () => {
    assert.equal(defaultLintConfig.staleAfterDays, 30);
    assert.equal(defaultLintConfig.priceDriftPercent, 2);
    assert.deepEqual(Object.keys(defaultLintConfig.rules), lintRules.map((rule) => rule.meta.name));
    assert.equal(defaultLintConfig.rules['future-date'], 'error');
  });

  it('reads .market-notes.json with comments and trailing commas', () => {
    const { settings, problems } = parseLintConfig(`{
      // a month is too long for a watchlist
      "$schema": "./schemas/market-notes.schema.json",
      "staleAfterDays": 7,
      "priceDriftPercent": 0.5,
      "rules": { "relative-time": false, "MN003": "error", "unknown-symbol": "info" },
      "ignore": ["drafts/**"],
    }`);
    assert.deepEqual(problems, []);
    const config = resolveLintConfig(settings);
    assert.equal(config.staleAfterDays, 7);
    assert.equal(config.priceDriftPercent, 0.5);
    assert.equal(config.rules['relative-time'], 'off');
    assert.equal(config.rules['price-drift'], 'error');
    assert.equal(config.rules['unknown-symbol'], 'info');
    assert.equal(config.rules['stale-as-of'], 'warning');
    assert.deepEqual(config.ignore, ['drafts/**']);
  });

  it('places every problem at its line and column, and keeps what it could read', () => {
    const { settings, problems } = parseLintConfig('{\n  "staleAfterDays": "soon",\n  "rules": { "no-such-rule": true, "price-drift": "loud" },\n  "colour": 1\n}');
    assert.deepEqual(
      problems.map((problem) => `${problem.line}:${problem.column} ${problem.message.split(' (')[0]}`),
      ['2:21 staleAfterDays must be a number ≥ 0', '3:14 unknown rule "no-such-rule"', '3:51 rule "price-drift": expected true, false, "error", "warning", "info" or "off"', '4:3 unknown setting "colour"'],
    );
    assert.deepEqual(settings.rules, {});
    assert.match(parseLintConfig('{ "staleAfterDays": 3, ').problems[0].message, /invalid JSON/);
  });

  it('merges layers in order: the workspace file over the editor settings over the defaults', () => {
    const config = resolveLintConfig({ staleAfterDays: 14, rules: { 'stale-as-of': 'error' } }, { rules: { MN001: 'info' }, ignore: ['a/**'] });
    assert.equal(config.staleAfterDays, 14);
    assert.equal(config.rules['stale-as-of'], 'info');
    assert.deepEqual(config.ignore, ['a/**']);
    assert.equal(resolveLintConfig({ rules: { 'future-date': true } }).rules['future-date'], 'error');
  });

  it('matches ignore globs against paths relative to the configuration', () => {
    const ignored = ignoreMatcher(resolveLintConfig({ ignore: ['drafts/**', '**/*.draft.md'] }));
    assert.equal(ignored('drafts/idea.md'), true);
    assert.equal(ignored('notes/q3.draft.md'), true);
    assert.equal(ignored('./drafts/x/y.md'), true);
    assert.equal(ignored('notes/q3.md'), false);
  });

  it('the JSON schema offers the same rules, codes and defaults', () => {
    const schema = JSON.parse(readFileSync(join(repo, 'schemas/market-notes.schema.json'), 'utf8'));
    const names = lintRules.flatMap((rule) => [rule.meta.name, rule.meta.code]);
    assert.deepEqual([...schema.properties.rules.propertyNames.enum].sort(), [...names].sort());
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), lintRules.map((rule) => rule.meta.name).sort());
    assert.equal(schema.properties.staleAfterDays.default, defaultLintConfig.staleAfterDays);
    assert.equal(schema.properties.priceDriftPercent.default, defaultLintConfig.priceDriftPercent);
  });
});
