// A quote table's day-change cell written from a quote, as the cell was written (changeCells.ts).
import { strict as assert } from 'node:assert';
import { changeColumnStyle, refreshedChange } from '../../../src/core/lint/changeCells';

const gain = { price: 272.41, previousClose: 269.8 }; // +2.61, +0.967%
const loss = { price: 498.12, previousClose: 502.37 }; // −4.25, −0.846%

describe('day-change cells refreshed from a quote', () => {
  it('reads the column: a percent header, "+" for gains anywhere in it, its minus character', () => {
    assert.deepEqual(changeColumnStyle('% Chg', ['+0.5%', '−0.4%']), { percent: true, plusForGains: true, minus: '−' });
    assert.deepEqual(changeColumnStyle('Change', ['1.20', '3.00']), { percent: false, plusForGains: false, minus: '-' });
  });

  it('writes percent or money as the cell does, with its decimals, currency sign and the column\'s sign style', () => {
    const signed = { percent: false, plusForGains: true, minus: '-' };
    assert.equal(refreshedChange('+1.2%', signed, gain), '+1.0%');
    assert.equal(refreshedChange('-0.40%', signed, loss), '-0.85%');
    assert.equal(refreshedChange('+1.15', signed, gain), '+2.61');
    assert.equal(refreshedChange('-$0.50', signed, loss), '-$4.25');
    assert.equal(refreshedChange('+0.5 %', signed, gain), '+1.0 %');
    // A percent column's bare numbers are percentages.
    assert.equal(refreshedChange('0.46', { percent: true, plusForGains: false, minus: '−' }, loss), '−0.85');
    // Pence of a quote in pounds: the money change in the note's unit.
    assert.equal(refreshedChange('+0.3', signed, { price: 0.7418, previousClose: 0.739 }, 100), '+0.3');
    assert.equal(refreshedChange('+0.30', signed, { price: 0.7418, previousClose: 0.739 }, 100), '+0.28');
    // A change that rounds to nothing has no sign.
    assert.equal(refreshedChange('+1.2%', signed, { price: 100.01, previousClose: 100 }), '0.0%');
    assert.equal(refreshedChange('1,204.5', { percent: false, plusForGains: false, minus: '-' }, { price: 46905.12, previousClose: 45700 }), '1,205.1');
  });

  it('writes nothing for a shape it does not read, or a quote without a previous close', () => {
    const style = { percent: false, plusForGains: true, minus: '-' };
    for (const written of ['(0.4%)', 'unch', 'n/a', '**+1.2%**', '+1.2% ▲', '$1.2%']) assert.equal(refreshedChange(written, style, gain), undefined, written);
    assert.equal(refreshedChange('+1.2%', style, { price: 272.41 }), undefined);
    assert.equal(refreshedChange('+1.2%', style, { price: 272.41, previousClose: 0 }), undefined);
  });
});
