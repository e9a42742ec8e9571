// The JIT warm-up (server/src/warm-up.ts): after diagnostics are published, the text is linted
// again in the background while the server is idle, within a bound, never published, and out of
// the way of anything the writer does. Nothing here measures time: the clock of the unit tests is
// a counter, and the server test only counts lints and publishes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { WarmUp } from '../../server/src/warm-up';
import { RULES } from '../../server/src/core';
import { SEEDS, TestClient, testRule } from './harness';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A WarmUp with a 1 ms idle wait and a clock that advances `cost` per lint. */
function warmUp(busy: () => boolean, budget: { ms: number; runs: number }, cost = 10) {
  let clock = 0;
  const lints: string[] = [];
  const w = new WarmUp(busy, { ...budget, idleMs: 1 }, () => clock);
  const lintOf = (name: string, result: unknown = {}) => async (stop: () => boolean) => {
    lints.push(name);
    clock += cost;
    await tick();
    return stop() ? undefined : result;
  };
  return { w, lints, lintOf };
}

/** Enough timer turns for a loop of a few 1 ms idle waits to run out of work. */
async function settled(): Promise<void> {
  for (let i = 0; i < 200; i++) await new Promise<void>((resolve) => setTimeout(resolve, 1));
}

describe('WarmUp', () => {
  it('lints the offered text while idle, up to its number of runs', async () => {
    const { w, lints, lintOf } = warmUp(() => false, { ms: 1000, runs: 5 });
    w.offer(lintOf('a'));
    await settled();
    assert.deepEqual(lints, ['a', 'a', 'a', 'a', 'a']);
    assert.equal(w.spent.done, true);
    w.offer(lintOf('b'));
    await settled();
    assert.equal(lints.length, 5, 'nothing more once the bound is reached');
  });

  it('stops at its bound of lint time', async () => {
    const { w, lints, lintOf } = warmUp(() => false, { ms: 35, runs: 100 }, 10);
    w.offer(lintOf('a'));
    await settled();
    assert.equal(lints.length, 4, '10 + 10 + 10 < 35 ≤ 40');
    assert.equal(w.spent.ms, 40);
  });

  it('does not start while the server is busy, and starts again at the next offer', async () => {
    let busy = true;
    const { w, lints, lintOf } = warmUp(() => busy, { ms: 1000, runs: 3 });
    w.offer(lintOf('a'));
    await settled();
    assert.deepEqual(lints, [], 'busy: no warm-up lint');
    busy = false;
    await settled();
    assert.deepEqual(lints, [], 'no polling: it waits for the next offer');
    w.offer(lintOf('b'));
    await settled();
    assert.deepEqual(lints, ['b', 'b', 'b']);
  });

  it('gives way as soon as something arrives, and warms up on the latest text offered', async () => {
    let busy = false;
    const { w, lints, lintOf } = warmUp(() => busy, { ms: 1000, runs: 10 });
    w.offer(async (stop) => {
      lints.push('a');
      busy = true; // a keystroke arrives during this lint
      await tick();
      return stop() ? undefined : {};
    });
    await settled();
    assert.deepEqual(lints, ['a'], 'the stopped lint is not followed by another while busy');
    busy = false;
    w.offer(lintOf('b'));
    await settled();
    assert.deepEqual(lints, ['a', ...Array(9).fill('b')], 'the stopped run counts towards the bound');
  });

  it('one loop at a time however often it is offered', async () => {
    let running = 0;
    let most = 0;
    const w = new WarmUp(() => false, { ms: 1000, runs: 6, idleMs: 1 }, () => 0);
    const lint = async () => {
      most = Math.max(most, ++running);
      await tick();
      running--;
      return {};
    };
    for (let i = 0; i < 5; i++) w.offer(lint);
    await settled();
    assert.equal(most, 1);
    assert.equal(w.spent.runs, 6);
  });

  it('a lint that throws ends the warm-up for good', async () => {
    const { w, lints, lintOf } = warmUp(() => false, { ms: 1000, runs: 5 });
    w.offer(async () => {
      lints.push('x');
      throw new Error('broken');
    });
    await settled();
    w.offer(lintOf('b'));
    await settled();
    assert.deepEqual(lints, ['x']);
    assert.equal(w.spent.done, true);
  });
});

describe('the server warms up after publishing, out of the writer\'s way', () => {
  const SEED = readFileSync(path.join(SEEDS, '001_e1d25a63a80be9ed.txt'), 'utf8');
  /** Texts the counting rule ran on, in order. */
  const ran: string[] = [];
  let onRun: (() => void) | null = null;
  const counting = testRule('test-counting', (ctx) => {
    ran.push(ctx.analysis.doc.text);
    onRun?.();
  });
  let client: TestClient;
  before(async () => {
    client = TestClient.create({ rules: [...RULES, counting] });
    await client.initialize();
  });
  after(() => client.dispose());

  // (The timeout only turns a server that never warms up into a failure instead of a hang.)
  it('lints the published text again in the background, without publishing it again', { timeout: 120_000 }, async () => {
    const uri = 'file:///warm/a.txt';
    const warmed = new Promise<void>((resolve) => {
      onRun = () => {
        if (ran.filter((t) => t === SEED).length >= 3) resolve();
      };
    });
    await client.open(uri, 'plaintext', SEED);
    await warmed;
    onRun = null;
    assert.deepEqual(client.published.filter((p) => p.uri === uri).map((p) => p.version), [1], 'published once, for the open');
    // A change during the warm-up is linted and published as always.
    const next = client.nextDiagnostics(uri, (p) => p.version === 2);
    await client.change(uri, 2, SEED + '\n');
    assert.equal((await next).version, 2);
    assert.deepEqual(client.published.filter((p) => p.uri === uri).map((p) => p.version), [1, 2]);
  });
});
