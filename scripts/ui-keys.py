#!/usr/bin/env python3
"""Lists every UI string key the code under src/ uses, for the check that each one exists in
content/ui/strings.json (strings.missing-key).

It reads the C++ sources as tokens (no compiler needed, so it runs in every build, the wasm one
included) and finds the calls of the two i18n functions, `tr(` and `format(`, whatever object
they are called on. From the first argument of each call it follows the key back to string
literals:

  tr("quiz.title")                          a literal
  tr(ok ? "quiz.correct" : "quiz.wrong")    every branch of a conditional
  tr("callout." + std::string(a ? "law" : "tip"))   a literal prefix plus literals
  tr(key)          a local variable: its initializer; a range-for or structured binding: the
                   literals of the array it walks; a parameter: that argument in every call of
                   the enclosing function (in any file)
  tr(markKey(m))   a function: the literals of its return statements (in any file)

Calls whose key cannot be followed that way (it comes from data, e.g. "x." + item.id) are
listed as "not followed": a unit test insists there are none, so a new one is noticed where it
is written. libclang would parse C++ fully, but needs every include path of the UI (ImGui, SDL,
Emscripten) to do it; tokens are enough for this.

  ui-keys.py --root DIR [--cpp OUT.cpp] [--list]
"""
import argparse
import os
import re
import sys

KEY = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
I18N_CALLS = {"tr", "format"}
NOT_FUNCTIONS = {"if", "for", "while", "switch", "catch", "return", "sizeof", "decltype", "alignof", "static_assert"}
TOKEN = re.compile(
    r"""(?P<raw>R"(?P<delim>[^(\s]*)\((?:.|\n)*?\)(?P=delim)")"""
    r"""|(?P<str>"(?:[^"\\\n]|\\.)*")"""
    r"""|(?P<chr>'(?:[^'\\\n]|\\.)*')"""
    r"""|(?P<comment>//[^\n]*|/\*(?:.|\n)*?\*/)"""
    r"""|(?P<pp>^[ \t]*\#[^\n]*(?:\\\n[^\n]*)*)"""
    r"""|(?P<id>[A-Za-z_][A-Za-z0-9_]*)"""
    r"""|(?P<num>\d[\w.']*)"""
    r"""|(?P<op>::|->|&&|\|\||[-+*/%<>=!&|^]=|<<|>>|\+\+|--|[{}()\[\];,?:.<>+\-*/%&|^!~=])"""
    r"""|(?P<nl>\n)|(?P<ws>[ \t\r\f\v]+)|(?P<other>.)""",
    re.MULTILINE,
)


class Tok:
    __slots__ = ("kind", "text", "line")

    def __init__(self, kind, text, line):
        self.kind, self.text, self.line = kind, text, line

    def literal(self):
        """The value of a plain string literal (escapes are never part of a key)."""
        return self.text[1:-1] if self.kind == "str" else None


def tokenize(text):
    toks, line = [], 1
    for m in TOKEN.finditer(text):
        kind = m.lastgroup if m.lastgroup != "delim" else "raw"
        if kind in ("id", "num", "op", "str", "raw", "chr", "other"):
            toks.append(Tok("str" if kind == "str" else kind, m.group(0), line))
        line += m.group(0).count("\n")
    return toks


