// run-tests.sh runs each step through `step` (scripts/lib.sh) and goes on when one fails. A
// step is a shell function of several commands; the failure of any of them, not only the
// last, must fail the step (bash ignores `set -e` inside a function run as `if f` or `f || x`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const lib = join(dirname(fileURLToPath(import.meta.url)), '../../scripts/lib.sh');

// Runs `body` in bash with set -euo pipefail and lib.sh sourced, as run-tests.sh does.
function bash(body) {
  const script = `set -euo pipefail\n. '${lib}'\nfailures=()\ntimings=()\n${body}\n` +
    'printf "failures=%s\\n" "${failures[*]-}"\nprintf "timing=%s\\n" "${timings[@]}"\n';
  const run = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  assert.equal(run.status, 0, `the script itself ran to its end: ${run.stderr}`);
  return run.stdout;
}

test('a step whose first command fails is a failed step, and its later commands do not run', () => {
  const out = bash('two() { false; echo "second command ran"; }\nstep "two commands" two');
  assert.match(out, /^failures=two commands$/m);
  assert.doesNotMatch(out, /second command ran/);
});

test('a failing step does not stop the steps after it, and a passing one is not a failure', () => {
  const out = bash('step "fails" false\nstep "passes" true\nstep "a function that passes" eval "true; true"');
  assert.match(out, /^failures=fails$/m);
  assert.match(out, /^timing=\s+\d+ s {2}fails$/m);
  assert.match(out, /^timing=\s+\d+ s {2}passes$/m);
  assert.match(out, /^timing=\s+\d+ s {2}a function that passes$/m);
});
