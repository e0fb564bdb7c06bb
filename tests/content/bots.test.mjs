// The policy bots against the shipped cases (issue 10): a case measures judgement only when a
// player following a surface rule loses it. Fails when any deterministic bot (first, last,
// longest, shortest, cues) reaches a good ending or the pass mark, or random play reaches a
// good ending in more than 10 % of games. Uses `coursetool stats --json` ($COURSETOOL).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const tool = process.env.COURSETOOL || join(root, 'build/native/coursetool');
const skip = existsSync(tool) ? false : `coursetool not built at ${tool}`;

function bots(dir) {
  const r = spawnSync(tool, ['stats', '--json', '--runs', '1000', '--seed', '1', dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout).bots;
}

test('the bot report has every case, every policy and the random share', { skip }, () => {
  const b = bots(join(root, 'tests/data/valid'));
  assert.equal(b.randomRuns, 1000);
  assert.equal(b.maxRandomGoodShare, 0.1);
  assert.deepEqual(b.cases.map((c) => c.id), ['mantelzorg', 'schulden']);
  for (const c of b.cases) {
    assert.deepEqual(Object.keys(c.policies), ['first', 'last', 'longest', 'shortest', 'cues']);
    for (const g of Object.values(c.policies)) {
      assert.equal(typeof g.passed, 'boolean');
      assert.equal(g.wins, g.finished && (g.rating === 'good' || g.passed));
    }
    const total = Object.values(c.random.endings).reduce((a, n) => a + n, 0) + c.random.unfinished;
    assert.equal(total, 1000);
  }
  // "schulden" is one decision: referring (file order: first) reaches the good ending.
  const schulden = b.cases[1];
  assert.equal(schulden.policies.first.ending, 'einde-goed');
  assert.equal(schulden.policies.first.wins, true);
  assert.equal(schulden.policies.last.ending, 'einde-slecht');
  assert.ok(Math.abs(schulden.random.goodShare - 0.5) < 0.06, `random good share ${schulden.random.goodShare}`);
  assert.equal(schulden.botsLose, false);
});

test('no policy bot wins a shipped case', { skip }, () => {
  const b = bots(join(root, 'content'));
  const wins = [];
  for (const c of b.cases) {
    for (const [policy, g] of Object.entries(c.policies)) {
      if (g.wins) wins.push(`${c.id}: ${policy} reaches ${g.ending} (${g.rating}), ${Math.round(g.percent)}%${g.passed ? ', passed' : ''}`);
    }
    if (c.random.goodShare > b.maxRandomGoodShare) {
      wins.push(`${c.id}: random reaches a good ending in ${(100 * c.random.goodShare).toFixed(1)}% of games`);
    }
  }
  assert.deepEqual(wins, [], `bots win:\n${wins.join('\n')}`);
});
