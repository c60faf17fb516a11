#!/usr/bin/env python3
# Type checks against gcc: thousands of small programs, each putting one
# type against another in one context (initialization, assignment, return,
# argument, cast, the binary and unary operators, ?:), or declaring a name
# twice, or breaking one rule of declarations.  Each is compiled by gcc
# (-std=gnu17) and by 9cc; a case passes when both accept it or both reject
# it, and 9cc neither crashes nor hangs.  gcc is the judge: no expectation
# is written here, so a case cannot pass by copying 9cc's answer.
#   test/typecheck.py [./9cc]
# Prints a FAIL line for each disagreement and "N passed, N failed" last.
import itertools
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

cc9 = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else './9cc')

PRELUDE = """struct S { int x; }; union U { int x; }; enum E { E0, E1 };
typedef int v4si __attribute__((vector_size(16)));
typedef int (*FP)(void);
"""

# The types, as a declaration of `name` spells them, and as a type name.
TYPES = {
    'int': 'int', 'double': 'double', 'int *': 'int *', 'void *': 'void *',
    'struct S': 'struct S', 'union U': 'union U', '_Bool': '_Bool',
    '_Complex double': '_Complex double', 'enum E': 'enum E',
    'long double': 'long double', '__int128': '__int128', 'v4si': 'v4si',
    'FP': 'FP', 'char': 'char', 'unsigned': 'unsigned', 'float': 'float',
    'struct S *': 'struct S *', 'const int *': 'const int *', 'long': 'long',
    'short': 'short', 'int[4]': None,
}


def decl(t, name):
    if t == 'int[4]':
        return f'int {name}[4]'
    return f'{t} {name}'


def conversion_cases():
    for a, b in itertools.product(TYPES, TYPES):
        tb = TYPES[b]
        if tb is None:
            continue
        da = decl(a, 'a')
        yield f'{a} -> {b} init', f'void f(void) {{ {da}; {tb} b = a; (void)b; }}'
        yield f'{a} -> {b} assign', f'void f(void) {{ {da}; {tb} b; b = a; }}'
        yield f'{a} -> {b} return', f'{tb} f(void) {{ {da}; return a; }}'
        yield f'{a} -> {b} argument', f'void g({tb} p); void f(void) {{ {da}; g(a); }}'
        yield f'{a} -> {b} cast', f'void f(void) {{ {da}; (void)({tb})a; }}'
        db = decl(b, 'b')
        for op in ['+', '-', '*', '/', '%', '<', '==', '&&', '&', '<<']:
            yield f'{a} {op} {b}', f'void f(void) {{ {da}; {db}; (void)(a {op} b); }}'
        yield f'{a} ?: {b}', f'void f(int c) {{ {da}; {db}; (void)(c ? a : b); }}'
        yield f'{a} += {b}', f'void f(void) {{ {da}; {db}; a += b; }}'


def operator_cases():
    for a in TYPES:
        da = decl(a, 'a')
        for op in ['-a', '!a', '~a', 'a++', '*a', 'a[0]', 'a()', '&a', '+a', 'a.x', 'a->x',
                   'sizeof a']:
            yield f'{op} on {a}', f'void f(void) {{ {da}; (void)({op}); }}'
        for stmt in ['if (a) ;', 'switch (a) {}', 'while (a) break;', 'return a;']:
            yield f'{stmt} on {a}', f'void f(void) {{ {da}; {stmt} }}'
        yield f'case {a}', f'void f(int i) {{ {da}; switch (i) {{ case a: ; }} }}'
        yield f'array size {a}', f'void f(void) {{ {da}; int v[a]; (void)v; }}'
        yield f'bit-field of {a}', f'struct B {{ {decl(a, "m")} : 3; }};'
        yield f'register {a} address', f'void f(void) {{ register {da}; (void)&a; }}'
        yield f'const {a} assigned', f'void f(void) {{ const {da}; {decl(a, "b")}; a = b; }}'


def redeclaration_cases():
    for a, b in itertools.product(TYPES, TYPES):
        yield f'extern {a} / {b}', f'extern {decl(a, "x")}; extern {decl(b, "x")};'
        if TYPES[a] and TYPES[b]:
            yield f'parameter {a} / {b}', f'void g({a}); void g({b});'
            yield f'return {a} / {b}', f'{a} h(void); {b} h(void);'
            yield f'typedef {a} / {b}', f'typedef {a} T; typedef {b} T;'
            yield f'local {a} / {b}', f'void f(void) {{ {decl(a, "x")}; {decl(b, "x")}; }}'


