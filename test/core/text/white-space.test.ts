// isWhiteSpaceUnit (text/white-space.ts) is /\s/ by code unit: every one of the 65,536 agrees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWhiteSpaceUnit } from '../../../server/src/core/text/white-space';

test('isWhiteSpaceUnit agrees with /\\s/ on every UTF-16 code unit', () => {
  for (let c = 0; c < 0x10000; c++) {
    assert.equal(isWhiteSpaceUnit(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16).padStart(4, '0')}`);
  }
});

