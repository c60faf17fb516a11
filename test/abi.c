#include "test.h"

// Cross-compiler ABI test.  Linked with abi_gcc.c, which is always compiled by
// gcc.  The struct types below are declared identically in abi_gcc.c.

int vsprintf(char *buf, const char *fmt, __builtin_va_list ap);
void qsort(void *base, unsigned long n, unsigned long size, int (*cmp)(const void *, const void *));

typedef struct { char a; } SC;
typedef struct { int a; } SI;
typedef struct { long a; } SL;
typedef struct { int a, b; } SII;
typedef struct { int a, b, c; } SIII;
typedef struct { long a, b; } SLL;
typedef struct { double a; } SD;
typedef struct { float a, b; } SFF;
typedef struct { float a, b, c; } SFFF;
typedef struct { int a; double b; } SID;
typedef struct { double a; int b; } SDI;
typedef struct { float a; int b; } SFI;
typedef struct { float a, b; int c; } SFFI;
typedef struct { double a, b; } SDD;
typedef struct { char a[20]; } SC20;
typedef struct { long a, b, c; } SL3;
typedef struct { long double a; } SLD;
typedef struct { char a, b, c; } SC3;
typedef struct { double a; float b; } SDF;

// Defined in abi_gcc.c.
long gcc_i0(void);
long gcc_i1(int a);
long gcc_i2(int a, int b);
long gcc_i3(int a, int b, int c);
long gcc_i4(int a, int b, int c, int d);
long gcc_i5(int a, int b, int c, int d, int e);
long gcc_i6(int a, int b, int c, int d, int e, int f);
long gcc_i7(int a, int b, int c, int d, int e, int f, int g);
long gcc_i8(int a, int b, int c, int d, int e, int f, int g, int h);
long gcc_i9(int a, int b, int c, int d, int e, int f, int g, int h, int i);
long gcc_i10(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j);
double gcc_d1(double a);
double gcc_d2(double a, double b);
double gcc_d3(double a, double b, double c);
double gcc_d4(double a, double b, double c, double d);
double gcc_d5(double a, double b, double c, double d, double e);
double gcc_d6(double a, double b, double c, double d, double e, double f);
double gcc_d7(double a, double b, double c, double d, double e, double f, double g);
double gcc_d8(double a, double b, double c, double d, double e, double f, double g, double h);
double gcc_d9(double a, double b, double c, double d, double e, double f, double g, double h, double i);
double gcc_d10(double a, double b, double c, double d, double e, double f, double g, double h, double i, double j);
double gcc_f10(float a, float b, float c, float d, float e, float f, float g, float h, float i, float j);
int gcc_mix_int(char a, short b, int c, long d, void *e, unsigned char f, unsigned short g, unsigned h, long i, _Bool j, signed char k);
long gcc_mix_sum(char a, short b, int c, long d, unsigned char e, unsigned short f, unsigned g, signed char h);
int gcc_mix_fp(int i1, double d1, float f1, long l2, double d2, int i3, float f2, double d3, char c4, double d4, float f3, int i5, double d5, short s6, float f4, double d6, int i7, double d7, long i8, float f5);
float gcc_fdiv(float a, float b);
double gcc_dmix(int a, float b, double c);
float gcc_fmix(double a, int b, float c);
char gcc_ret_char(int x);
unsigned char gcc_ret_uchar(int x);
short gcc_ret_short(int x);
unsigned short gcc_ret_ushort(int x);
int gcc_ret_int(long x);
unsigned gcc_ret_uint(long x);
_Bool gcc_ret_bool(int x);
void *gcc_ret_ptr(char *p);
long double gcc_ld_add(long double a, long double b);
long double gcc_ld_mix(int a, long double b, double c, long double d, float e, long f);
long double gcc_ld_ret(void);
int gcc_ld_align(int a, int b, int c, int d, int e, int f, int g, long double x, int h);
double gcc_ld_to_d(long double a, double b, long double c);
SC gcc_echo_sc(SC s);
SI gcc_echo_si(SI s);
SL gcc_echo_sl(SL s);
SII gcc_echo_sii(SII s);
SIII gcc_echo_siii(SIII s);
SLL gcc_echo_sll(SLL s);
SD gcc_echo_sd(SD s);
SFF gcc_echo_sff(SFF s);
SFFF gcc_echo_sfff(SFFF s);
SID gcc_echo_sid(SID s);
SDI gcc_echo_sdi(SDI s);
SFI gcc_echo_sfi(SFI s);
SFFI gcc_echo_sffi(SFFI s);
SDD gcc_echo_sdd(SDD s);
SC20 gcc_echo_sc20(SC20 s);
SL3 gcc_echo_sl3(SL3 s);
SLD gcc_echo_sld(SLD s);
SC3 gcc_echo_sc3(SC3 s);
SDF gcc_echo_sdf(SDF s);
SC gcc_mk_sc(char a);
SI gcc_mk_si(int a);
SL gcc_mk_sl(long a);
SII gcc_mk_sii(int a, int b);
SIII gcc_mk_siii(int a, int b, int c);
SLL gcc_mk_sll(long a, long b);
SD gcc_mk_sd(double a);
SFF gcc_mk_sff(float a, float b);
SFFF gcc_mk_sfff(float a, float b, float c);
SID gcc_mk_sid(int a, double b);
SDI gcc_mk_sdi(double a, int b);
SFI gcc_mk_sfi(float a, int b);
SFFI gcc_mk_sffi(float a, float b, int c);
SDD gcc_mk_sdd(double a, double b);
SC20 gcc_mk_sc20(char c);
SL3 gcc_mk_sl3(long a, long b, long c);
SLD gcc_mk_sld(long double a);
SC3 gcc_mk_sc3(char a, char b, char c);
SDF gcc_mk_sdf(double a, float b);
long gcc_take_sc(SC s);
long gcc_take_si(SI s);
long gcc_take_sl(SL s);
long gcc_take_sii(SII s);
long gcc_take_siii(SIII s);
long gcc_take_sll(SLL s);
double gcc_take_sd(SD s);
double gcc_take_sff(SFF s);
double gcc_take_sfff(SFFF s);
double gcc_take_sid(SID s);
double gcc_take_sdi(SDI s);
double gcc_take_sfi(SFI s);
double gcc_take_sffi(SFFI s);
double gcc_take_sdd(SDD s);
long gcc_take_sc20(SC20 s);
long gcc_take_sl3(SL3 s);
long double gcc_take_sld(SLD s);
long gcc_take_sc3(SC3 s);
double gcc_take_sdf(SDF s);
long gcc_clobber_sl3(SL3 s);
long gcc_clobber_sll(SLL s);
int gcc_late_sll(int a, int b, int c, int d, int e, SLL s, int f);
int gcc_late_siii(int a, int b, int c, int d, int e, SIII s, int f);
int gcc_late_sii(int a, int b, int c, int d, int e, int f, SII s, int g);
int gcc_late_sdd(double a, double b, double c, double d, double e, double f, double g, SDD s, double h);
int gcc_late_sfff(double a, double b, double c, double d, double e, double f, double g, SFFF s, float h);
int gcc_late_sid(int a, int b, int c, int d, int e, int f, SID s, double g);
int gcc_late_sdi(double a, double b, double c, double d, double e, double f, double g, double h, SDI s, int i);
int gcc_late_sfi(int a, int b, int c, int d, int e, int f, SFI s, float g);
int gcc_late_mem(int a, SL3 s, double d, SC20 t, int b);
int gcc_late_sld(int a, int b, int c, int d, int e, int f, int g, SLD s, int h);
int gcc_fit_sll(int a, int b, int c, int d, SLL s);
int gcc_fit_sdd(double a, double b, double c, double d, double e, double f, SDD s);
double gcc_many_structs(SFF a, SID b, SDI c, SLL d, SIII e, SDD f, SFI g, SD h);
double gcc_va(const char *fmt, ...);
int gcc_va_sprintf(char *buf, const char *fmt, ...);
long gcc_sub8(int a, int b, int c, int d, int e, int f, int g, int h);
double gcc_fp4(double a, float b, int c, long double d);
long gcc_sq(long x);
long gcc_sub(long a, long b);
long gcc_misalign(void);
long gcc_apply8(long (*f)(int, int, int, int, int, int, int, int));
double gcc_apply_fp(double (*f)(double, float, int, long double));
SFFI gcc_apply_s(SFFI (*f)(SFFI));
SL3 gcc_apply_mem(SL3 (*f)(SL3));
double gcc_call_va_fp(double (*f)(const char *, ...));
long gcc_loop_calls(long (*f)(long), long n);
long (*gcc_get_fn(void))(long, long);
int run_gcc_callers(void);