RULES = {
    'void parameter among others': 'void f(int, void);',
    'parameter twice': 'void f(int a, int a);',
    'parameter redeclared in body': 'void f(int a) { int a; }',
    'label twice': 'void f(void) { l: ; l: ; }',
    'break outside a loop': 'void f(void) { break; }',
    'continue in a switch': 'void f(int i) { switch (i) { case 1: continue; } }',
    'duplicate case': 'void f(int i) { switch (i) { case 1: case 1: ; } }',
    'duplicate default': 'void f(int i) { switch (i) { default: default: ; } }',
    'goto to no label': 'void f(void) { goto nowhere; }',
    'negative array size': 'int a[-1];',
    'function returning an array': 'int g(void)[3];',
    'function returning a function': 'int g(void)(void);',
    'array of void': 'void a[3];',
    'incomplete object': 'struct Z z;',
    'incomplete local': 'void f(void) { struct Z z; }',
    'function defined twice': 'int g(void) { return 0; } int g(void) { return 1; }',
    'object defined twice': 'int v = 1; int v = 2;',
    'static then not': 'static int s; int s;',
    'not static then static': 'int s; static int s;',
    'static then extern': 'static int s; extern int s;',
    'function declared then static': 'int g(void); static int g(void) { return 0; }',
    'function extern then static': 'extern int g(void); static int g(void);',
    'function implicit then static': 'int f(void) { return g(); } static int g(void) { return 0; }',
    'function in a block then static': 'void f(void) { extern int g(void); } static int g(void);',
    'C99 inline then static': 'inline int g(void); static int g(void) { return 0; }',
    'static then function declared': 'static int g(void); int g(void) { return 0; }',
    'builtin library function then static': 'void f(char *d) { __builtin_memset(d, 0, 1); } static void *memset(void *d, int c, unsigned long n) { return d; }',
    'implicit library function then declared': 'void f(char *d) { strcpy(d, "a"); } char *strcpy(char *, const char *);',
    'implicit library function then static': 'void f(char *d) { strcpy(d, "a"); } static char *strcpy(char *d, const char *s) { return d; }',
    'builtin then its function declared': 'void f(char *d) { __builtin_strcpy(d, "a"); } char *strcpy(char *, const char *);',
    'implicit int then another return type': 'void f(void) { int x = g(); } char *g(void);',
    'old-style then another return type': 'int g(); long g(void);',
    'old-style then a prototype': 'int g(); int g(int a) { return a; }',
    'implicit int definition then a prototype': 'f() { return 1; } int f(void);',
    'object in a block then static': 'void f(void) { extern int x; } static int x;',
    'object in a block then another type': 'void f(void) { extern int x; } long x;',
    'object in two blocks with two types': 'void f(void) { extern int x; } void h(void) { extern long x; }',
    'function in a block then an object': 'void f(void) { extern int g(void); } int g;',
    'function in two blocks with two types': 'void f(void) { extern int g(void); } void h(void) { extern long g(void); }',
    'object in a block then defined': 'void f(void) { extern int x; x = 1; } int x = 2;',
    'array in a block then with a size': 'void f(void) { extern int x[]; } int x[3];',
    'typedef then object': 'typedef int T; int T;',
    'enumerator twice': 'enum Q { QA, QA };',
    'enumerator as object': 'int QB; enum Q { QB };',
    'member twice': 'struct D { int a; int a; };',
    'member twice through an anonymous struct': 'struct D { int a; struct { int a; }; };',
    'flexible array member not last': 'struct F { int a[]; int b; };',
    'flexible array member alone': 'struct F { int a[]; };',
    'flexible array member in a union': 'union F { int b; int a[]; };',
    'struct defined twice': 'struct S { int y; };',
    '_Generic with two compatible types': 'typedef int I; int r = _Generic(1, I: 1, int: 2);',
    '_Generic with two defaults': 'int r = _Generic(1, default: 1, default: 2);',
    '_Bool bit-field of 2 bits': 'struct B { _Bool m : 2; };',
    'struct initialized by an int': 'struct S s = 1;',
    'union initialized by an int': 'union U u = 1;',
    'void value as condition': 'void g(void); void f(void) { if (g()) ; }',
    'void * dereferenced in a void context': 'void f(void *p) { (void)*p; }',
    'void * dereferenced and assigned': 'void f(void *p) { *p = 1; }',
}


def all_cases():
    yield from conversion_cases()
    yield from operator_cases()
    yield from redeclaration_cases()
    yield from RULES.items()


def run(args, src):
    try:
        r = subprocess.run(args, input=src.encode(), capture_output=True, timeout=20)
        return r.returncode, r.stderr.decode(errors='replace')
    except subprocess.TimeoutExpired:
        return 'timeout', ''


def check(case):
    name, body = case
    src = PRELUDE + body + '\n'
    g, gerr = run(['gcc', '-std=gnu17', '-w', '-fsyntax-only', '-x', 'c', '-'], src)
    n, nerr = run([cc9, '-w', '-S', '-o', '/dev/null', '-x', 'c', '-'], src)
    if n not in (0, 1):
        return f'FAIL {name} (9cc: exit status {n}) | {body}'
    if (g == 0) != (n == 0):
        first = lambda err: next((l for l in err.splitlines() if 'error' in l), '')
        why = f'gcc accepts, 9cc: {first(nerr)}' if g == 0 else f'9cc accepts, gcc: {first(gerr)}'
        return f'FAIL {name} ({why}) | {body}'
    return None


def main():
    cases = list(dict(all_cases()).items())
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(check, cases))
    failures = [r for r in results if r]
    for r in failures:
        print(r)
    print(f'{len(cases) - len(failures)} passed, {len(failures)} failed')
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
