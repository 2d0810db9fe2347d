// Rule tests driven by the notes in fixtures/ and the markers in them (see fixtures/README.md), as markdownlint
// tests its rules: each rule's fixture says where it must fire, and every other line is a case where it must not.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkChart as compileChart } from '../../../src/core/charts/checkChart';
import { applyEdits, fixAll, lintNote, lintRules, WorkspaceFigureIndex, type Finding, type QuoteLookup } from '../../../src/core/lint';
import { QuoteError } from '../../../src/core/quotes/quote';
import { fixtureQuotes, fixtures, today } from './lintHarness';

const repo = join(__dirname, '..', '..', '..');
const marker = /<!--\s*expect(?:([+-])(\d+))?:\s*([\w\s,-]+?)\s*-->/g;

/** Expected "line:rule" entries, sorted, from a fixture's markers. */
function expectedFindings(text: string): string[] {
  const expected: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    for (const match of line.matchAll(marker)) {
      const [, sign, count, ids] = match;
      const target = index + 1 + (sign === undefined ? 0 : (sign === '+' ? 1 : -1) * Number(count));
      for (const id of ids.split(',').map((part) => part.trim()).filter(Boolean)) expected.push(`${target}:${id}`);
    }
  });
  return expected.sort();
}

function actualFindings(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.line}:${finding.ruleId}`).sort();
}

const files = readdirSync(fixtures).filter((file) => file.endsWith('.md') && file !== 'README.md');

describe('lint rules on their fixtures', () => {
  for (const rule of lintRules) {
    const name = rule.meta.name;
    const group = files.filter((file) => file === `${name}.md` || file.startsWith(`${name}.`));

    describe(`${rule.meta.code} ${name}`, () => {
      it('has a fixture with cases that fire and cases that must not', () => {
        assert.ok(group.includes(`${name}.md`), `fixtures/${name}.md is missing`);
        const text = readFileSync(join(fixtures, `${name}.md`), 'utf8');
        assert.ok(expectedFindings(text).length > 0, 'no expect markers');
        assert.ok(text.split('\n').some((line) => line.trim() !== '' && !line.includes('expect')), 'no must-not-fire lines');
      });

      it('has its documentation page', () => {
        assert.ok(existsSync(join(repo, 'docs', 'rules', `${name}.md`)), `docs/rules/${name}.md is missing`);
      });

      for (const file of group) {
        it(`${file}: fires exactly where the markers say`, async () => {
          const { text, findings } = await lintFixture(file, group, name);
          assert.deepEqual(actualFindings(findings), expectedFindings(text));
          for (const finding of findings) {
            assert.equal(finding.ruleCode, rule.meta.code);
            assert.equal(finding.docs, `docs/rules/${name}.md`);
            assert.ok(finding.endLine > finding.line || (finding.endLine === finding.line && finding.endColumn >= finding.column), 'end before start');
            assert.ok(finding.message.length > 0);
          }
        });

        it(`${file}: fix-all leaves nothing fixable for the rule`, async () => {
          const { text, findings } = await lintFixture(file, group, name);
          const edits = fixAll(findings, name);
          if (edits.length === 0) return;
          const fixed = applyEdits(text, edits);
          const again = await lintFixture(file, group, name, fixed);
          assert.deepEqual(again.findings.filter((finding) => finding.fixes).map((finding) => `${finding.line}: ${finding.message}`), []);
        });
      }
    });
  }
});

/**
 * A provider that knows every listing (as an HTTP provider does) and has quotes for the snapshot's symbols: a symbol
 * the snapshot lacks is unknown to it. A snapshot alone never says a symbol does not exist.
 */
function listingsLookup(snapshot: QuoteLookup): QuoteLookup {
  return async (ticker) => {
    const answer = await snapshot(ticker);
    if ('error' in answer && answer.error.options.missingFromSnapshot) return { error: new QuoteError('unknown-symbol', `no listing for ${ticker.symbol}`) };
    return answer;
  };
}

async function lintFixture(file: string, group: readonly string[], rule: string, replacement?: string): Promise<{ text: string; findings: Finding[] }> {
  const index = new WorkspaceFigureIndex();
  for (const member of group) index.update(member, readFileSync(join(fixtures, member), 'utf8'));
  const text = replacement ?? readFileSync(join(fixtures, file), 'utf8');
  const findings = await lintNote(text, { file, today, quotes: rule === 'unknown-symbol' ? listingsLookup(fixtureQuotes()) : fixtureQuotes(), figureIndex: index, compileChart, only: [rule] });
  return { text, findings };
}
