// Where the bytes of the module's wasm go. Relinks build/wasm's module with function names
// (--profiling-funcs: the same code plus a name section) into a temporary folder, reads every
// function's code size with wabt's wasm-objdump, and sums them by where the name says the
// function comes from. LTO inlines across libraries: an inlined function counts where it was
// inlined. Usage: node scripts/wasm-sizes.mjs [BUILD_DIR] [--json]
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const build = resolve(args.find((a) => !a.startsWith('--')) || 'build/wasm');
const target = 'sociaal-domein-leren';

// In this order: the first that matches a name wins (our templates over the library's).
const PARTS = [
  ['nlohmann_json', /nlohmann/],
  ['ours: src/ui', /leren::ui|leren9ui/],
  ['ours: src/platform, src/app', /leren::platform|leren8platform|^main$|^lm_|js_bridge/],
  ['ours: src/core', /leren|LEREN/],
  ['Dear ImGui backends (SDL2, OpenGL3)', /ImGui_Impl/],
  ['Dear ImGui (+ stb)', /ImGui|^Im[A-Z]|stb|STB|ImStb/],
  ['SDL2', /SDL|Emscripten_|EMSCRIPTEN|SDL2/],
  ['md4c', /^md_|md4c|^MD_/],
  ['libc++ (std::)', /std::|__cxx|__1|^_ZNSt|^_ZNKSt|^_ZSt/],
];

function codeSizes(wasm) {
  const out = execFileSync('wasm-objdump', ['-x', '-j', 'Code', wasm], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const funcs = [];
  for (const line of out.split('\n')) {
    const m = /func\[\d+\] size=(\d+)(?: <(.*)>)?/.exec(line);
    if (m) funcs.push({ size: Number(m[1]), name: m[2] || '' });
  }
  return funcs;
}

function sections(wasm) {
  const out = execFileSync('wasm-objdump', ['-h', wasm], { encoding: 'utf8' });
  const result = {};
  for (const line of out.split('\n')) {
    const m = /^\s*(\w+) start=\S+ end=\S+ \(size=(0x[0-9a-f]+)\)/.exec(line);
    if (m) result[m[1]] = Number(m[2]);
  }
  return result;
}

const tmp = mkdtempSync(join(tmpdir(), 'wasm-sizes-'));
try {
  const link = readFileSync(join(build, `CMakeFiles/${target}.dir/link.txt`), 'utf8').trim();
  const relink = link.replace(`-o ${target}.js`, `-o ${join(tmp, 'named.js')}`) + ' --profiling-funcs';
  // Debian's emcc runs its JavaScript tools with the machine's node and Debian's acorn.
  const env = { ...process.env, NODE_PATH: ['/usr/share/nodejs', process.env.NODE_PATH].filter(Boolean).join(':') };
  execSync(relink, { cwd: build, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const named = join(tmp, 'named.wasm');
  const shipped = join(build, `${target}.wasm`);
  const funcs = codeSizes(named);
  const parts = Object.fromEntries([...PARTS.map(([p]) => [p, 0]), ['libc, malloc, runtime', 0]]);
  for (const f of funcs) {
    const part = PARTS.find(([, re]) => re.test(f.name));
    parts[part ? part[0] : 'libc, malloc, runtime'] += f.size;
  }
  const report = { wasmBytes: statSync(shipped).size, sections: sections(shipped), code: parts, functions: funcs.length };
  if (args.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
    console.log(`${shipped}: ${kb(report.wasmBytes)} (${report.functions} functions)`);
    for (const [name, size] of Object.entries(report.sections)) console.log(`  section ${name}: ${kb(size)}`);
    for (const [name, size] of Object.entries(parts).sort((a, b) => b[1] - a[1])) console.log(`  code, ${name}: ${kb(size)}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
