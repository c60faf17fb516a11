#include "test.h"

// Compiled by gcc and linked with abi.c (compiled by the compiler under test).
// The struct types below are declared identically in abi.c.

int vsprintf(char *buf, const char *fmt, __builtin_va_list ap);

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

// Defined in abi.c.
long callee_i0(void);
long callee_i1(int a);
long callee_i2(int a, int b);
long callee_i3(int a, int b, int c);
long callee_i4(int a, int b, int c, int d);
long callee_i5(int a, int b, int c, int d, int e);
long callee_i6(int a, int b, int c, int d, int e, int f);
long callee_i7(int a, int b, int c, int d, int e, int f, int g);
long callee_i8(int a, int b, int c, int d, int e, int f, int g, int h);
long callee_i9(int a, int b, int c, int d, int e, int f, int g, int h, int i);
long callee_i10(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j);
double callee_d1(double a);
double callee_d2(double a, double b);
double callee_d3(double a, double b, double c);
double callee_d4(double a, double b, double c, double d);
double callee_d5(double a, double b, double c, double d, double e);
double callee_d6(double a, double b, double c, double d, double e, double f);
double callee_d7(double a, double b, double c, double d, double e, double f, double g);
double callee_d8(double a, double b, double c, double d, double e, double f, double g, double h);
double callee_d9(double a, double b, double c, double d, double e, double f, double g, double h, double i);
double callee_d10(double a, double b, double c, double d, double e, double f, double g, double h, double i, double j);
double callee_f10(float a, float b, float c, float d, float e, float f, float g, float h, float i, float j);
int callee_mix_int(char a, short b, int c, long d, void *e, unsigned char f, unsigned short g, unsigned h, long i, _Bool j, signed char k);
long callee_mix_sum(char a, short b, int c, long d, unsigned char e, unsigned short f, unsigned g, signed char h);
int callee_mix_fp(int i1, double d1, float f1, long l2, double d2, int i3, float f2, double d3, char c4, double d4, float f3, int i5, double d5, short s6, float f4, double d6, int i7, double d7, long i8, float f5);
float callee_fdiv(float a, float b);
double callee_dmix(int a, float b, double c);
float callee_fmix(double a, int b, float c);
char callee_ret_char(int x);
unsigned char callee_ret_uchar(int x);
short callee_ret_short(int x);
unsigned short callee_ret_ushort(int x);
int callee_ret_int(long x);
unsigned callee_ret_uint(long x);
_Bool callee_ret_bool(int x);
void *callee_ret_ptr(char *p);
long double callee_ld_add(long double a, long double b);
long double callee_ld_mix(int a, long double b, double c, long double d, float e, long f);
long double callee_ld_ret(void);
int callee_ld_align(int a, int b, int c, int d, int e, int f, int g, long double x, int h);
double callee_ld_to_d(long double a, double b, long double c);
SC callee_echo_sc(SC s);
SI callee_echo_si(SI s);
SL callee_echo_sl(SL s);
SII callee_echo_sii(SII s);
SIII callee_echo_siii(SIII s);
SLL callee_echo_sll(SLL s);
SD callee_echo_sd(SD s);
SFF callee_echo_sff(SFF s);
SFFF callee_echo_sfff(SFFF s);
SID callee_echo_sid(SID s);
SDI callee_echo_sdi(SDI s);
SFI callee_echo_sfi(SFI s);
SFFI callee_echo_sffi(SFFI s);
SDD callee_echo_sdd(SDD s);
SC20 callee_echo_sc20(SC20 s);
SL3 callee_echo_sl3(SL3 s);
SLD callee_echo_sld(SLD s);
SC3 callee_echo_sc3(SC3 s);
SDF callee_echo_sdf(SDF s);
SC callee_mk_sc(char a);
SI callee_mk_si(int a);
SL callee_mk_sl(long a);
SII callee_mk_sii(int a, int b);
SIII callee_mk_siii(int a, int b, int c);
SLL callee_mk_sll(long a, long b);
SD callee_mk_sd(double a);
SFF callee_mk_sff(float a, float b);
SFFF callee_mk_sfff(float a, float b, float c);
SID callee_mk_sid(int a, double b);
SDI callee_mk_sdi(double a, int b);
SFI callee_mk_sfi(float a, int b);
SFFI callee_mk_sffi(float a, float b, int c);
SDD callee_mk_sdd(double a, double b);
SC20 callee_mk_sc20(char c);
SL3 callee_mk_sl3(long a, long b, long c);
SLD callee_mk_sld(long double a);
SC3 callee_mk_sc3(char a, char b, char c);
SDF callee_mk_sdf(double a, float b);
long callee_take_sc(SC s);
long callee_take_si(SI s);
long callee_take_sl(SL s);
long callee_take_sii(SII s);
long callee_take_siii(SIII s);
long callee_take_sll(SLL s);
double callee_take_sd(SD s);
double callee_take_sff(SFF s);
double callee_take_sfff(SFFF s);
double callee_take_sid(SID s);
double callee_take_sdi(SDI s);
double callee_take_sfi(SFI s);
double callee_take_sffi(SFFI s);
double callee_take_sdd(SDD s);
long callee_take_sc20(SC20 s);
long callee_take_sl3(SL3 s);
long double callee_take_sld(SLD s);
long callee_take_sc3(SC3 s);
double callee_take_sdf(SDF s);
long callee_clobber_sl3(SL3 s);
long callee_clobber_sll(SLL s);
int callee_late_sll(int a, int b, int c, int d, int e, SLL s, int f);
int callee_late_siii(int a, int b, int c, int d, int e, SIII s, int f);
int callee_late_sii(int a, int b, int c, int d, int e, int f, SII s, int g);
int callee_late_sdd(double a, double b, double c, double d, double e, double f, double g, SDD s, double h);
int callee_late_sfff(double a, double b, double c, double d, double e, double f, double g, SFFF s, float h);
int callee_late_sid(int a, int b, int c, int d, int e, int f, SID s, double g);
int callee_late_sdi(double a, double b, double c, double d, double e, double f, double g, double h, SDI s, int i);
int callee_late_sfi(int a, int b, int c, int d, int e, int f, SFI s, float g);
int callee_late_mem(int a, SL3 s, double d, SC20 t, int b);
int callee_late_sld(int a, int b, int c, int d, int e, int f, int g, SLD s, int h);
int callee_fit_sll(int a, int b, int c, int d, SLL s);
int callee_fit_sdd(double a, double b, double c, double d, double e, double f, SDD s);
double callee_many_structs(SFF a, SID b, SDI c, SLL d, SIII e, SDD f, SFI g, SD h);
double callee_va(const char *fmt, ...);
int callee_va_sprintf(char *buf, const char *fmt, ...);
long callee_sub8(int a, int b, int c, int d, int e, int f, int g, int h);
double callee_fp4(double a, float b, int c, long double d);
long callee_sq(long x);
long callee_sub(long a, long b);
long callee_misalign(int depth);