// Called from run_gcc_callers() in abi_gcc.c; abi_gcc.c defines the same
// functions as gcc_*.
// Integer arguments: 0..10 ints, combined positionally.
long callee_i0(void) { return 42; }
long callee_i1(int a) { return a; }
long callee_i2(int a, int b) { return a * 10L + b; }
long callee_i3(int a, int b, int c) { return (a * 10L + b) * 10 + c; }
long callee_i4(int a, int b, int c, int d) { return ((a * 10L + b) * 10 + c) * 10 + d; }
long callee_i5(int a, int b, int c, int d, int e) { return (((a * 10L + b) * 10 + c) * 10 + d) * 10 + e; }
long callee_i6(int a, int b, int c, int d, int e, int f) { return ((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f; }
long callee_i7(int a, int b, int c, int d, int e, int f, int g) { return (((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g; }
long callee_i8(int a, int b, int c, int d, int e, int f, int g, int h) { return ((((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h; }
long callee_i9(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return (((((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i; }
long callee_i10(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) { return ((((((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i) * 10 + j; }

// Double arguments: 1..10 doubles, combined positionally.
double callee_d1(double a) { return a; }
double callee_d2(double a, double b) { return a * 10 + b; }
double callee_d3(double a, double b, double c) { return (a * 10 + b) * 10 + c; }
double callee_d4(double a, double b, double c, double d) { return ((a * 10 + b) * 10 + c) * 10 + d; }
double callee_d5(double a, double b, double c, double d, double e) { return (((a * 10 + b) * 10 + c) * 10 + d) * 10 + e; }
double callee_d6(double a, double b, double c, double d, double e, double f) { return ((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f; }
double callee_d7(double a, double b, double c, double d, double e, double f, double g) { return (((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g; }
double callee_d8(double a, double b, double c, double d, double e, double f, double g, double h) { return ((((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h; }
double callee_d9(double a, double b, double c, double d, double e, double f, double g, double h, double i) { return (((((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i; }
double callee_d10(double a, double b, double c, double d, double e, double f, double g, double h, double i, double j) { return ((((((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i) * 10 + j; }
double callee_f10(float a, float b, float c, float d, float e, float f, float g, float h, float i, float j) { return ((((((((a * 10.0 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i) * 10 + j; }

// Mixed integer kinds; returns the position of the first wrong argument.
int callee_mix_int(char a, short b, int c, long d, void *e, unsigned char f, unsigned short g, unsigned h, long i, _Bool j, signed char k) {
  if (a != -3) return 1;
  if (b != -1234) return 2;
  if (c != -123456789) return 3;
  if (d != 0x123456789abL) return 4;
  if (*(int *)e != 4242) return 5;
  if (f != 250) return 6;
  if (g != 65000) return 7;
  if (h != 4000000000U) return 8;
  if (i != -0x7edcba9876543210L) return 9;
  if (j != 1) return 10;
  if (k != -128) return 11;
  return 0;
}

long callee_mix_sum(char a, short b, int c, long d, unsigned char e, unsigned short f, unsigned g, signed char h) {
  return 1L * a + 2L * b + 3L * c + 4 * d + 5L * e + 6L * f + 7L * g + 8L * h;
}

// Interleaved ints, doubles and floats beyond both register sets.
int callee_mix_fp(int i1, double d1, float f1, long l2, double d2, int i3, float f2, double d3, char c4, double d4, float f3, int i5, double d5, short s6, float f4, double d6, int i7, double d7, long i8, float f5) {
  if (i1 != 1) return 1;
  if (d1 != 2.5) return 2;
  if (f1 != 3.25f) return 3;
  if (l2 != -4000000000L) return 4;
  if (d2 != 5.125) return 5;
  if (i3 != -6) return 6;
  if (f2 != 7.5f) return 7;
  if (d3 != 8.75) return 8;
  if (c4 != -9) return 9;
  if (d4 != 10.0625) return 10;
  if (f3 != -11.5f) return 11;
  if (i5 != 12) return 12;
  if (d5 != 13.25) return 13;
  if (s6 != -14) return 14;
  if (f4 != 15.5f) return 15;
  if (d6 != 16.75) return 16;
  if (i7 != 17) return 17;
  if (d7 != -18.5) return 18;
  if (i8 != 0x1900000019L) return 19;
  if (f5 != 20.25f) return 20;
  return 0;
}

float callee_fdiv(float a, float b) { return a / b; }
double callee_dmix(int a, float b, double c) { return a + b * c; }
float callee_fmix(double a, int b, float c) { return a * b + c; }

// Narrow return types: only the low bits of the return register are meaningful.
char callee_ret_char(int x) { return x + 1; }
unsigned char callee_ret_uchar(int x) { return x + 1; }
short callee_ret_short(int x) { return x + 1; }
unsigned short callee_ret_ushort(int x) { return x + 1; }
int callee_ret_int(long x) { return x + 1; }
unsigned callee_ret_uint(long x) { return x + 1; }
_Bool callee_ret_bool(int x) { return x & 0x100; }
void *callee_ret_ptr(char *p) { return p + 3; }

// long double: passed in memory, returned in st(0).
long double callee_ld_add(long double a, long double b) { return a + b; }
long double callee_ld_mix(int a, long double b, double c, long double d, float e, long f) { return a + b * 10 + c * 100 + d * 1000 + e * 10000 + f * 100000; }
long double callee_ld_ret(void) { return 1 + 0x1p-63L; }
int callee_ld_align(int a, int b, int c, int d, int e, int f, int g, long double x, int h) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5 || f != 6) return 1;
  if (g != 7) return 2;
  if (x != -3 - 0x1p-61L) return 3;
  if (h != 8) return 4;
  return 0;
}
double callee_ld_to_d(long double a, double b, long double c) { return (a - 1) * 0x1p62L + b + (c - 2) * 0x1p61L; }

// Structs: echo (pass and return, field k gains k), make (return), take (pass).
SC callee_echo_sc(SC s) { s.a += 1; return s; }
SI callee_echo_si(SI s) { s.a += 1; return s; }
SL callee_echo_sl(SL s) { s.a += 1; return s; }
SII callee_echo_sii(SII s) { s.a += 1; s.b += 2; return s; }
SIII callee_echo_siii(SIII s) { s.a += 1; s.b += 2; s.c += 3; return s; }
SLL callee_echo_sll(SLL s) { s.a += 1; s.b += 2; return s; }
SD callee_echo_sd(SD s) { s.a += 1; return s; }
SFF callee_echo_sff(SFF s) { s.a += 1; s.b += 2; return s; }
SFFF callee_echo_sfff(SFFF s) { s.a += 1; s.b += 2; s.c += 3; return s; }
SID callee_echo_sid(SID s) { s.a += 1; s.b += 2; return s; }
SDI callee_echo_sdi(SDI s) { s.a += 1; s.b += 2; return s; }
SFI callee_echo_sfi(SFI s) { s.a += 1; s.b += 2; return s; }
SFFI callee_echo_sffi(SFFI s) { s.a += 1; s.b += 2; s.c += 3; return s; }
SDD callee_echo_sdd(SDD s) { s.a += 1; s.b += 2; return s; }
SC20 callee_echo_sc20(SC20 s) { for (int i = 0; i < 20; i++) s.a[i] += 1; return s; }
SL3 callee_echo_sl3(SL3 s) { s.a += 1; s.b += 2; s.c += 3; return s; }
SLD callee_echo_sld(SLD s) { s.a += 1; return s; }
SC3 callee_echo_sc3(SC3 s) { s.a += 1; s.b += 2; s.c += 3; return s; }
SDF callee_echo_sdf(SDF s) { s.a += 1; s.b += 2; return s; }

SC callee_mk_sc(char a) { SC s = {a}; return s; }
SI callee_mk_si(int a) { SI s = {a}; return s; }
SL callee_mk_sl(long a) { SL s = {a}; return s; }
SII callee_mk_sii(int a, int b) { SII s = {a, b}; return s; }
SIII callee_mk_siii(int a, int b, int c) { SIII s = {a, b, c}; return s; }
SLL callee_mk_sll(long a, long b) { SLL s = {a, b}; return s; }
SD callee_mk_sd(double a) { SD s = {a}; return s; }
SFF callee_mk_sff(float a, float b) { SFF s = {a, b}; return s; }
SFFF callee_mk_sfff(float a, float b, float c) { SFFF s = {a, b, c}; return s; }
SID callee_mk_sid(int a, double b) { SID s = {a, b}; return s; }
SDI callee_mk_sdi(double a, int b) { SDI s = {a, b}; return s; }
SFI callee_mk_sfi(float a, int b) { SFI s = {a, b}; return s; }
SFFI callee_mk_sffi(float a, float b, int c) { SFFI s = {a, b, c}; return s; }
SDD callee_mk_sdd(double a, double b) { SDD s = {a, b}; return s; }
SC20 callee_mk_sc20(char c) { SC20 s; for (int i = 0; i < 20; i++) s.a[i] = c + i; return s; }
SL3 callee_mk_sl3(long a, long b, long c) { SL3 s = {a, b, c}; return s; }
SLD callee_mk_sld(long double a) { SLD s = {a}; return s; }
SC3 callee_mk_sc3(char a, char b, char c) { SC3 s = {a, b, c}; return s; }
SDF callee_mk_sdf(double a, float b) { SDF s = {a, b}; return s; }

long callee_take_sc(SC s) { return s.a; }
long callee_take_si(SI s) { return s.a; }
long callee_take_sl(SL s) { return s.a; }
long callee_take_sii(SII s) { return s.a * 1000L + s.b; }
long callee_take_siii(SIII s) { return (s.a * 1000L + s.b) * 1000 + s.c; }
long callee_take_sll(SLL s) { return s.a * 1000 + s.b; }
double callee_take_sd(SD s) { return s.a; }
double callee_take_sff(SFF s) { return s.a * 1000.0 + s.b; }
double callee_take_sfff(SFFF s) { return (s.a * 1000.0 + s.b) * 1000 + s.c; }
double callee_take_sid(SID s) { return s.a * 1000 + s.b; }
double callee_take_sdi(SDI s) { return s.a * 1000 + s.b; }
double callee_take_sfi(SFI s) { return s.a * 1000.0 + s.b; }
double callee_take_sffi(SFFI s) { return (s.a * 1000.0 + s.b) * 1000 + s.c; }
double callee_take_sdd(SDD s) { return s.a * 1000 + s.b; }
long callee_take_sc20(SC20 s) { long r = 0; for (int i = 0; i < 20; i++) r += (i + 1) * s.a[i]; return r; }
long callee_take_sl3(SL3 s) { return (s.a * 1000 + s.b) * 1000 + s.c; }
long double callee_take_sld(SLD s) { return s.a * 2; }
long callee_take_sc3(SC3 s) { return (s.a * 1000L + s.b) * 1000 + s.c; }
double callee_take_sdf(SDF s) { return s.a * 1000 + s.b; }

// A by-value struct is a copy: changing it must not change the caller's.
long callee_clobber_sl3(SL3 s) { s.a = 0; s.b = 0; s.c = 0; return s.a; }
long callee_clobber_sll(SLL s) { s.a = 0; s.b = 0; return s.a; }

// Structs that no longer fit in the remaining registers go on the stack whole;
// later scalar arguments still take the free registers.
int callee_late_sll(int a, int b, int c, int d, int e, SLL s, int f) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5) return 1;
  if (s.a != 0x100000005L) return 2;
  if (s.b != -0x200000000L) return 3;
  if (f != 6) return 4;
  return 0;
}
int callee_late_siii(int a, int b, int c, int d, int e, SIII s, int f) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5) return 1;
  if (s.a != -10 || s.b != 20) return 2;
  if (s.c != -30) return 3;
  if (f != 6) return 4;
  return 0;
}
int callee_late_sii(int a, int b, int c, int d, int e, int f, SII s, int g) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5 || f != 6) return 1;
  if (s.a != -5 || s.b != 1000000) return 2;
  if (g != 7) return 3;
  return 0;
}
int callee_late_sdd(double a, double b, double c, double d, double e, double f, double g, SDD s, double h) {
  if (a != 1.5 || b != 2.5 || c != 3.5 || d != 4.5 || e != 5.5 || f != 6.5 || g != 7.5) return 1;
  if (s.a != 10.5) return 2;
  if (s.b != -20.25) return 3;
  if (h != 8.5) return 4;
  return 0;
}
int callee_late_sfff(double a, double b, double c, double d, double e, double f, double g, SFFF s, float h) {
  if (a != 1.5 || b != 2.5 || c != 3.5 || d != 4.5 || e != 5.5 || f != 6.5 || g != 7.5) return 1;
  if (s.a != 1.25f || s.b != 2.5f) return 2;
  if (s.c != -3.75f) return 3;
  if (h != 8.5f) return 4;
  return 0;
}
int callee_late_sid(int a, int b, int c, int d, int e, int f, SID s, double g) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5 || f != 6) return 1;
  if (s.a != -7) return 2;
  if (s.b != 0.125) return 3;
  if (g != 7.5) return 4;
  return 0;
}
int callee_late_sdi(double a, double b, double c, double d, double e, double f, double g, double h, SDI s, int i) {
  if (a != 1.5 || b != 2.5 || c != 3.5 || d != 4.5 || e != 5.5 || f != 6.5 || g != 7.5 || h != 8.5) return 1;
  if (s.a != 3.5) return 2;
  if (s.b != -9) return 3;
  if (i != 9) return 4;
  return 0;
}
int callee_late_sfi(int a, int b, int c, int d, int e, int f, SFI s, float g) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5 || f != 6) return 1;
  if (s.a != -2.5f) return 2;
  if (s.b != 11) return 3;
  if (g != 0.75f) return 4;
  return 0;
}
int callee_late_mem(int a, SL3 s, double d, SC20 t, int b) {
  if (a != 1) return 1;
  if (s.a != -2 || s.b != 0x1000000000L || s.c != 3) return 2;
  if (d != 2.5) return 3;
  for (int i = 0; i < 20; i++)
    if (t.a[i] != 'a' + i) return 4;
  if (b != 4) return 5;
  return 0;
}
int callee_late_sld(int a, int b, int c, int d, int e, int f, int g, SLD s, int h) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5 || f != 6) return 1;
  if (g != 7) return 2;
  if (s.a != 1 + 0x1p-60L) return 3;
  if (h != 8) return 4;
  return 0;
}
int callee_fit_sll(int a, int b, int c, int d, SLL s) {
  if (a != 1 || b != 2 || c != 3 || d != 4) return 1;
  if (s.a != 0x100000005L || s.b != -0x200000000L) return 2;
  return 0;
}
int callee_fit_sdd(double a, double b, double c, double d, double e, double f, SDD s) {
  if (a != 1.5 || b != 2.5 || c != 3.5 || d != 4.5 || e != 5.5 || f != 6.5) return 1;
  if (s.a != 10.5 || s.b != -20.25) return 2;
  return 0;
}
// Many structs at once: registers run out part way through.
double callee_many_structs(SFF a, SID b, SDI c, SLL d, SIII e, SDD f, SFI g, SD h) {
  return a.a + a.b * 10 + b.a * 100 + b.b * 1000 + c.a * 10000 + c.b * 100000 + d.a * 1e6 + d.b * 1e7 + e.a * 1e8 + e.b * 1e9 + e.c * 1e10 + f.a * 1e11 + f.b * 1e12 + g.a * 1e13 + g.b * 1e14 + h.a * 1e15;
}

// Variadic: 'i' int, 'l' long, 'd' double, 'L' long double; combined positionally.
double callee_va(const char *fmt, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, fmt);
  double r = 0;
  for (const char *p = fmt; *p; p++) {
    if (*p == 'i') r = r * 10 + __builtin_va_arg(ap, int);
    else if (*p == 'l') r = r * 10 + __builtin_va_arg(ap, long);
    else if (*p == 'd') r = r * 10 + __builtin_va_arg(ap, double);
    else if (*p == 'L') r = r * 10 + (double)__builtin_va_arg(ap, long double);
  }
  __builtin_va_end(ap);
  return r;
}

int callee_va_sprintf(char *buf, const char *fmt, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, fmt);
  int r = vsprintf(buf, fmt, ap);
  __builtin_va_end(ap);
  return r;
}

// Callbacks.
long callee_sub8(int a, int b, int c, int d, int e, int f, int g, int h) { return ((((((a * 10L - b) * 10 + c) * 10 - d) * 10 + e) * 10 - f) * 10 + g) * 10 - h; }
double callee_fp4(double a, float b, int c, long double d) { return a * 1000 + b * 100 + c * 10 + (d - 1) * 0x1p60L; }
long callee_sq(long x) { long a = x * x, b = a + 1, c = b - a; return a + c; }
long callee_sub(long a, long b) { return a - b; }

long callee_misalign(int depth) {
  char odd[7];
  odd[depth % 7] = 1;
  long r = gcc_misalign();
  if (depth > 0)
    r += callee_misalign(depth - 1) * 10;
  return r + odd[depth % 7] - 1;
}

int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return x < y ? -1 : x > y;
}

int cmp_sdi(const void *a, const void *b) {
  const SDI *x = a, *y = b;
  return x->a < y->a ? -1 : x->a > y->a;
}

int main() {
  int t = 4242;
  char str[8] = "abcdefg";
  char buf[64];

  // code compiled by gcc calling back into this file
  ASSERT(0, run_gcc_callers());

  // integer arguments
  ASSERT(42, gcc_i0());
  ASSERT(-7, gcc_i1(-7));
  ASSERT(12, gcc_i2(1, 2));
  ASSERT(83, gcc_i3(1, -2, 3));
  ASSERT(1234, gcc_i4(1, 2, 3, 4));
  ASSERT(54321, gcc_i5(5, 4, 3, 2, 1));
  ASSERT(123456, gcc_i6(1, 2, 3, 4, 5, 6));
  ASSERT(7654321, gcc_i7(7, 6, 5, 4, 3, 2, 1));
  ASSERT(12345678, gcc_i8(1, 2, 3, 4, 5, 6, 7, 8));
  ASSERT(987654321, gcc_i9(9, 8, 7, 6, 5, 4, 3, 2, 1));
  ASSERT(1234567889, gcc_i10(1, 2, 3, 4, 5, 6, 7, 8, 9, -1));
  ASSERT(-123456790, gcc_i10(0, -1, -2, -3, -4, -5, -6, -7, -8, -10));

  // floating arguments
  ASSERT(1, gcc_d1(-0.5) == -0.5);
  ASSERT(1, gcc_d2(1.5, 2.25) == 17.25);
  ASSERT(1, gcc_d3(1.5, 2.25, 3.125) == 175.625);
  ASSERT(1, gcc_d4(1, 2, 3, 4) == 1234);
  ASSERT(1, gcc_d5(1, 2, 3, 4, 0.5) == 12340.5);
  ASSERT(1, gcc_d6(1, 2, 3, 4, 5, 6) == 123456);
  ASSERT(1, gcc_d7(1, 2, 3, 4, 5, 6, 7) == 1234567);
  ASSERT(1, gcc_d8(1, 2, 3, 4, 5, 6, 7, 8) == 12345678);
  ASSERT(1, gcc_d9(1, 2, 3, 4, 5, 6, 7, 8, 9) == 123456789);
  ASSERT(1, gcc_d10(1, 2, 3, 4, 5, 6, 7, 8, 9, 0.25) == 1234567890.25);
  ASSERT(1, gcc_f10(1, 2, 3, 4, 5, 6, 7, 8, 9, 0.5f) == 1234567890.5);
  ASSERT(1, gcc_fdiv(1, 3) == 1.0f / 3);
  ASSERT(1, gcc_dmix(3, 0.5f, 2.25) == 4.125);
  ASSERT(1, gcc_fmix(2.5, -3, 0.25f) == -7.25f);

  // mixed integer kinds and interleaved int/float beyond the registers
  ASSERT(0, gcc_mix_int(-3, -1234, -123456789, 0x123456789abL, &t, 250, 65000, 4000000000U, -0x7edcba9876543210L, 1, -128));
  ASSERT(28000391180L, gcc_mix_sum(-1, -2, -3, -4, 250, 65000, 4000000000U, -5));
  ASSERT(28000391180L, gcc_mix_sum(255, 65534, -3, -4, 250, 65000, 4000000000U, 251));
  ASSERT(0, gcc_mix_fp(1, 2.5, 3.25f, -4000000000L, 5.125, -6, 7.5f, 8.75, -9, 10.0625, -11.5f, 12, 13.25, -14, 15.5f, 16.75, 17, -18.5, 0x1900000019L, 20.25f));

  // narrow return values: the caller must extend them itself
  ASSERT(-2, gcc_ret_char(0x1234fd));
  ASSERT(255, gcc_ret_uchar(0x1234fe));
  ASSERT(-32768, gcc_ret_short(0x12347fff));
  ASSERT(65535, gcc_ret_ushort(0x1234fffe));
  ASSERT(-2147483647, gcc_ret_int(0x1234567880000000L));
  ASSERT(4294967295L, gcc_ret_uint(0x12345678fffffffeL));
  ASSERT(1, gcc_ret_bool(0x1300));
  ASSERT(0, gcc_ret_bool(0x1200));
  ASSERT(1, gcc_ret_ptr(str) == str + 3);
  { long l = gcc_ret_char(0x12347f); ASSERT(-128, l); }
  { int i = gcc_ret_short(0x7ffe) + 1; ASSERT(32768, i); }

  // long double
  ASSERT(1, gcc_ld_add(1 + 0x1p-60L, 0x1p-61L) == 1 + 0x3p-61L);
  ASSERT(1, gcc_ld_mix(1, 2 + 0x1p-40L, 3, 4, 5.0f, 6) == 654321 + 10 * 0x1p-40L);
  ASSERT(1, gcc_ld_ret() == 1 + 0x1p-63L);
  ASSERT(1, gcc_ld_ret() != 1);
  ASSERT(0, gcc_ld_align(1, 2, 3, 4, 5, 6, 7, -3 - 0x1p-61L, 8));
  ASSERT(1, gcc_ld_to_d(1 + 0x1p-62L, 0.5, 2 + 0x1p-61L) == 2.5);

  // structs passed and returned by value
  { SC s = {-7}; SC e = gcc_echo_sc(s); ASSERT(-6, e.a); ASSERT(-7, s.a); }
  { SI s = {-100000}; SI e = gcc_echo_si(s); ASSERT(-99999, e.a); }
  { SL s = {0x123456789abcL}; SL e = gcc_echo_sl(s); ASSERT(0x123456789abdL, e.a); }
  { SII s = {-5, 1000000}; SII e = gcc_echo_sii(s); ASSERT(-4, e.a); ASSERT(1000002, e.b); }
  { SIII s = {-10, 20, -30}; SIII e = gcc_echo_siii(s); ASSERT(-9, e.a); ASSERT(22, e.b); ASSERT(-27, e.c); }
  { SLL s = {0x100000005L, -0x200000000L}; SLL e = gcc_echo_sll(s); ASSERT(0x100000006L, e.a); ASSERT(-0x1fffffffeL, e.b); }
  { SD s = {-1.25}; SD e = gcc_echo_sd(s); ASSERT(1, e.a == -0.25); }
  { SFF s = {0.5f, -1.75f}; SFF e = gcc_echo_sff(s); ASSERT(1, e.a == 1.5f); ASSERT(1, e.b == 0.25f); }
  { SFFF s = {1.25f, 2.5f, -3.75f}; SFFF e = gcc_echo_sfff(s); ASSERT(1, e.a == 2.25f); ASSERT(1, e.b == 4.5f); ASSERT(1, e.c == -0.75f); }
  { SID s = {-7, 0.125}; SID e = gcc_echo_sid(s); ASSERT(-6, e.a); ASSERT(1, e.b == 2.125); }
  { SDI s = {3.5, -9}; SDI e = gcc_echo_sdi(s); ASSERT(1, e.a == 4.5); ASSERT(-7, e.b); }
  { SFI s = {-2.5f, 11}; SFI e = gcc_echo_sfi(s); ASSERT(1, e.a == -1.5f); ASSERT(13, e.b); }
  { SFFI s = {0.25f, 0.75f, -100}; SFFI e = gcc_echo_sffi(s); ASSERT(1, e.a == 1.25f); ASSERT(1, e.b == 2.75f); ASSERT(-97, e.c); }
  { SDD s = {10.5, -20.25}; SDD e = gcc_echo_sdd(s); ASSERT(1, e.a == 11.5); ASSERT(1, e.b == -18.25); }
  { SL3 s = {-2, 0x1000000000L, 3}; SL3 e = gcc_echo_sl3(s); ASSERT(-1, e.a); ASSERT(0x1000000002L, e.b); ASSERT(6, e.c); ASSERT(-2, s.a); }
  { SLD s = {1 + 0x1p-60L}; SLD e = gcc_echo_sld(s); ASSERT(1, e.a == 2 + 0x1p-60L); }
  { SC3 s = {10, -20, 30}; SC3 e = gcc_echo_sc3(s); ASSERT(11, e.a); ASSERT(-18, e.b); ASSERT(33, e.c); }
  { SDF s = {-0.5, 8.25f}; SDF e = gcc_echo_sdf(s); ASSERT(1, e.a == 0.5); ASSERT(1, e.b == 10.25f); }
  {
    SC20 s;
    for (int i = 0; i < 20; i++)
      s.a[i] = 'a' + i;
    SC20 e = gcc_echo_sc20(s);
    ASSERT('b', e.a[0]);
    ASSERT('k', e.a[9]);
    ASSERT('u', e.a[19]);
    ASSERT('a', s.a[0]);
    ASSERT(23030, gcc_take_sc20(s));
    e = gcc_mk_sc20('A');
    ASSERT('A', e.a[0]);
    ASSERT('T', e.a[19]);
    SL3 m = {-2, 0x1000000000L, 3};
    ASSERT(0, gcc_late_mem(1, m, 2.5, s, 4));
  }

  // structs returned from scalar arguments
  ASSERT(-100, gcc_mk_sc(-100).a);
  ASSERT(-2000000000, gcc_mk_si(-2000000000).a);
  ASSERT(-0x123456789L, gcc_mk_sl(-0x123456789L).a);
  { SII e = gcc_mk_sii(7, -8); ASSERT(7, e.a); ASSERT(-8, e.b); }
  { SIII e = gcc_mk_siii(-1, 2, -3); ASSERT(-1, e.a); ASSERT(2, e.b); ASSERT(-3, e.c); }
  { SLL e = gcc_mk_sll(-0x1234567890L, 0x7eadbeef12345678L); ASSERT(-0x1234567890L, e.a); ASSERT(0x7eadbeef12345678L, e.b); }
  ASSERT(1, gcc_mk_sd(6.0625).a == 6.0625);
  { SFF e = gcc_mk_sff(-8.5f, 9.25f); ASSERT(1, e.a == -8.5f); ASSERT(1, e.b == 9.25f); }
  { SFFF e = gcc_mk_sfff(0.5f, -0.25f, 0.125f); ASSERT(1, e.a == 0.5f); ASSERT(1, e.b == -0.25f); ASSERT(1, e.c == 0.125f); }
  { SID e = gcc_mk_sid(-31, 32.5); ASSERT(-31, e.a); ASSERT(1, e.b == 32.5); }
  { SDI e = gcc_mk_sdi(-33.5, 34); ASSERT(1, e.a == -33.5); ASSERT(34, e.b); }
  { SFI e = gcc_mk_sfi(35.5f, -36); ASSERT(1, e.a == 35.5f); ASSERT(-36, e.b); }
  { SFFI e = gcc_mk_sffi(37.5f, -38.5f, 39); ASSERT(1, e.a == 37.5f); ASSERT(1, e.b == -38.5f); ASSERT(39, e.c); }
  { SDD e = gcc_mk_sdd(40.25, -41.75); ASSERT(1, e.a == 40.25); ASSERT(1, e.b == -41.75); }
  { SL3 e = gcc_mk_sl3(42, -43, 0x4400000044L); ASSERT(42, e.a); ASSERT(-43, e.b); ASSERT(0x4400000044L, e.c); }
  ASSERT(1, gcc_mk_sld(-1 - 0x1p-62L).a == -1 - 0x1p-62L);
  { SC3 e = gcc_mk_sc3(-45, 46, -47); ASSERT(-45, e.a); ASSERT(46, e.b); ASSERT(-47, e.c); }
  { SDF e = gcc_mk_sdf(48.5, -49.5f); ASSERT(1, e.a == 48.5); ASSERT(1, e.b == -49.5f); }
  ASSERT(0x4400000044L, gcc_mk_sl3(1, 2, 0x4400000044L).c);

  // structs passed to scalar results
  { SC s = {-7}; ASSERT(-7, gcc_take_sc(s)); }
  { SI s = {-100000}; ASSERT(-100000, gcc_take_si(s)); }
  { SL s = {0x123456789abcL}; ASSERT(0x123456789abcL, gcc_take_sl(s)); }
  { SII s = {-5, 1000000}; ASSERT(995000, gcc_take_sii(s)); }
  { SIII s = {-10, 20, -30}; ASSERT(-9980030, gcc_take_siii(s)); }
  { SLL s = {0x100000005L, -0x200000000L}; ASSERT(4286377366408L, gcc_take_sll(s)); }
  { SD s = {-1.25}; ASSERT(1, gcc_take_sd(s) == -1.25); }
  { SFF s = {0.5f, -1.75f}; ASSERT(1, gcc_take_sff(s) == 498.25); }
  { SFFF s = {1.25f, 2.5f, -3.75f}; ASSERT(1, gcc_take_sfff(s) == 1252496.25); }
  { SID s = {-7, 0.125}; ASSERT(1, gcc_take_sid(s) == -6999.875); }
  { SDI s = {3.5, -9}; ASSERT(1, gcc_take_sdi(s) == 3491); }
  { SFI s = {-2.5f, 11}; ASSERT(1, gcc_take_sfi(s) == -2489); }
  { SFFI s = {0.25f, 0.75f, -100}; ASSERT(1, gcc_take_sffi(s) == 250650); }
  { SDD s = {10.5, -20.25}; ASSERT(1, gcc_take_sdd(s) == 10479.75); }
  { SL3 s = {-2, 0x1000000000L, 3}; ASSERT(68719474736003L, gcc_take_sl3(s)); }
  { SLD s = {1 + 0x1p-60L}; ASSERT(1, gcc_take_sld(s) == 2 + 0x1p-59L); }
  { SC3 s = {10, -20, 30}; ASSERT(9980030, gcc_take_sc3(s)); }
  { SDF s = {-0.5, 8.25f}; ASSERT(1, gcc_take_sdf(s) == -491.75); }
  { SL3 s = {-2, 0x1000000000L, 3}; ASSERT(0, gcc_clobber_sl3(s)); ASSERT(-2, s.a); ASSERT(3, s.c); }
  { SLL s = {0x100000005L, -0x200000000L}; ASSERT(0, gcc_clobber_sll(s)); ASSERT(0x100000005L, s.a); }

  // structs when the registers run out
  { SLL s = {0x100000005L, -0x200000000L}; ASSERT(0, gcc_late_sll(1, 2, 3, 4, 5, s, 6)); }
  { SIII s = {-10, 20, -30}; ASSERT(0, gcc_late_siii(1, 2, 3, 4, 5, s, 6)); }
  { SII s = {-5, 1000000}; ASSERT(0, gcc_late_sii(1, 2, 3, 4, 5, 6, s, 7)); }
  { SDD s = {10.5, -20.25}; ASSERT(0, gcc_late_sdd(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, s, 8.5)); }
  { SFFF s = {1.25f, 2.5f, -3.75f}; ASSERT(0, gcc_late_sfff(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, s, 8.5f)); }
  { SID s = {-7, 0.125}; ASSERT(0, gcc_late_sid(1, 2, 3, 4, 5, 6, s, 7.5)); }
  { SDI s = {3.5, -9}; ASSERT(0, gcc_late_sdi(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, s, 9)); }
  { SFI s = {-2.5f, 11}; ASSERT(0, gcc_late_sfi(1, 2, 3, 4, 5, 6, s, 0.75f)); }
  { SLD s = {1 + 0x1p-60L}; ASSERT(0, gcc_late_sld(1, 2, 3, 4, 5, 6, 7, s, 8)); }
  { SLL s = {0x100000005L, -0x200000000L}; ASSERT(0, gcc_fit_sll(1, 2, 3, 4, s)); }
  { SDD s = {10.5, -20.25}; ASSERT(0, gcc_fit_sdd(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, s)); }
  {
    SFF a = {1, 2}; SID b = {3, 4}; SDI c = {5, 6}; SLL d = {7, 8}; SIII e = {9, 1, 2}; SDD f = {3, 4}; SFI g = {5, 6}; SD h = {7};
    ASSERT(1, gcc_many_structs(a, b, c, d, e, f, g, h) == 7654321987654321.0);
  }

  // variadic functions compiled by gcc
  ASSERT(1, gcc_va("idlLdi", 1, 2.5, 3L, 4.0L, 5.0, 6) == 128456);
  ASSERT(1, gcc_va("iddiddiddiddiddi", 1, 2.0, 3.0, 4, 5.0, 6.0, 7, 8.0, 9.0, 1, 2.0, 3.0, 4, 5.0, 6.0, 7) == 1234567891234567.0);
  ASSERT(1, gcc_va("dddddddddd", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 0.5) == 1234567890.5);
  ASSERT(1, gcc_va("") == 0);
  ASSERT(13, gcc_va_sprintf(buf, "%d %g %s %Lg %c", 1, 2.5, "x", 3.5L, 'y'));
  ASSERT(0, strcmp(buf, "1 2.5 x 3.5 y"));
  gcc_va_sprintf(buf, "%g %g %g %g %g %g %g %g %g %d", 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, -9);
  ASSERT(0, strcmp(buf, "0.5 1.5 2.5 3.5 4.5 5.5 6.5 7.5 8.5 -9"));

  // function pointers across the boundary
  ASSERT(8264462, gcc_apply8(callee_sub8));
  ASSERT(8264462, gcc_apply8(gcc_sub8));
  ASSERT(1, gcc_apply_fp(callee_fp4) == 656);
  { SFFI e = gcc_apply_s(callee_echo_sffi); ASSERT(1, e.a == 1.25f); ASSERT(1, e.b == 2.75f); ASSERT(-97, e.c); }
  { SL3 e = gcc_apply_mem(callee_echo_sl3); ASSERT(-1, e.a); ASSERT(0x1000000002L, e.b); ASSERT(6, e.c); }
  ASSERT(1, gcc_call_va_fp(callee_va) == 12845);
  ASSERT(237041, gcc_loop_calls(callee_sq, 10));
  ASSERT(7, gcc_get_fn()(10, 3));
  { long (*fp)(long, long) = gcc_get_fn(); ASSERT(-5, fp(-2, 3)); }
  { double (*fp)(const char *, ...) = gcc_va; ASSERT(1, fp("ldi", 1L, 2.0, 3) == 123); }

  // libc calling back into this file
  {
    int a[10] = {5, -3, 9, 0, 7, -8, 2, 6, -1, 4};
    qsort(a, 10, sizeof(int), cmp_int);
    ASSERT(-8, a[0]);
    ASSERT(-3, a[1]);
    ASSERT(4, a[5]);
    ASSERT(9, a[9]);
    SDI s[4] = {{2.5, 1}, {-1.5, 2}, {0.5, 3}, {-3.5, 4}};
    qsort(s, 4, sizeof(SDI), cmp_sdi);
    ASSERT(4, s[0].b);
    ASSERT(2, s[1].b);
    ASSERT(3, s[2].b);
    ASSERT(1, s[3].b);
  }

  // stack alignment at calls into gcc code
  ASSERT(0, gcc_misalign());
  ASSERT(0, callee_misalign(4));
  ASSERT(123, gcc_i3(1, 2 + gcc_misalign(), 3));
  ASSERT(1234567890, gcc_i10(1, 2, 3, 4, 5, 6, 7, 8, 9 + gcc_misalign(), (int)gcc_misalign()));
  ASSERT(1, gcc_d10(1, 2, 3, 4, 5, 6, 7, 8, 9 + gcc_misalign(), 0.5) == 1234567890.5);

  test_done(__FILE__);
  return 0;
}
