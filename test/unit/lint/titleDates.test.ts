// The date in a note's title dates the note: "# Weekly wrap — Nov. 27, 2026". Only the title's own date, set off
// from its words; a date inside the words, or in a later heading, names something else.
import { strict as assert } from 'node:assert';
import { findAsOfStamps, lintNote } from '../../../src/core/lint';
import { today } from './lintHarness';

const body = '\n\nThe Russell 2000 is up 12% this year.\n';

describe('a note\'s title date', () => {
  const dated: Array<[string, string]> = [
    ['# Weekly wrap — Nov. 27, 2026', 'Nov. 27, 2026'],
    ['# Desk note - November 27, 2026', 'November 27, 2026'],
    ['# Small caps: 27 November 2026', '27 November 2026'],
    ['## Morning note | Friday, November 27, 2026', 'November 27, 2026'],
    ['# Rotation watch, Nov. 27, 2026', 'Nov. 27, 2026'],
    ['# Rotation watch (2026-11-27)', '2026-11-27'],
    ['# **Rotation watch — 11/27/2026**', '11/27/2026'],
    ['# Nov. 27, 2026: the week in small caps', 'Nov. 27, 2026'],
    ['# November 27, 2026 | Breadth', 'November 27, 2026'],
    // A day's edition of news or a recap "for" its day: what happened then, not what the note looks ahead to.
    ['# Stock Market News for Nov 27, 2026', 'Nov 27, 2026'],
    ['# Daily market recap for November 27, 2026', 'November 27, 2026'],
    // After front matter and blank lines, the first line written is the title.
    ['---\ntags: [weekly]\n---\n\n# Weekly wrap — Nov. 27, 2026', 'Nov. 27, 2026'],
    // A newsletter's subject line pasted in as the note's first line titles the issue.
    ['Subject: Morning brief — Friday, November 27, 2026', 'November 27, 2026'],
    ['Subject: Nov. 27, 2026 | The week in small caps', 'Nov. 27, 2026'],
  ];
  for (const [title, dateText] of dated) {
    it(`reads "${title.split('\n').at(-1)}" as the note's stamp`, () => {
      const stamps = findAsOfStamps(title + body);
      assert.deepEqual(stamps.map((stamp) => [stamp.dateText, stamp.bare]), [[dateText, 'title']]);
      const stamp = stamps[0];
      assert.equal((title + body).slice(stamp.dateOffset, stamp.dateOffset + stamp.dateLength), dateText);
    });
  }

  const undated = [
    // A date inside the title's words names something else: an event, a week's start, what the note looks ahead to.
    '# Notes from the Nov. 12, 2026 investor day',
    '# Week of Nov. 23, 2026',
    '# Outlook for Dec. 16, 2026',
    '# Earnings preview for Dec. 16, 2026',
    '# News from the Dec. 16, 2026 meeting',
    '# Since Jan. 1, 2026, small caps lead',
    // A month or a quarter is no day to date figures by.
    '# Q3 2026 review — November 2026',
    // Not the title: a paragraph comes first, or the heading is a section's.
    'Small caps led.\n\n# Wrap — Nov. 27, 2026',
    '# Weekly wrap\n\n## Calendar — Dec. 16, 2026',
    // A heading deeper than a title, and a title in a code block.
    '#### Wrap — Nov. 27, 2026',
    '```\n# Wrap — Nov. 27, 2026\n```',
    // No year, so no day.
    '# Weekly wrap — Nov. 27',
    // A subject line that is not the note's first, or whose date is inside its words.
    'Small caps led.\n\nSubject: Wrap — Nov. 27, 2026',
    'Subject: Notes from the Nov. 12, 2026 investor day',
  ];
  for (const text of undated) {
    it(`does not read "${text.replace(/\n/g, '⏎')}"`, () => {
      assert.deepEqual(findAsOfStamps(text + body).filter((stamp) => stamp.bare === 'title'), []);
    });
  }

  it('dates the note: relative words are read against it, and an old one is stale', async () => {
    const current = await lintNote('# Weekly wrap — November 19, 2026' + body, { today });
    assert.deepEqual(current.map((finding) => finding.ruleId), [], 'a day before the fixture\'s today, nothing to say');
    const undatedFindings = await lintNote('# Weekly wrap' + body, { today, only: ['relative-time'] });
    assert.match(undatedFindings[0]?.message ?? '', /no as-of date/);
    const old = await lintNote('# Weekly wrap — January 9, 2026' + body, { today, only: ['stale-as-of'] });
    assert.match(old[0]?.message ?? '', /As-of date January 9, 2026 is \d+ days old/);
  });

  it('in parentheses it still dates the whole note, not just the words before it', async () => {
    const findings = await lintNote('# Weekly wrap (November 19, 2026)' + body, { today, only: ['relative-time'] });
    assert.deepEqual(findings, []);
  });

  it('a title date to come is what the note looks ahead to, not a typo for future-date', async () => {
    assert.deepEqual(await lintNote('# FOMC preview — December 16, 2026' + body, { today, only: ['future-date'] }), []);
    const [typo] = await lintNote('As of December 16, 2026, small caps led.\n', { today, only: ['future-date'] });
    assert.equal(typo?.ruleId, 'future-date', 'an "As of" to come is still reported');
  });
});