// Called from abi.c; abi.c defines the same functions as callee_*.
// Integer arguments: 0..10 ints, combined positionally.
long gcc_i0(void) { return 42; }
long gcc_i1(int a) { return a; }
long gcc_i2(int a, int b) { return a * 10L + b; }
long gcc_i3(int a, int b, int c) { return (a * 10L + b) * 10 + c; }
long gcc_i4(int a, int b, int c, int d) { return ((a * 10L + b) * 10 + c) * 10 + d; }
long gcc_i5(int a, int b, int c, int d, int e) { return (((a * 10L + b) * 10 + c) * 10 + d) * 10 + e; }
long gcc_i6(int a, int b, int c, int d, int e, int f) { return ((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f; }
long gcc_i7(int a, int b, int c, int d, int e, int f, int g) { return (((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g; }
long gcc_i8(int a, int b, int c, int d, int e, int f, int g, int h) { return ((((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h; }
long gcc_i9(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return (((((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i; }
long gcc_i10(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) { return ((((((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i) * 10 + j; }

// Double arguments: 1..10 doubles, combined positionally.
double gcc_d1(double a) { return a; }
double gcc_d2(double a, double b) { return a * 10 + b; }
double gcc_d3(double a, double b, double c) { return (a * 10 + b) * 10 + c; }
double gcc_d4(double a, double b, double c, double d) { return ((a * 10 + b) * 10 + c) * 10 + d; }
double gcc_d5(double a, double b, double c, double d, double e) { return (((a * 10 + b) * 10 + c) * 10 + d) * 10 + e; }
double gcc_d6(double a, double b, double c, double d, double e, double f) { return ((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f; }
double gcc_d7(double a, double b, double c, double d, double e, double f, double g) { return (((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g; }
double gcc_d8(double a, double b, double c, double d, double e, double f, double g, double h) { return ((((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h; }
double gcc_d9(double a, double b, double c, double d, double e, double f, double g, double h, double i) { return (((((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i; }
double gcc_d10(double a, double b, double c, double d, double e, double f, double g, double h, double i, double j) { return ((((((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i) * 10 + j; }
double gcc_f10(float a, float b, float c, float d, float e, float f, float g, float h, float i, float j) { return ((((((((a * 10.0 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i) * 10 + j; }

// Mixed integer kinds; returns the position of the first wrong argument.
int gcc_mix_int(char a, short b, int c, long d, void *e, unsigned char f, unsigned short g, unsigned h, long i, _Bool j, signed char k) {
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

long gcc_mix_sum(char a, short b, int c, long d, unsigned char e, unsigned short f, unsigned g, signed char h) {
  return 1L * a + 2L * b + 3L * c + 4 * d + 5L * e + 6L * f + 7L * g + 8L * h;
}

// Interleaved ints, doubles and floats beyond both register sets.
int gcc_mix_fp(int i1, double d1, float f1, long l2, double d2, int i3, float f2, double d3, char c4, double d4, float f3, int i5, double d5, short s6, float f4, double d6, int i7, double d7, long i8, float f5) {
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

float gcc_fdiv(float a, float b) { return a / b; }
double gcc_dmix(int a, float b, double c) { return a + b * c; }
float gcc_fmix(double a, int b, float c) { return a * b + c; }

// Narrow return types: only the low bits of the return register are meaningful.
char gcc_ret_char(int x) { return x + 1; }
unsigned char gcc_ret_uchar(int x) { return x + 1; }
short gcc_ret_short(int x) { return x + 1; }
unsigned short gcc_ret_ushort(int x) { return x + 1; }
int gcc_ret_int(long x) { return x + 1; }
unsigned gcc_ret_uint(long x) { return x + 1; }
_Bool gcc_ret_bool(int x) { return x & 0x100; }
void *gcc_ret_ptr(char *p) { return p + 3; }

// long double: passed in memory, returned in st(0).
long double gcc_ld_add(long double a, long double b) { return a + b; }
long double gcc_ld_mix(int a, long double b, double c, long double d, float e, long f) { return a + b * 10 + c * 100 + d * 1000 + e * 10000 + f * 100000; }
long double gcc_ld_ret(void) { return 1 + 0x1p-63L; }
int gcc_ld_align(int a, int b, int c, int d, int e, int f, int g, long double x, int h) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5 || f != 6) return 1;
  if (g != 7) return 2;
  if (x != -3 - 0x1p-61L) return 3;
  if (h != 8) return 4;
  return 0;
}
double gcc_ld_to_d(long double a, double b, long double c) { return (a - 1) * 0x1p62L + b + (c - 2) * 0x1p61L; }

// Structs: echo (pass and return, field k gains k), make (return), take (pass).
SC gcc_echo_sc(SC s) { s.a += 1; return s; }
SI gcc_echo_si(SI s) { s.a += 1; return s; }
SL gcc_echo_sl(SL s) { s.a += 1; return s; }
SII gcc_echo_sii(SII s) { s.a += 1; s.b += 2; return s; }
SIII gcc_echo_siii(SIII s) { s.a += 1; s.b += 2; s.c += 3; return s; }
SLL gcc_echo_sll(SLL s) { s.a += 1; s.b += 2; return s; }
SD gcc_echo_sd(SD s) { s.a += 1; return s; }
SFF gcc_echo_sff(SFF s) { s.a += 1; s.b += 2; return s; }
SFFF gcc_echo_sfff(SFFF s) { s.a += 1; s.b += 2; s.c += 3; return s; }
SID gcc_echo_sid(SID s) { s.a += 1; s.b += 2; return s; }
SDI gcc_echo_sdi(SDI s) { s.a += 1; s.b += 2; return s; }
SFI gcc_echo_sfi(SFI s) { s.a += 1; s.b += 2; return s; }
SFFI gcc_echo_sffi(SFFI s) { s.a += 1; s.b += 2; s.c += 3; return s; }
SDD gcc_echo_sdd(SDD s) { s.a += 1; s.b += 2; return s; }
SC20 gcc_echo_sc20(SC20 s) { for (int i = 0; i < 20; i++) s.a[i] += 1; return s; }
SL3 gcc_echo_sl3(SL3 s) { s.a += 1; s.b += 2; s.c += 3; return s; }
SLD gcc_echo_sld(SLD s) { s.a += 1; return s; }
SC3 gcc_echo_sc3(SC3 s) { s.a += 1; s.b += 2; s.c += 3; return s; }
SDF gcc_echo_sdf(SDF s) { s.a += 1; s.b += 2; return s; }

SC gcc_mk_sc(char a) { SC s = {a}; return s; }
SI gcc_mk_si(int a) { SI s = {a}; return s; }
SL gcc_mk_sl(long a) { SL s = {a}; return s; }
SII gcc_mk_sii(int a, int b) { SII s = {a, b}; return s; }
SIII gcc_mk_siii(int a, int b, int c) { SIII s = {a, b, c}; return s; }
SLL gcc_mk_sll(long a, long b) { SLL s = {a, b}; return s; }
SD gcc_mk_sd(double a) { SD s = {a}; return s; }
SFF gcc_mk_sff(float a, float b) { SFF s = {a, b}; return s; }
SFFF gcc_mk_sfff(float a, float b, float c) { SFFF s = {a, b, c}; return s; }
SID gcc_mk_sid(int a, double b) { SID s = {a, b}; return s; }
SDI gcc_mk_sdi(double a, int b) { SDI s = {a, b}; return s; }
SFI gcc_mk_sfi(float a, int b) { SFI s = {a, b}; return s; }
SFFI gcc_mk_sffi(float a, float b, int c) { SFFI s = {a, b, c}; return s; }
SDD gcc_mk_sdd(double a, double b) { SDD s = {a, b}; return s; }
SC20 gcc_mk_sc20(char c) { SC20 s; for (int i = 0; i < 20; i++) s.a[i] = c + i; return s; }
SL3 gcc_mk_sl3(long a, long b, long c) { SL3 s = {a, b, c}; return s; }
SLD gcc_mk_sld(long double a) { SLD s = {a}; return s; }
SC3 gcc_mk_sc3(char a, char b, char c) { SC3 s = {a, b, c}; return s; }
SDF gcc_mk_sdf(double a, float b) { SDF s = {a, b}; return s; }

long gcc_take_sc(SC s) { return s.a; }
long gcc_take_si(SI s) { return s.a; }
long gcc_take_sl(SL s) { return s.a; }
long gcc_take_sii(SII s) { return s.a * 1000L + s.b; }
long gcc_take_siii(SIII s) { return (s.a * 1000L + s.b) * 1000 + s.c; }
long gcc_take_sll(SLL s) { return s.a * 1000 + s.b; }
double gcc_take_sd(SD s) { return s.a; }
double gcc_take_sff(SFF s) { return s.a * 1000.0 + s.b; }
double gcc_take_sfff(SFFF s) { return (s.a * 1000.0 + s.b) * 1000 + s.c; }
double gcc_take_sid(SID s) { return s.a * 1000 + s.b; }
double gcc_take_sdi(SDI s) { return s.a * 1000 + s.b; }
double gcc_take_sfi(SFI s) { return s.a * 1000.0 + s.b; }
double gcc_take_sffi(SFFI s) { return (s.a * 1000.0 + s.b) * 1000 + s.c; }
double gcc_take_sdd(SDD s) { return s.a * 1000 + s.b; }
long gcc_take_sc20(SC20 s) { long r = 0; for (int i = 0; i < 20; i++) r += (i + 1) * s.a[i]; return r; }
long gcc_take_sl3(SL3 s) { return (s.a * 1000 + s.b) * 1000 + s.c; }
long double gcc_take_sld(SLD s) { return s.a * 2; }
long gcc_take_sc3(SC3 s) { return (s.a * 1000L + s.b) * 1000 + s.c; }
double gcc_take_sdf(SDF s) { return s.a * 1000 + s.b; }

// A by-value struct is a copy: changing it must not change the caller's.
long gcc_clobber_sl3(SL3 s) { s.a = 0; s.b = 0; s.c = 0; return s.a; }
long gcc_clobber_sll(SLL s) { s.a = 0; s.b = 0; return s.a; }

// Structs that no longer fit in the remaining registers go on the stack whole;
// later scalar arguments still take the free registers.
int gcc_late_sll(int a, int b, int c, int d, int e, SLL s, int f) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5) return 1;
  if (s.a != 0x100000005L) return 2;
  if (s.b != -0x200000000L) return 3;
  if (f != 6) return 4;
  return 0;
}
int gcc_late_siii(int a, int b, int c, int d, int e, SIII s, int f) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5) return 1;
  if (s.a != -10 || s.b != 20) return 2;
  if (s.c != -30) return 3;
  if (f != 6) return 4;
  return 0;
}
int gcc_late_sii(int a, int b, int c, int d, int e, int f, SII s, int g) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5 || f != 6) return 1;
  if (s.a != -5 || s.b != 1000000) return 2;
  if (g != 7) return 3;
  return 0;
}
int gcc_late_sdd(double a, double b, double c, double d, double e, double f, double g, SDD s, double h) {
  if (a != 1.5 || b != 2.5 || c != 3.5 || d != 4.5 || e != 5.5 || f != 6.5 || g != 7.5) return 1;
  if (s.a != 10.5) return 2;
  if (s.b != -20.25) return 3;
  if (h != 8.5) return 4;
  return 0;
}
int gcc_late_sfff(double a, double b, double c, double d, double e, double f, double g, SFFF s, float h) {
  if (a != 1.5 || b != 2.5 || c != 3.5 || d != 4.5 || e != 5.5 || f != 6.5 || g != 7.5) return 1;
  if (s.a != 1.25f || s.b != 2.5f) return 2;
  if (s.c != -3.75f) return 3;
  if (h != 8.5f) return 4;
  return 0;
}
int gcc_late_sid(int a, int b, int c, int d, int e, int f, SID s, double g) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5 || f != 6) return 1;
  if (s.a != -7) return 2;
  if (s.b != 0.125) return 3;
  if (g != 7.5) return 4;
  return 0;
}
int gcc_late_sdi(double a, double b, double c, double d, double e, double f, double g, double h, SDI s, int i) {
  if (a != 1.5 || b != 2.5 || c != 3.5 || d != 4.5 || e != 5.5 || f != 6.5 || g != 7.5 || h != 8.5) return 1;
  if (s.a != 3.5) return 2;
  if (s.b != -9) return 3;
  if (i != 9) return 4;
  return 0;
}
int gcc_late_sfi(int a, int b, int c, int d, int e, int f, SFI s, float g) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5 || f != 6) return 1;
  if (s.a != -2.5f) return 2;
  if (s.b != 11) return 3;
  if (g != 0.75f) return 4;
  return 0;
}
int gcc_late_mem(int a, SL3 s, double d, SC20 t, int b) {
  if (a != 1) return 1;
  if (s.a != -2 || s.b != 0x1000000000L || s.c != 3) return 2;
  if (d != 2.5) return 3;
  for (int i = 0; i < 20; i++)
    if (t.a[i] != 'a' + i) return 4;
  if (b != 4) return 5;
  return 0;
}
int gcc_late_sld(int a, int b, int c, int d, int e, int f, int g, SLD s, int h) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5 || f != 6) return 1;
  if (g != 7) return 2;
  if (s.a != 1 + 0x1p-60L) return 3;
  if (h != 8) return 4;
  return 0;
}
int gcc_fit_sll(int a, int b, int c, int d, SLL s) {
  if (a != 1 || b != 2 || c != 3 || d != 4) return 1;
  if (s.a != 0x100000005L || s.b != -0x200000000L) return 2;
  return 0;
}
int gcc_fit_sdd(double a, double b, double c, double d, double e, double f, SDD s) {
  if (a != 1.5 || b != 2.5 || c != 3.5 || d != 4.5 || e != 5.5 || f != 6.5) return 1;
  if (s.a != 10.5 || s.b != -20.25) return 2;
  return 0;
}
// Many structs at once: registers run out part way through.
double gcc_many_structs(SFF a, SID b, SDI c, SLL d, SIII e, SDD f, SFI g, SD h) {
  return a.a + a.b * 10 + b.a * 100 + b.b * 1000 + c.a * 10000 + c.b * 100000 + d.a * 1e6 + d.b * 1e7 + e.a * 1e8 + e.b * 1e9 + e.c * 1e10 + f.a * 1e11 + f.b * 1e12 + g.a * 1e13 + g.b * 1e14 + h.a * 1e15;
}

// Variadic: 'i' int, 'l' long, 'd' double, 'L' long double; combined positionally.
double gcc_va(const char *fmt, ...) {
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

int gcc_va_sprintf(char *buf, const char *fmt, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, fmt);
  int r = vsprintf(buf, fmt, ap);
  __builtin_va_end(ap);
  return r;
}

// Callbacks.
long gcc_sub8(int a, int b, int c, int d, int e, int f, int g, int h) { return ((((((a * 10L - b) * 10 + c) * 10 - d) * 10 + e) * 10 - f) * 10 + g) * 10 - h; }
double gcc_fp4(double a, float b, int c, long double d) { return a * 1000 + b * 100 + c * 10 + (d - 1) * 0x1p60L; }
long gcc_sq(long x) { long a = x * x, b = a + 1, c = b - a; return a + c; }
long gcc_sub(long a, long b) { return a - b; }

// Stack alignment: the offset of a 16-byte aligned local from a 16-byte
// boundary.  Nonzero when the caller did not align rsp before the call.
static unsigned long addr_bits(void *p) { return (unsigned long)p & 15; }
unsigned long (*volatile gcc_addr_fn)(void *) = addr_bits;
long gcc_misalign(void) {
  _Alignas(16) char buf[16];
  buf[0] = 0;
  return gcc_addr_fn(buf) + buf[0];
}

// gcc calls function pointers handed over by the caller.
long gcc_apply8(long (*f)(int, int, int, int, int, int, int, int)) { return f(1, 2, 3, 4, 5, 6, 7, 8); }
double gcc_apply_fp(double (*f)(double, float, int, long double)) { return f(0.5, 1.25f, 3, 1 + 0x1p-60L); }
SFFI gcc_apply_s(SFFI (*f)(SFFI)) { SFFI s = {0.25f, 0.75f, -100}; return f(s); }
SL3 gcc_apply_mem(SL3 (*f)(SL3)) { SL3 s = {-2, 0x1000000000L, 3}; return f(s); }
double gcc_call_va_fp(double (*f)(const char *, ...)) { return f("idLdi", 1, 2.5, 3.0L, 4.0, 5); }

// Keeps many values live across calls, so that at -O2 they sit in
// callee-saved registers the callee must preserve.
long gcc_loop_calls(long (*f)(long), long n) {
  long a = 1, b = 2, c = 3, d = 4, e = 5;
  for (long i = 0; i < n; i++) {
    long r = f(i);
    a += r;
    b ^= r;
    c = c * 3 + r;
    d -= r;
    e += a;
  }
  return a + b + c + d + e;
}

long (*gcc_get_fn(void))(long, long) { return gcc_sub; }

// gcc calls every callee_* defined in abi.c.  Returns 0, or the line of the
// first failed check (times 100, plus the argument position when known).
int run_gcc_callers(void) {
  int r;
  int t = 4242;
  char str[8] = "abcdefg";

  if (callee_i0() != 42) return __LINE__ * 100;
  if (callee_i1(-7) != -7) return __LINE__ * 100;
  if (callee_i2(1, 2) != 12) return __LINE__ * 100;
  if (callee_i3(1, -2, 3) != 83) return __LINE__ * 100;
  if (callee_i4(1, 2, 3, 4) != 1234) return __LINE__ * 100;
  if (callee_i5(5, 4, 3, 2, 1) != 54321) return __LINE__ * 100;
  if (callee_i6(1, 2, 3, 4, 5, 6) != 123456) return __LINE__ * 100;
  if (callee_i7(7, 6, 5, 4, 3, 2, 1) != 7654321) return __LINE__ * 100;
  if (callee_i8(1, 2, 3, 4, 5, 6, 7, 8) != 12345678) return __LINE__ * 100;
  if (callee_i9(9, 8, 7, 6, 5, 4, 3, 2, 1) != 987654321) return __LINE__ * 100;
  if (callee_i10(1, 2, 3, 4, 5, 6, 7, 8, 9, -1) != 1234567889) return __LINE__ * 100;

  if (callee_d1(-0.5) != -0.5) return __LINE__ * 100;
  if (callee_d2(1.5, 2.25) != 17.25) return __LINE__ * 100;
  if (callee_d3(1.5, 2.25, 3.125) != 175.625) return __LINE__ * 100;
  if (callee_d4(1, 2, 3, 4) != 1234) return __LINE__ * 100;
  if (callee_d5(1, 2, 3, 4, 0.5) != 12340.5) return __LINE__ * 100;
  if (callee_d6(1, 2, 3, 4, 5, 6) != 123456) return __LINE__ * 100;
  if (callee_d7(1, 2, 3, 4, 5, 6, 7) != 1234567) return __LINE__ * 100;
  if (callee_d8(1, 2, 3, 4, 5, 6, 7, 8) != 12345678) return __LINE__ * 100;
  if (callee_d9(1, 2, 3, 4, 5, 6, 7, 8, 9) != 123456789) return __LINE__ * 100;
  if (callee_d10(1, 2, 3, 4, 5, 6, 7, 8, 9, 0.25) != 1234567890.25) return __LINE__ * 100;
  if (callee_f10(1, 2, 3, 4, 5, 6, 7, 8, 9, 0.5f) != 1234567890.5) return __LINE__ * 100;

  if ((r = callee_mix_int(-3, -1234, -123456789, 0x123456789abL, &t, 250, 65000, 4000000000U, -0x7edcba9876543210L, 1, -128))) return __LINE__ * 100 + r;
  if (callee_mix_sum(-1, -2, -3, -4, 250, 65000, 4000000000U, -5) != 28000391180L) return __LINE__ * 100;
  if ((r = callee_mix_fp(1, 2.5, 3.25f, -4000000000L, 5.125, -6, 7.5f, 8.75, -9, 10.0625, -11.5f, 12, 13.25, -14, 15.5f, 16.75, 17, -18.5, 0x1900000019L, 20.25f))) return __LINE__ * 100 + r;
  if (callee_fdiv(1, 3) != 1.0f / 3) return __LINE__ * 100;
  if (callee_dmix(3, 0.5f, 2.25) != 4.125) return __LINE__ * 100;
  if (callee_fmix(2.5, -3, 0.25f) != -7.25f) return __LINE__ * 100;
  if (callee_ret_char(0x1234fd) != -2) return __LINE__ * 100;
  if (callee_ret_uchar(0x1234fe) != 255) return __LINE__ * 100;
  if (callee_ret_short(0x12347fff) != -32768) return __LINE__ * 100;
  if (callee_ret_ushort(0x1234fffe) != 65535) return __LINE__ * 100;
  if (callee_ret_int(0x1234567880000000L) != -2147483647) return __LINE__ * 100;
  if (callee_ret_uint(0x12345678fffffffeL) != 4294967295U) return __LINE__ * 100;
  if (callee_ret_bool(0x1300) != 1) return __LINE__ * 100;
  if (callee_ret_bool(0x1200) != 0) return __LINE__ * 100;
  if (callee_ret_ptr(str) != str + 3) return __LINE__ * 100;

  if (callee_ld_add(1 + 0x1p-60L, 0x1p-61L) != 1 + 0x3p-61L) return __LINE__ * 100;
  if (callee_ld_mix(1, 2 + 0x1p-40L, 3, 4, 5.0f, 6) != 654321 + 10 * 0x1p-40L) return __LINE__ * 100;
  if (callee_ld_ret() != 1 + 0x1p-63L) return __LINE__ * 100;
  if ((r = callee_ld_align(1, 2, 3, 4, 5, 6, 7, -3 - 0x1p-61L, 8))) return __LINE__ * 100 + r;
  if (callee_ld_to_d(1 + 0x1p-62L, 0.5, 2 + 0x1p-61L) != 2.5) return __LINE__ * 100;

  { SC s = {-7}; SC e = callee_echo_sc(s); if (e.a != -6 || s.a != -7) return __LINE__ * 100; }
  { SI s = {-100000}; SI e = callee_echo_si(s); if (e.a != -99999) return __LINE__ * 100; }
  { SL s = {0x123456789abcL}; SL e = callee_echo_sl(s); if (e.a != 0x123456789abdL) return __LINE__ * 100; }
  { SII s = {-5, 1000000}; SII e = callee_echo_sii(s); if (e.a != -4 || e.b != 1000002) return __LINE__ * 100; }
  { SIII s = {-10, 20, -30}; SIII e = callee_echo_siii(s); if (e.a != -9 || e.b != 22 || e.c != -27) return __LINE__ * 100; }
  { SLL s = {0x100000005L, -0x200000000L}; SLL e = callee_echo_sll(s); if (e.a != 0x100000006L || e.b != -0x1fffffffeL) return __LINE__ * 100; }
  { SD s = {-1.25}; SD e = callee_echo_sd(s); if (e.a != -0.25) return __LINE__ * 100; }
  { SFF s = {0.5f, -1.75f}; SFF e = callee_echo_sff(s); if (e.a != 1.5f || e.b != 0.25f) return __LINE__ * 100; }
  { SFFF s = {1.25f, 2.5f, -3.75f}; SFFF e = callee_echo_sfff(s); if (e.a != 2.25f || e.b != 4.5f || e.c != -0.75f) return __LINE__ * 100; }
  { SID s = {-7, 0.125}; SID e = callee_echo_sid(s); if (e.a != -6 || e.b != 2.125) return __LINE__ * 100; }
  { SDI s = {3.5, -9}; SDI e = callee_echo_sdi(s); if (e.a != 4.5 || e.b != -7) return __LINE__ * 100; }
  { SFI s = {-2.5f, 11}; SFI e = callee_echo_sfi(s); if (e.a != -1.5f || e.b != 13) return __LINE__ * 100; }
  { SFFI s = {0.25f, 0.75f, -100}; SFFI e = callee_echo_sffi(s); if (e.a != 1.25f || e.b != 2.75f || e.c != -97) return __LINE__ * 100; }
  { SDD s = {10.5, -20.25}; SDD e = callee_echo_sdd(s); if (e.a != 11.5 || e.b != -18.25) return __LINE__ * 100; }
  {
    SC20 s;
    for (int i = 0; i < 20; i++) s.a[i] = 'a' + i;
    SC20 e = callee_echo_sc20(s);
    for (int i = 0; i < 20; i++) if (e.a[i] != 'b' + i || s.a[i] != 'a' + i) return __LINE__ * 100 + i;
    if (callee_take_sc20(s) != 23030) return __LINE__ * 100;
    e = callee_mk_sc20('A');
    for (int i = 0; i < 20; i++) if (e.a[i] != 'A' + i) return __LINE__ * 100 + i;
    SL3 m = {-2, 0x1000000000L, 3};
    if ((r = callee_late_mem(1, m, 2.5, s, 4))) return __LINE__ * 100 + r;
  }
  { SL3 s = {-2, 0x1000000000L, 3}; SL3 e = callee_echo_sl3(s); if (e.a != -1 || e.b != 0x1000000002L || e.c != 6 || s.a != -2) return __LINE__ * 100; }
  { SLD s = {1 + 0x1p-60L}; SLD e = callee_echo_sld(s); if (e.a != 2 + 0x1p-60L) return __LINE__ * 100; }
  { SC3 s = {10, -20, 30}; SC3 e = callee_echo_sc3(s); if (e.a != 11 || e.b != -18 || e.c != 33) return __LINE__ * 100; }
  { SDF s = {-0.5, 8.25f}; SDF e = callee_echo_sdf(s); if (e.a != 0.5 || e.b != 10.25f) return __LINE__ * 100; }

  if (callee_mk_sc(-100).a != -100) return __LINE__ * 100;
  if (callee_mk_si(-2000000000).a != -2000000000) return __LINE__ * 100;
  if (callee_mk_sl(-0x123456789L).a != -0x123456789L) return __LINE__ * 100;
  { SII e = callee_mk_sii(7, -8); if (e.a != 7 || e.b != -8) return __LINE__ * 100; }
  { SIII e = callee_mk_siii(-1, 2, -3); if (e.a != -1 || e.b != 2 || e.c != -3) return __LINE__ * 100; }
  { SLL e = callee_mk_sll(-0x1234567890L, 0x7eadbeef12345678L); if (e.a != -0x1234567890L || e.b != 0x7eadbeef12345678L) return __LINE__ * 100; }
  if (callee_mk_sd(6.0625).a != 6.0625) return __LINE__ * 100;
  { SFF e = callee_mk_sff(-8.5f, 9.25f); if (e.a != -8.5f || e.b != 9.25f) return __LINE__ * 100; }
  { SFFF e = callee_mk_sfff(0.5f, -0.25f, 0.125f); if (e.a != 0.5f || e.b != -0.25f || e.c != 0.125f) return __LINE__ * 100; }
  { SID e = callee_mk_sid(-31, 32.5); if (e.a != -31 || e.b != 32.5) return __LINE__ * 100; }
  { SDI e = callee_mk_sdi(-33.5, 34); if (e.a != -33.5 || e.b != 34) return __LINE__ * 100; }
  { SFI e = callee_mk_sfi(35.5f, -36); if (e.a != 35.5f || e.b != -36) return __LINE__ * 100; }
  { SFFI e = callee_mk_sffi(37.5f, -38.5f, 39); if (e.a != 37.5f || e.b != -38.5f || e.c != 39) return __LINE__ * 100; }
  { SDD e = callee_mk_sdd(40.25, -41.75); if (e.a != 40.25 || e.b != -41.75) return __LINE__ * 100; }
  { SL3 e = callee_mk_sl3(42, -43, 0x4400000044L); if (e.a != 42 || e.b != -43 || e.c != 0x4400000044L) return __LINE__ * 100; }
  if (callee_mk_sld(-1 - 0x1p-62L).a != -1 - 0x1p-62L) return __LINE__ * 100;
  { SC3 e = callee_mk_sc3(-45, 46, -47); if (e.a != -45 || e.b != 46 || e.c != -47) return __LINE__ * 100; }
  { SDF e = callee_mk_sdf(48.5, -49.5f); if (e.a != 48.5 || e.b != -49.5f) return __LINE__ * 100; }

  { SC s = {-7}; if (callee_take_sc(s) != -7) return __LINE__ * 100; }
  { SI s = {-100000}; if (callee_take_si(s) != -100000) return __LINE__ * 100; }
  { SL s = {0x123456789abcL}; if (callee_take_sl(s) != 0x123456789abcL) return __LINE__ * 100; }
  { SII s = {-5, 1000000}; if (callee_take_sii(s) != 995000) return __LINE__ * 100; }
  { SIII s = {-10, 20, -30}; if (callee_take_siii(s) != -9980030) return __LINE__ * 100; }
  { SLL s = {0x100000005L, -0x200000000L}; if (callee_take_sll(s) != 4286377366408L) return __LINE__ * 100; }
  { SD s = {-1.25}; if (callee_take_sd(s) != -1.25) return __LINE__ * 100; }
  { SFF s = {0.5f, -1.75f}; if (callee_take_sff(s) != 498.25) return __LINE__ * 100; }
  { SFFF s = {1.25f, 2.5f, -3.75f}; if (callee_take_sfff(s) != 1252496.25) return __LINE__ * 100; }
  { SID s = {-7, 0.125}; if (callee_take_sid(s) != -6999.875) return __LINE__ * 100; }
  { SDI s = {3.5, -9}; if (callee_take_sdi(s) != 3491) return __LINE__ * 100; }
  { SFI s = {-2.5f, 11}; if (callee_take_sfi(s) != -2489) return __LINE__ * 100; }
  { SFFI s = {0.25f, 0.75f, -100}; if (callee_take_sffi(s) != 250650) return __LINE__ * 100; }
  { SDD s = {10.5, -20.25}; if (callee_take_sdd(s) != 10479.75) return __LINE__ * 100; }
  { SL3 s = {-2, 0x1000000000L, 3}; if (callee_take_sl3(s) != 68719474736003L) return __LINE__ * 100; }
  { SLD s = {1 + 0x1p-60L}; if (callee_take_sld(s) != 2 + 0x1p-59L) return __LINE__ * 100; }
  { SC3 s = {10, -20, 30}; if (callee_take_sc3(s) != 9980030) return __LINE__ * 100; }
  { SDF s = {-0.5, 8.25f}; if (callee_take_sdf(s) != -491.75) return __LINE__ * 100; }
  { SL3 s = {-2, 0x1000000000L, 3}; if (callee_clobber_sl3(s) != 0 || s.a != -2 || s.c != 3) return __LINE__ * 100; }
  { SLL s = {0x100000005L, -0x200000000L}; if (callee_clobber_sll(s) != 0 || s.a != 0x100000005L) return __LINE__ * 100; }

  { SLL s = {0x100000005L, -0x200000000L}; if ((r = callee_late_sll(1, 2, 3, 4, 5, s, 6))) return __LINE__ * 100 + r; }
  { SIII s = {-10, 20, -30}; if ((r = callee_late_siii(1, 2, 3, 4, 5, s, 6))) return __LINE__ * 100 + r; }
  { SII s = {-5, 1000000}; if ((r = callee_late_sii(1, 2, 3, 4, 5, 6, s, 7))) return __LINE__ * 100 + r; }
  { SDD s = {10.5, -20.25}; if ((r = callee_late_sdd(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, s, 8.5))) return __LINE__ * 100 + r; }
  { SFFF s = {1.25f, 2.5f, -3.75f}; if ((r = callee_late_sfff(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, s, 8.5f))) return __LINE__ * 100 + r; }
  { SID s = {-7, 0.125}; if ((r = callee_late_sid(1, 2, 3, 4, 5, 6, s, 7.5))) return __LINE__ * 100 + r; }
  { SDI s = {3.5, -9}; if ((r = callee_late_sdi(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, s, 9))) return __LINE__ * 100 + r; }
  { SFI s = {-2.5f, 11}; if ((r = callee_late_sfi(1, 2, 3, 4, 5, 6, s, 0.75f))) return __LINE__ * 100 + r; }
  { SLD s = {1 + 0x1p-60L}; if ((r = callee_late_sld(1, 2, 3, 4, 5, 6, 7, s, 8))) return __LINE__ * 100 + r; }
  { SLL s = {0x100000005L, -0x200000000L}; if ((r = callee_fit_sll(1, 2, 3, 4, s))) return __LINE__ * 100 + r; }
  { SDD s = {10.5, -20.25}; if ((r = callee_fit_sdd(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, s))) return __LINE__ * 100 + r; }
  {
    SFF a = {1, 2}; SID b = {3, 4}; SDI c = {5, 6}; SLL d = {7, 8}; SIII e = {9, 1, 2}; SDD f = {3, 4}; SFI g = {5, 6}; SD h = {7};
    if (callee_many_structs(a, b, c, d, e, f, g, h) != 7654321987654321.0) return __LINE__ * 100;
  }

  if (callee_va("idlLdi", 1, 2.5, 3L, 4.0L, 5.0, 6) != 128456) return __LINE__ * 100;
  if (callee_va("iddiddiddiddiddi", 1, 2.0, 3.0, 4, 5.0, 6.0, 7, 8.0, 9.0, 1, 2.0, 3.0, 4, 5.0, 6.0, 7) != 1234567891234567.0) return __LINE__ * 100;
  if (callee_va("") != 0) return __LINE__ * 100;
  {
    char buf[64];
    if (callee_va_sprintf(buf, "%d %g %s %Lg %c", 1, 2.5, "x", 3.5L, 'y') != 13) return __LINE__ * 100;
    if (strcmp(buf, "1 2.5 x 3.5 y")) return __LINE__ * 100;
  }

  if (callee_sub8(1, 2, 3, 4, 5, 6, 7, 8) != 8264462) return __LINE__ * 100;
  if (callee_fp4(0.5, 1.25f, 3, 1 + 0x1p-60L) != 656) return __LINE__ * 100;
  if (gcc_loop_calls(callee_sq, 10) != 237041) return __LINE__ * 100;
  if (callee_misalign(3) != 0) return __LINE__ * 100;
  return 0;
}
