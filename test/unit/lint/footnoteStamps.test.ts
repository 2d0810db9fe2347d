// A footnote's as-of date ("*Advisor returns as of August 6, 2026") dates the figure its mark points back to, not the
// article around it: retail sites close every article with a promotional footnote months older than the article.
import { strict as assert } from 'node:assert';
import { lintNote } from '../../../src/core/lint';
import { today } from './lintHarness';

const relative = async (text: string) => (await lintNote(text, { today, only: ['relative-time'] })).map((finding) => finding.message);

describe('a footnote\'s as-of date', () => {
  it('dates no relative phrase of the article, before it or after it', async () => {
    const before = 'Our service has tripled the market.*\n\nShares of Brenwick rose 3% today.\n\n*Advisor returns as of August 6, 2026\n';
    assert.match((await relative(before))[0] ?? '', /no as-of date/);
    const after = '*Advisor returns as of August 6, 2026\n\nShares of Brenwick rose 3% today.\n';
    assert.match((await relative(after))[0] ?? '', /no as-of date/);
    assert.match((await relative('†Data as of August 6, 2026\n\nShares of Brenwick rose 3% today.\n'))[0] ?? '', /no as-of date/);
  });

  it('leaves the article to the stamp that dates it', async () => {
    const note = 'As of November 20, 2026, shares of Brenwick are up 3% this week.\n\n*Advisor returns as of August 6, 2026\n';
    assert.deepEqual(await relative(note), []);
  });

  it('still reads an emphasised caption and a list item as the note\'s stamps', async () => {
    assert.deepEqual(await relative('*Prices as of November 20, 2026.*\n\nShares of Brenwick rose 3% today.\n'), []);
    assert.deepEqual(await relative('* As of November 20, 2026\n\nShares of Brenwick rose 3% today.\n'), []);
  });
});
