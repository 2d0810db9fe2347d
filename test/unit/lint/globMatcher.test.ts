// The ignore-glob matcher against picomatch (what `ignore` used before, with `dot: true`) on the globs writers
// use; and the globs picomatch took seconds on.
import { strict as assert } from 'node:assert';
import picomatch from 'picomatch/posix';
import { compileGlob, maxGlobLength } from '../../../src/core/lint/globMatcher';
import { parseLintConfig } from '../../../src/core/lint';

const globs = [
  'drafts/**', '**/*.draft.md', 'archive/**/*.md', '*.md', 'notes/*', 'notes/?.md', 'notes/[abc]*.md',
  'notes/[a-c]?.md', 'notes/[^a]?.md', '{drafts,archive}/**', '**/{tmp,scratch}/*.md', 'a/**/b.md', '**', '**/x.md', '.hidden/**', 'weird\\*name.md',
  '!drafts/**', 'a{b,c{d,e}}f.md', '[unclosed.md', 'a/**',
];
const paths = [
  'drafts/idea.md', 'drafts/x/y.md', 'notes/q3.draft.md', 'q3.draft.md', 'archive/2025/q1.md', 'archive/q1.txt', 'top.md', 'notes/a.md',
  'notes/b1.md', 'notes/zz.md', 'tmp/x.md', 'notes/tmp/x.md', 'scratch/y.md', 'a/b.md', 'a/x/y/b.md', 'x.md', 'deep/x.md', '.hidden/n.md',
  'weird*name.md', 'weirdXname.md', 'abf.md', 'acdf.md', 'acef.md', 'acf.md', '{unclosed/a.md', '[unclosed.md', 'a', 'a/x',
];

describe('ignore globs', () => {
  for (const glob of globs) {
    it(`"${glob}" matches as picomatch does`, () => {
      const ours = compileGlob(glob)!;
      const theirs = picomatch(glob, { dot: true });
      for (const path of paths) assert.equal(ours(path), theirs(path), `${glob} against ${path}`);
    });
  }

  it('refuses globs longer than the limit, and the configuration says so', () => {
    assert.equal(compileGlob('a'.repeat(maxGlobLength + 1)), undefined);
    const { settings, problems } = parseLintConfig(JSON.stringify({ ignore: ['drafts/**', `${'*a'.repeat(300)}`] }));
    assert.deepEqual(settings.ignore, ['drafts/**']);
    assert.match(problems[0].message, /longer than 500 characters/);
  });

  it('negated classes and unclosed braces, where picomatch differs from the shell: as the shell reads them', () => {
    assert.equal(compileGlob('notes/[!a]*.md')!('notes/q3.draft.md'), true);
    assert.equal(compileGlob('notes/[!a]*.md')!('notes/a3.md'), false);
    assert.equal(compileGlob('{unclosed/*.md')!('{unclosed/a.md'), true);
  });

  it('unclosed braces do not make parsing exponential', () => {
    const matches = compileGlob(`${'{a,'.repeat(100)}b`)!;
    assert.equal(matches('b'), false);
  });
});
