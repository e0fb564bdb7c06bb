// Where the bytes of the module's wasm go. Reads every function's code size from the whole
// module the link writes with names (build/wasm/sociaal-domein-leren.wasm.orig: -sSPLIT_MODULE
// and --profiling-funcs, cmake/web.cmake) with wabt's wasm-objdump, and sums them by where the
// name says the function comes from; with the split (split-functions.json, written by
// scripts/split-wasm.mjs) also per part: what the first screen ran, and the rest. LTO inlines
// across libraries: an inlined function counts where it was inlined.
// With --detail N, also the N biggest parts of our own code, by the name's first part after
// the namespace (a class, a free function, or loading::/md:: and what follows): where to look
// first for bytes to cut.
// Usage: node scripts/wasm-sizes.mjs [BUILD_DIR] [--json] [--detail N] (after ./build-wasm.sh)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const detailAt = args.indexOf('--detail');
const detail = detailAt >= 0 ? Number(args[detailAt + 1]) : 0;
const build = resolve(args.find((a, i) => !a.startsWith('--') && i !== detailAt + 1) || 'build/wasm');
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

const whole = join(build, `${target}.wasm.orig`);
if (!existsSync(whole)) throw new Error(`${whole} not found: build with ./build-wasm.sh first`);
try { execFileSync('wasm-objdump', ['--version'], { stdio: 'ignore' }); } catch {
  console.error('wasm-sizes needs wasm-objdump, from Debian\'s wabt package: apt-get install wabt');
  process.exit(1);
}
const splitFile = join(build, 'split-functions.json');
const split = existsSync(splitFile) ? JSON.parse(readFileSync(splitFile, 'utf8')) : null;
const inFirst = new Set(split ? split.first : []);
const funcs = codeSizes(whole);
if (!funcs.some((f) => f.name)) throw new Error(`${whole} has no function names (is --profiling-funcs in cmake/web.cmake?)`);
const empty = () => Object.fromEntries([...PARTS.map(([p]) => [p, 0]), ['libc, malloc, runtime', 0]]);
const code = { all: empty(), first: empty(), later: empty() };
for (const f of funcs) {
  const named = withoutParameters(f.name);
  // By the name itself; a static helper without a namespace (ImGui's, SDL's) by its parameters.
  const part = PARTS.find(([, re]) => re.test(named)) || PARTS.find(([, re]) => re.test(f.name));
  const name = part ? part[0] : 'libc, malloc, runtime';
  code.all[name] += f.size;
  // wasm-split's list writes names as the name section has them (escaped): compare escaped.
  if (split) code[inFirst.has(escape(f.name)) ? 'first' : 'later'][name] += f.size;
}
const report = { wasmBytes: statSync(whole).size, sections: sections(whole), code: split ? code : { all: code.all }, functions: funcs.length };
if (detail) report.ours = ourParts(funcs).slice(0, detail);
if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`${whole}: ${kb(report.wasmBytes)} (${report.functions} functions, names included)`);
  for (const [name, size] of Object.entries(report.sections)) console.log(`  section ${name}: ${kb(size)}`);
  for (const [part, sums] of Object.entries(report.code)) {
    const total = Object.values(sums).reduce((a, b) => a + b, 0);
    console.log(`code${part === 'all' ? '' : part === 'first' ? ', first part (the first screen)' : ', second part'}: ${kb(total)}`);
    for (const [name, size] of Object.entries(sums).sort((a, b) => b[1] - a[1])) console.log(`  ${name}: ${kb(size)}`);
  }
  if (report.ours) {
    console.log(`our code's ${report.ours.length} biggest parts (LTO inlines: a part holds what was inlined into it):`);
    for (const { part, size, functions } of report.ours) console.log(`  ${part}: ${(size / 1024).toFixed(1)} KB in ${functions} functions`);
  }
}

// Our functions (src/core, src/ui, src/platform) summed by the first part of the first
// leren::<namespace>:: in their name (a library template our code instantiated, such as a sort
// with our lambda, counts where that lambda is), an inner namespace such as loading:: kept.
function ourParts(list) {
  const sums = new Map();
  for (const f of list) {
    const m = /leren::(core|ui|platform)::((?:(?:loading|md|figures|\(anonymous namespace\))::)*)([A-Za-z_][A-Za-z0-9_]*)/.exec(f.name);
    if (!m) continue;
    const part = `${m[1]}::${m[2]}${m[3]}`;
    const s = sums.get(part) || { part, size: 0, functions: 0 };
    s.size += f.size;
    s.functions += 1;
    sums.set(part, s);
  }
  return [...sums.values()].sort((a, b) => b.size - a.size);
}

// The name without its parameter list: a function of ours that takes a nlohmann::json is ours,
// not the library's (until the sixteenth session they counted as nlohmann_json's). Template
// arguments stay: a library template our code instantiated counts where its argument is (the
// order of PARTS).
function withoutParameters(name) {
  const s = name.replace(/\(anonymous namespace\)/g, '{anonymous}');
  let depth = 0;
  for (let i = 0; i < s.length; ++i) {
    if (s[i] === '<') depth += 1;
    else if (s[i] === '>') depth -= 1;
    else if (s[i] === '(' && depth === 0) return s.slice(0, i);
  }
  return s;
}

// wasm-objdump prints names unescaped; wasm-split lists them as the name section's escapes.
function escape(name) {
  return name.replace(/[^A-Za-z0-9!#$%&'*+\-./:<=>?@\\^_`|~]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}