def matching(toks, i):
    """Index of the bracket closing toks[i]."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    want, depth = pairs[toks[i].text], 0
    for j in range(i, len(toks)):
        t = toks[j].text
        if t == toks[i].text:
            depth += 1
        elif t == want:
            depth -= 1
            if depth == 0:
                return j
    return len(toks) - 1


def split_top(toks, seps):
    """Splits a token list at top-level separators (outside brackets)."""
    parts, cur, depth = [], [], 0
    for t in toks:
        if t.text in "([{":
            depth += 1
        elif t.text in ")]}":
            depth -= 1
        if depth == 0 and t.text in seps:
            parts.append(cur)
            cur = []
        else:
            cur.append(t)
    parts.append(cur)
    return parts


def top_level(toks, start, index):
    """Whether toks[index] is outside any bracket opened from toks[start] on."""
    depth = 0
    for t in toks[start:index]:
        if t.text in "([{":
            depth += 1
        elif t.text in ")]}":
            depth -= 1
    return depth == 0


def top_index(toks, text):
    depth = 0
    for k, t in enumerate(toks):
        if t.text in "([{":
            depth += 1
        elif t.text in ")]}":
            depth -= 1
        elif depth == 0 and t.text == text:
            return k
    return None


class Function:
    def __init__(self, name, params, body_start, body_end, file):
        self.name, self.params, self.body_start, self.body_end, self.file = name, params, body_start, body_end, file


class Source:
    def __init__(self, path, rel):
        self.rel = rel
        with open(path, encoding="utf-8", errors="replace") as f:
            self.toks = tokenize(f.read())
        self.functions = self._functions()

    def _functions(self):
        """Every function (or lambda) body: name, parameter names, token range."""
        out, toks = [], self.toks
        for i, t in enumerate(toks):
            if t.text != "{":
                continue
            j = i - 1
            while j >= 0 and toks[j].kind == "id" and toks[j].text in ("const", "override", "noexcept", "final", "mutable"):
                j -= 1
            if j < 0 or toks[j].text != ")":
                continue
            depth, k = 0, j
            while k >= 0:
                if toks[k].text == ")":
                    depth += 1
                elif toks[k].text == "(":
                    depth -= 1
                    if depth == 0:
                        break
                k -= 1
            if k <= 0:
                continue
            name = toks[k - 1].text if toks[k - 1].kind == "id" else None
            if name in NOT_FUNCTIONS:
                continue
            params = []
            for p in split_top(toks[k + 1 : j], {","}):
                p = [x for x in split_top(p, {"="})[0] if x.kind == "id"]
                params.append(p[-1].text if p else None)
            out.append(Function(name, params, i, matching(toks, i), self))
        return out

    def enclosing(self, index):
        best = None
        for f in self.functions:
            if f.body_start < index < f.body_end and (best is None or f.body_start > best.body_start):
                best = f
        return best


class Scanner:
    def __init__(self, root):
        self.root = root
        self.sources = []
        for base, dirs, files in os.walk(os.path.join(root, "src")):
            dirs.sort()
            for name in sorted(files):
                if name.endswith((".cpp", ".hpp", ".h", ".cc")):
                    path = os.path.join(base, name)
                    self.sources.append(Source(path, os.path.relpath(path, root).replace(os.sep, "/")))
        self.keys = {}  # key -> (file, line) of its first use
        self.not_followed = []  # (description, file, line)

    # --- following an expression back to literals -------------------------------------------
    def values(self, src, toks, at, depth=0):
        """The possible string values of an expression: a set of strings, or None if unknown."""
        if depth > 8 or not toks:
            return None
        while len(toks) >= 2 and toks[0].text == "(" and matching(toks, 0) == len(toks) - 1:
            toks = toks[1:-1]
        q = top_index(toks, "?")
        if q is not None:  # cond ? a : b, where b may be another conditional
            nested, colon = 0, None
            for k in range(q + 1, len(toks)):
                if toks[k].text == "?" and top_level(toks, q + 1, k):
                    nested += 1
                elif toks[k].text == ":" and top_level(toks, q + 1, k):
                    if nested == 0:
                        colon = k
                        break
                    nested -= 1
            if colon is None:
                return None
            a = self.values(src, toks[q + 1 : colon], at, depth + 1)
            b = self.values(src, toks[colon + 1 :], at, depth + 1)
            return None if a is None or b is None else a | b
        terms = split_top(toks, {"+"})
        if len(terms) > 1:
            out = {""}
            for term in terms:
                v = self.values(src, term, at, depth + 1)
                if v is None:
                    return None
                out = {a + b for a in out for b in v}
            return out
        if len(toks) == 1 and toks[0].kind == "str":
            return {toks[0].literal()}
        if len(toks) == 1 and toks[0].text in ("nullptr", "NULL"):
            return set()
        # name(...) spanning the whole expression: std::string(x) is x; f(...) is what f returns.
        opener = next((k for k, t in enumerate(toks) if t.text in "({"), None)
        if opener and toks[-1].text in ")}" and matching(toks, opener) == len(toks) - 1:
            head = toks[:opener]
            if all(t.kind == "id" or t.text == "::" for t in head) and head[-1].kind == "id":
                if head[-1].text in ("string", "string_view"):
                    return self.values(src, toks[opener + 1 : -1], at, depth + 1)
                return self.returns_of(head[-1].text, depth)
        if len(toks) == 1 and toks[0].kind == "id":
            return self.variable(src, toks[0].text, at, depth)
        return None

    def returns_of(self, name, depth):
        out, found = set(), False
        for src in self.sources:
            for f in src.functions:
                if f.name != name:
                    continue
                found = True
                toks = src.toks
                i = f.body_start
                while i < f.body_end:
                    if toks[i].text == "return":
                        end = i + 1
                        while end < f.body_end and toks[end].text != ";":
                            end += 1
                        v = self.values(src, toks[i + 1 : end], i, depth + 1)
                        if v is None:
                            return None
                        out |= v
                        i = end
                    i += 1
        return out if found else None

    def variable(self, src, name, at, depth):
        toks, fn = src.toks, src.enclosing(at)
        lo = fn.body_start if fn else 0
        # The nearest declaration before the use: "T name = expr;" or "T name{expr};".
        for i in range(at - 1, lo, -1):
            if toks[i].text != name or i + 1 >= len(toks):
                continue
            prev, nxt = toks[i - 1], toks[i + 1]
            if nxt.text == "=" and (prev.kind == "id" or prev.text in ("*", "&", ">")):
                end = i + 2
                while end < len(toks) and toks[end].text != ";":
                    end = matching(toks, end) + 1 if toks[end].text in "([{" else end + 1
                return self.values(src, toks[i + 2 : end], i, depth + 1)
            # for (T name : range) or for (auto [a, name] : range)
            j = i + 1
            while j < len(toks) and toks[j].text in (",", "]") or (j < len(toks) and toks[j].kind == "id" and toks[j - 1].text == ","):
                j += 1
            in_for = any(toks[k].text == "for" and toks[k + 1].text == "(" for k in range(max(lo, i - 15), i))
            if in_for and j < len(toks) and toks[j].text == ":":
                end = j + 1
                while end < len(toks) and toks[end].text != ")":
                    end = matching(toks, end) + 1 if toks[end].text in "([{" else end + 1
                return self.range_values(src, toks[j + 1 : end], i, depth)
        if fn and name in fn.params:
            if fn.name in I18N_CALLS:
                return set()  # the i18n function itself, or a wrapper that forwards its key
            return self.arguments_of(fn.name, fn.params.index(name), depth) if fn.name else None
        return None

    def range_values(self, src, toks, at, depth):
        """Literals of what a range-for walks: a braced list, or an array's initializer."""
        if toks and toks[0].text == "{":
            return {t.literal() for t in toks if t.kind == "str"}
        if len(toks) == 1 and toks[0].kind == "id":
            name, all_toks = toks[0].text, src.toks
            for i in range(at - 1, -1, -1):
                if all_toks[i].text == name and i + 1 < len(all_toks) and all_toks[i + 1].text in ("[", "=", "{"):
                    j = i + 1
                    while j < len(all_toks) and all_toks[j].text != "{":
                        j += 1
                    end = matching(all_toks, j)
                    return {t.literal() for t in all_toks[j:end] if t.kind == "str"}
        return None

    def arguments_of(self, name, index, depth):
        out, found = set(), False
        for src in self.sources:
            toks = src.toks
            for i in range(len(toks) - 1):
                if toks[i].text != name or toks[i + 1].text != "(":
                    continue
                if any(f.name == name and f.body_start > i and f.body_start - i < 60 for f in src.functions):
                    continue  # the definition itself
                args = split_top(toks[i + 2 : matching(toks, i + 1)], {","})
                if index >= len(args):
                    continue
                found = True
                v = self.values(src, args[index], i, depth + 1)
                if v is None:
                    return None
                out |= v
        return out if found else None

    # --- the scan ----------------------------------------------------------------------------
    def scan(self):
        for src in self.sources:
            toks = src.toks
            for i in range(1, len(toks) - 1):
                t = toks[i]
                if t.text not in I18N_CALLS or toks[i + 1].text != "(":
                    continue
                if toks[i - 1].text == "::" and i >= 2 and toks[i - 2].text == "std":
                    continue  # std::format
                if any(f.name == t.text and f.body_start > i and f.body_start - i < 60 for f in src.functions):
                    continue  # a definition or declaration, not a call
                args = split_top(toks[i + 2 : matching(toks, i + 1)], {","})
                first = args[0] if args else []
                if not first or first[0].text == "const" or (len(first) >= 2 and first[-2].text in ("&", "*")):
                    continue  # a declaration: "tr(const std::string& key, ...)"
                values = self.values(src, first, i)
                if values is None:
                    self.not_followed.append((" ".join(x.text for x in first), src.rel, t.line))
                    continue
                for key in sorted(values):
                    if key and KEY.match(key):
                        self.keys.setdefault(key, (src.rel, t.line))
        return self


def cpp_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate_cpp(scanner):
    lines = [
        "// Generated by scripts/ui-keys.py from the sources under src/; do not edit.",
        '#include "core/ui_keys.hpp"',
        "",
        "namespace leren::core {",
        "",
        "const std::vector<UiKeyUse>& uiKeysUsedByCode() {",
        "  static const std::vector<UiKeyUse> keys = {",
    ]
    for key in sorted(scanner.keys):
        f, line = scanner.keys[key]
        lines.append(f"      {{{cpp_string(key)}, {cpp_string(f)}, {line}}},")
    lines += ["  };", "  return keys;", "}", "", "const std::vector<UiKeyUse>& uiKeyCallsNotFollowed() {",
              "  static const std::vector<UiKeyUse> calls = {"]
    for expr, f, line in scanner.not_followed:
        lines.append(f"      {{{cpp_string(expr)}, {cpp_string(f)}, {line}}},")
    lines += ["  };", "  return calls;", "}", "", "}  // namespace leren::core", ""]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    parser.add_argument("--cpp", help="write the C++ list here (only when it changes)")
    parser.add_argument("--list", action="store_true", help="print key<TAB>file:line, and calls not followed")
    args = parser.parse_args()
    scanner = Scanner(os.path.abspath(args.root)).scan()
    if args.cpp:
        text = generate_cpp(scanner)
        old = None
        if os.path.exists(args.cpp):
            with open(args.cpp, encoding="utf-8") as f:
                old = f.read()
        if old != text:
            os.makedirs(os.path.dirname(os.path.abspath(args.cpp)), exist_ok=True)
            with open(args.cpp, "w", encoding="utf-8") as f:
                f.write(text)
    if args.list or not args.cpp:
        for key in sorted(scanner.keys):
            f, line = scanner.keys[key]
            print(f"{key}\t{f}:{line}")
        for expr, f, line in scanner.not_followed:
            print(f"not followed: {expr}\t{f}:{line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
