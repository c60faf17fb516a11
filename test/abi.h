// What the two sides of the ABI test have in common: abi.c, compiled by the
// compiler under test, and abi_gcc.c, always compiled by gcc, linked into
// one program.  Each side defines the functions below for the other to call
// and calls the other's copies, so every call crosses between the two
// compilers in both directions.  Each includes this file once, with ABI(name)
// defined to name its own copies and PEER(name) the other side's:
//   abi.c       ABI(name) callee_##name   PEER(name) gcc_##name
//   abi_gcc.c   ABI(name) gcc_##name      PEER(name) callee_##name
#if !defined(ABI) || !defined(PEER)
#error "define ABI(name) and PEER(name) before including abi.h"
#endif

int vsprintf(char *buf, const char *fmt, __builtin_va_list ap);

// The struct types passed and returned by value.
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
// Eightbytes of 2, 5 and 6 bytes, and an int with a float (INTEGER class).
typedef struct { short a[5]; } SS5;
typedef struct { char a[13]; } SC13;
typedef struct { char a[6]; } SC6;
typedef struct { float a; char b[3]; } SFC3;

// GNU vectors: 16- and 8-byte ones travel in xmm registers, smaller ones
// as integers, 32-byte ones in memory; a struct of one 16-byte vector is
// one xmm register.
typedef int V4SI __attribute__((vector_size(16)));
typedef float V4SF __attribute__((vector_size(16)));
typedef double V2DF __attribute__((vector_size(16)));
typedef short V4HI __attribute__((vector_size(8)));
typedef float V2SF __attribute__((vector_size(8)));
typedef short V2HI __attribute__((vector_size(4)));
typedef char V2QI __attribute__((vector_size(2)));
typedef int V8SI __attribute__((vector_size(32)));
typedef struct { V4SI v; } SV;
typedef struct { V4HI a, b; } SV2;
// A 32-byte vector starts at a multiple of 32 in a struct, with both.
typedef struct { char c; V8SI v; } SV8;

// The other side's copies, declared.
long PEER(i0)(void);
long PEER(i1)(int a);
long PEER(i2)(int a, int b);
long PEER(i3)(int a, int b, int c);
long PEER(i4)(int a, int b, int c, int d);
long PEER(i5)(int a, int b, int c, int d, int e);
long PEER(i6)(int a, int b, int c, int d, int e, int f);
long PEER(i7)(int a, int b, int c, int d, int e, int f, int g);
long PEER(i8)(int a, int b, int c, int d, int e, int f, int g, int h);
long PEER(i9)(int a, int b, int c, int d, int e, int f, int g, int h, int i);
long PEER(i10)(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j);
double PEER(d1)(double a);
double PEER(d2)(double a, double b);
double PEER(d3)(double a, double b, double c);
double PEER(d4)(double a, double b, double c, double d);
double PEER(d5)(double a, double b, double c, double d, double e);
double PEER(d6)(double a, double b, double c, double d, double e, double f);
double PEER(d7)(double a, double b, double c, double d, double e, double f, double g);
double PEER(d8)(double a, double b, double c, double d, double e, double f, double g, double h);
double PEER(d9)(double a, double b, double c, double d, double e, double f, double g, double h, double i);
double PEER(d10)(double a, double b, double c, double d, double e, double f, double g, double h, double i, double j);
double PEER(f10)(float a, float b, float c, float d, float e, float f, float g, float h, float i, float j);
int PEER(mix_int)(char a, short b, int c, long d, void *e, unsigned char f, unsigned short g, unsigned h, long i, _Bool j, signed char k);
long PEER(mix_sum)(char a, short b, int c, long d, unsigned char e, unsigned short f, unsigned g, signed char h);
int PEER(mix_fp)(int i1, double d1, float f1, long l2, double d2, int i3, float f2, double d3, char c4, double d4, float f3, int i5, double d5, short s6, float f4, double d6, int i7, double d7, long i8, float f5);
float PEER(fdiv)(float a, float b);
double PEER(dmix)(int a, float b, double c);
float PEER(fmix)(double a, int b, float c);
char PEER(ret_char)(int x);
unsigned char PEER(ret_uchar)(int x);
short PEER(ret_short)(int x);
unsigned short PEER(ret_ushort)(int x);
int PEER(ret_int)(long x);
unsigned PEER(ret_uint)(long x);
_Bool PEER(ret_bool)(int x);
void *PEER(ret_ptr)(char *p);
long double PEER(ld_add)(long double a, long double b);
long double PEER(ld_mix)(int a, long double b, double c, long double d, float e, long f);
long double PEER(ld_ret)(void);
int PEER(ld_align)(int a, int b, int c, int d, int e, int f, int g, long double x, int h);
double PEER(ld_to_d)(long double a, double b, long double c);
SC PEER(echo_sc)(SC s);
SI PEER(echo_si)(SI s);
SL PEER(echo_sl)(SL s);
SII PEER(echo_sii)(SII s);
SIII PEER(echo_siii)(SIII s);
SLL PEER(echo_sll)(SLL s);
SD PEER(echo_sd)(SD s);
SFF PEER(echo_sff)(SFF s);
SFFF PEER(echo_sfff)(SFFF s);
SID PEER(echo_sid)(SID s);
SDI PEER(echo_sdi)(SDI s);
SFI PEER(echo_sfi)(SFI s);
SFFI PEER(echo_sffi)(SFFI s);
SDD PEER(echo_sdd)(SDD s);
SC20 PEER(echo_sc20)(SC20 s);
SL3 PEER(echo_sl3)(SL3 s);
SLD PEER(echo_sld)(SLD s);
SC3 PEER(echo_sc3)(SC3 s);
SDF PEER(echo_sdf)(SDF s);
SS5 PEER(echo_ss5)(SS5 s);
SC13 PEER(echo_sc13)(SC13 s);
SC6 PEER(echo_sc6)(SC6 s);
SFC3 PEER(echo_sfc3)(SFC3 s);
SC PEER(mk_sc)(char a);
SI PEER(mk_si)(int a);
SL PEER(mk_sl)(long a);
SII PEER(mk_sii)(int a, int b);
SIII PEER(mk_siii)(int a, int b, int c);
SLL PEER(mk_sll)(long a, long b);
SD PEER(mk_sd)(double a);
SFF PEER(mk_sff)(float a, float b);
SFFF PEER(mk_sfff)(float a, float b, float c);
SID PEER(mk_sid)(int a, double b);
SDI PEER(mk_sdi)(double a, int b);
SFI PEER(mk_sfi)(float a, int b);
SFFI PEER(mk_sffi)(float a, float b, int c);
SDD PEER(mk_sdd)(double a, double b);
SC20 PEER(mk_sc20)(char c);
SL3 PEER(mk_sl3)(long a, long b, long c);
SLD PEER(mk_sld)(long double a);
SC3 PEER(mk_sc3)(char a, char b, char c);
SDF PEER(mk_sdf)(double a, float b);
long PEER(take_sc)(SC s);
long PEER(take_si)(SI s);
long PEER(take_sl)(SL s);
long PEER(take_sii)(SII s);
long PEER(take_siii)(SIII s);
long PEER(take_sll)(SLL s);
double PEER(take_sd)(SD s);
double PEER(take_sff)(SFF s);
double PEER(take_sfff)(SFFF s);
double PEER(take_sid)(SID s);
double PEER(take_sdi)(SDI s);
double PEER(take_sfi)(SFI s);
double PEER(take_sffi)(SFFI s);
double PEER(take_sdd)(SDD s);
long PEER(take_sc20)(SC20 s);
long PEER(take_sl3)(SL3 s);
long double PEER(take_sld)(SLD s);
long PEER(take_sc3)(SC3 s);
double PEER(take_sdf)(SDF s);
long PEER(clobber_sl3)(SL3 s);
long PEER(clobber_sll)(SLL s);
int PEER(late_sll)(int a, int b, int c, int d, int e, SLL s, int f);
int PEER(late_siii)(int a, int b, int c, int d, int e, SIII s, int f);
int PEER(late_sii)(int a, int b, int c, int d, int e, int f, SII s, int g);
int PEER(late_sdd)(double a, double b, double c, double d, double e, double f, double g, SDD s, double h);
int PEER(late_sfff)(double a, double b, double c, double d, double e, double f, double g, SFFF s, float h);
int PEER(late_sid)(int a, int b, int c, int d, int e, int f, SID s, double g);
int PEER(late_sdi)(double a, double b, double c, double d, double e, double f, double g, double h, SDI s, int i);
int PEER(late_sfi)(int a, int b, int c, int d, int e, int f, SFI s, float g);
int PEER(late_mem)(int a, SL3 s, double d, SC20 t, int b);
int PEER(late_sld)(int a, int b, int c, int d, int e, int f, int g, SLD s, int h);
int PEER(fit_sll)(int a, int b, int c, int d, SLL s);
int PEER(fit_sdd)(double a, double b, double c, double d, double e, double f, SDD s);
double PEER(many_structs)(SFF a, SID b, SDI c, SLL d, SIII e, SDD f, SFI g, SD h);
double PEER(va)(const char *fmt, ...);
int PEER(va_sprintf)(char *buf, const char *fmt, ...);
long PEER(sub8)(int a, int b, int c, int d, int e, int f, int g, int h);
double PEER(fp4)(double a, float b, int c, long double d);
long PEER(sq)(long x);
long PEER(sub)(long a, long b);
V4SI PEER(vec16)(V4SI a, V4SF b, int i, V2DF c);
V2SF PEER(vec8)(V4HI a, V2SF b, double d);
V2HI PEER(vec4)(V2HI a, V2QI b, int i);
V8SI PEER(vec32)(V8SI a, int i, V8SI b);
SV8 PEER(vec32_struct)(char c, SV8 s, int i);
_Complex __int128 PEER(cint128)(int i, _Complex __int128 a, _Complex __int128 b);
V2DF PEER(vec_many)(V2DF a, V2DF b, V2DF c, V2DF d, V2DF e, V2DF f, V2DF g, V2DF h, double x, V2DF i, V4SI j);
SV PEER(vec_struct)(SV s, SV2 t);
int PEER(vec_va)(int n, ...);
int PEER(call_vectors)(void);

// This side's copies, defined.

// Integer arguments: 0..10 ints, combined positionally.
long ABI(i0)(void) { return 42; }
long ABI(i1)(int a) { return a; }
long ABI(i2)(int a, int b) { return a * 10L + b; }
long ABI(i3)(int a, int b, int c) { return (a * 10L + b) * 10 + c; }
long ABI(i4)(int a, int b, int c, int d) { return ((a * 10L + b) * 10 + c) * 10 + d; }
long ABI(i5)(int a, int b, int c, int d, int e) { return (((a * 10L + b) * 10 + c) * 10 + d) * 10 + e; }
long ABI(i6)(int a, int b, int c, int d, int e, int f) { return ((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f; }
long ABI(i7)(int a, int b, int c, int d, int e, int f, int g) { return (((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g; }
long ABI(i8)(int a, int b, int c, int d, int e, int f, int g, int h) { return ((((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h; }
long ABI(i9)(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return (((((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i; }
long ABI(i10)(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) { return ((((((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i) * 10 + j; }

// Double arguments: 1..10 doubles, combined positionally.
double ABI(d1)(double a) { return a; }
double ABI(d2)(double a, double b) { return a * 10 + b; }
double ABI(d3)(double a, double b, double c) { return (a * 10 + b) * 10 + c; }
double ABI(d4)(double a, double b, double c, double d) { return ((a * 10 + b) * 10 + c) * 10 + d; }
double ABI(d5)(double a, double b, double c, double d, double e) { return (((a * 10 + b) * 10 + c) * 10 + d) * 10 + e; }
double ABI(d6)(double a, double b, double c, double d, double e, double f) { return ((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f; }
double ABI(d7)(double a, double b, double c, double d, double e, double f, double g) { return (((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g; }
double ABI(d8)(double a, double b, double c, double d, double e, double f, double g, double h) { return ((((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h; }
double ABI(d9)(double a, double b, double c, double d, double e, double f, double g, double h, double i) { return (((((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i; }
double ABI(d10)(double a, double b, double c, double d, double e, double f, double g, double h, double i, double j) { return ((((((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i) * 10 + j; }
double ABI(f10)(float a, float b, float c, float d, float e, float f, float g, float h, float i, float j) { return ((((((((a * 10.0 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i) * 10 + j; }

// Mixed integer kinds; returns the position of the first wrong argument.
int ABI(mix_int)(char a, short b, int c, long d, void *e, unsigned char f, unsigned short g, unsigned h, long i, _Bool j, signed char k) {
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

long ABI(mix_sum)(char a, short b, int c, long d, unsigned char e, unsigned short f, unsigned g, signed char h) {
  return 1L * a + 2L * b + 3L * c + 4 * d + 5L * e + 6L * f + 7L * g + 8L * h;
}

// Interleaved ints, doubles and floats beyond both register sets.
int ABI(mix_fp)(int i1, double d1, float f1, long l2, double d2, int i3, float f2, double d3, char c4, double d4, float f3, int i5, double d5, short s6, float f4, double d6, int i7, double d7, long i8, float f5) {
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

float ABI(fdiv)(float a, float b) { return a / b; }
double ABI(dmix)(int a, float b, double c) { return a + b * c; }
float ABI(fmix)(double a, int b, float c) { return a * b + c; }

// Narrow return types: only the low bits of the return register are meaningful.
char ABI(ret_char)(int x) { return x + 1; }
unsigned char ABI(ret_uchar)(int x) { return x + 1; }
short ABI(ret_short)(int x) { return x + 1; }
unsigned short ABI(ret_ushort)(int x) { return x + 1; }
int ABI(ret_int)(long x) { return x + 1; }
unsigned ABI(ret_uint)(long x) { return x + 1; }
_Bool ABI(ret_bool)(int x) { return x & 0x100; }
void *ABI(ret_ptr)(char *p) { return p + 3; }

// long double: passed in memory, returned in st(0).
long double ABI(ld_add)(long double a, long double b) { return a + b; }
long double ABI(ld_mix)(int a, long double b, double c, long double d, float e, long f) { return a + b * 10 + c * 100 + d * 1000 + e * 10000 + f * 100000; }
long double ABI(ld_ret)(void) { return 1 + 0x1p-63L; }
int ABI(ld_align)(int a, int b, int c, int d, int e, int f, int g, long double x, int h) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5 || f != 6) return 1;
  if (g != 7) return 2;
  if (x != -3 - 0x1p-61L) return 3;
  if (h != 8) return 4;
  return 0;
}
double ABI(ld_to_d)(long double a, double b, long double c) { return (a - 1) * 0x1p62L + b + (c - 2) * 0x1p61L; }

// Structs: echo (pass and return, field k gains k), make (return), take (pass).
SC ABI(echo_sc)(SC s) { s.a += 1; return s; }
SI ABI(echo_si)(SI s) { s.a += 1; return s; }
SL ABI(echo_sl)(SL s) { s.a += 1; return s; }
SII ABI(echo_sii)(SII s) { s.a += 1; s.b += 2; return s; }
SIII ABI(echo_siii)(SIII s) { s.a += 1; s.b += 2; s.c += 3; return s; }
SLL ABI(echo_sll)(SLL s) { s.a += 1; s.b += 2; return s; }
SD ABI(echo_sd)(SD s) { s.a += 1; return s; }
SFF ABI(echo_sff)(SFF s) { s.a += 1; s.b += 2; return s; }
SFFF ABI(echo_sfff)(SFFF s) { s.a += 1; s.b += 2; s.c += 3; return s; }
SID ABI(echo_sid)(SID s) { s.a += 1; s.b += 2; return s; }
SDI ABI(echo_sdi)(SDI s) { s.a += 1; s.b += 2; return s; }
SFI ABI(echo_sfi)(SFI s) { s.a += 1; s.b += 2; return s; }
SFFI ABI(echo_sffi)(SFFI s) { s.a += 1; s.b += 2; s.c += 3; return s; }
SDD ABI(echo_sdd)(SDD s) { s.a += 1; s.b += 2; return s; }
SC20 ABI(echo_sc20)(SC20 s) { for (int i = 0; i < 20; i++) s.a[i] += 1; return s; }
SL3 ABI(echo_sl3)(SL3 s) { s.a += 1; s.b += 2; s.c += 3; return s; }
SLD ABI(echo_sld)(SLD s) { s.a += 1; return s; }
SC3 ABI(echo_sc3)(SC3 s) { s.a += 1; s.b += 2; s.c += 3; return s; }
SDF ABI(echo_sdf)(SDF s) { s.a += 1; s.b += 2; return s; }
SS5 ABI(echo_ss5)(SS5 s) { for (int i = 0; i < 5; i++) s.a[i] += i + 1; return s; }
SC13 ABI(echo_sc13)(SC13 s) { for (int i = 0; i < 13; i++) s.a[i] += i + 1; return s; }
SC6 ABI(echo_sc6)(SC6 s) { for (int i = 0; i < 6; i++) s.a[i] += i + 1; return s; }
SFC3 ABI(echo_sfc3)(SFC3 s) { s.a += 1; for (int i = 0; i < 3; i++) s.b[i] += i + 1; return s; }

SC ABI(mk_sc)(char a) { SC s = {a}; return s; }
SI ABI(mk_si)(int a) { SI s = {a}; return s; }
SL ABI(mk_sl)(long a) { SL s = {a}; return s; }
SII ABI(mk_sii)(int a, int b) { SII s = {a, b}; return s; }
SIII ABI(mk_siii)(int a, int b, int c) { SIII s = {a, b, c}; return s; }
SLL ABI(mk_sll)(long a, long b) { SLL s = {a, b}; return s; }
SD ABI(mk_sd)(double a) { SD s = {a}; return s; }
SFF ABI(mk_sff)(float a, float b) { SFF s = {a, b}; return s; }
SFFF ABI(mk_sfff)(float a, float b, float c) { SFFF s = {a, b, c}; return s; }
SID ABI(mk_sid)(int a, double b) { SID s = {a, b}; return s; }
SDI ABI(mk_sdi)(double a, int b) { SDI s = {a, b}; return s; }
SFI ABI(mk_sfi)(float a, int b) { SFI s = {a, b}; return s; }
SFFI ABI(mk_sffi)(float a, float b, int c) { SFFI s = {a, b, c}; return s; }
SDD ABI(mk_sdd)(double a, double b) { SDD s = {a, b}; return s; }
SC20 ABI(mk_sc20)(char c) { SC20 s; for (int i = 0; i < 20; i++) s.a[i] = c + i; return s; }
SL3 ABI(mk_sl3)(long a, long b, long c) { SL3 s = {a, b, c}; return s; }
SLD ABI(mk_sld)(long double a) { SLD s = {a}; return s; }
SC3 ABI(mk_sc3)(char a, char b, char c) { SC3 s = {a, b, c}; return s; }
SDF ABI(mk_sdf)(double a, float b) { SDF s = {a, b}; return s; }

long ABI(take_sc)(SC s) { return s.a; }
long ABI(take_si)(SI s) { return s.a; }
long ABI(take_sl)(SL s) { return s.a; }
long ABI(take_sii)(SII s) { return s.a * 1000L + s.b; }
long ABI(take_siii)(SIII s) { return (s.a * 1000L + s.b) * 1000 + s.c; }
long ABI(take_sll)(SLL s) { return s.a * 1000 + s.b; }
double ABI(take_sd)(SD s) { return s.a; }
double ABI(take_sff)(SFF s) { return s.a * 1000.0 + s.b; }
double ABI(take_sfff)(SFFF s) { return (s.a * 1000.0 + s.b) * 1000 + s.c; }
double ABI(take_sid)(SID s) { return s.a * 1000 + s.b; }
double ABI(take_sdi)(SDI s) { return s.a * 1000 + s.b; }
double ABI(take_sfi)(SFI s) { return s.a * 1000.0 + s.b; }
double ABI(take_sffi)(SFFI s) { return (s.a * 1000.0 + s.b) * 1000 + s.c; }
double ABI(take_sdd)(SDD s) { return s.a * 1000 + s.b; }
long ABI(take_sc20)(SC20 s) { long r = 0; for (int i = 0; i < 20; i++) r += (i + 1) * s.a[i]; return r; }
long ABI(take_sl3)(SL3 s) { return (s.a * 1000 + s.b) * 1000 + s.c; }
long double ABI(take_sld)(SLD s) { return s.a * 2; }
long ABI(take_sc3)(SC3 s) { return (s.a * 1000L + s.b) * 1000 + s.c; }
double ABI(take_sdf)(SDF s) { return s.a * 1000 + s.b; }

// A by-value struct is a copy: changing it must not change the caller's.
long ABI(clobber_sl3)(SL3 s) { s.a = 0; s.b = 0; s.c = 0; return s.a; }
long ABI(clobber_sll)(SLL s) { s.a = 0; s.b = 0; return s.a; }

// Structs that no longer fit in the remaining registers go on the stack whole;
// later scalar arguments still take the free registers.
int ABI(late_sll)(int a, int b, int c, int d, int e, SLL s, int f) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5) return 1;
  if (s.a != 0x100000005L) return 2;
  if (s.b != -0x200000000L) return 3;
  if (f != 6) return 4;
  return 0;
}
int ABI(late_siii)(int a, int b, int c, int d, int e, SIII s, int f) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5) return 1;
  if (s.a != -10 || s.b != 20) return 2;
  if (s.c != -30) return 3;
  if (f != 6) return 4;
  return 0;
}
int ABI(late_sii)(int a, int b, int c, int d, int e, int f, SII s, int g) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5 || f != 6) return 1;
  if (s.a != -5 || s.b != 1000000) return 2;
  if (g != 7) return 3;
  return 0;
}
int ABI(late_sdd)(double a, double b, double c, double d, double e, double f, double g, SDD s, double h) {
  if (a != 1.5 || b != 2.5 || c != 3.5 || d != 4.5 || e != 5.5 || f != 6.5 || g != 7.5) return 1;
  if (s.a != 10.5) return 2;
  if (s.b != -20.25) return 3;
  if (h != 8.5) return 4;
  return 0;
}
int ABI(late_sfff)(double a, double b, double c, double d, double e, double f, double g, SFFF s, float h) {
  if (a != 1.5 || b != 2.5 || c != 3.5 || d != 4.5 || e != 5.5 || f != 6.5 || g != 7.5) return 1;
  if (s.a != 1.25f || s.b != 2.5f) return 2;
  if (s.c != -3.75f) return 3;
  if (h != 8.5f) return 4;
  return 0;
}
int ABI(late_sid)(int a, int b, int c, int d, int e, int f, SID s, double g) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5 || f != 6) return 1;
  if (s.a != -7) return 2;
  if (s.b != 0.125) return 3;
  if (g != 7.5) return 4;
  return 0;
}
int ABI(late_sdi)(double a, double b, double c, double d, double e, double f, double g, double h, SDI s, int i) {
  if (a != 1.5 || b != 2.5 || c != 3.5 || d != 4.5 || e != 5.5 || f != 6.5 || g != 7.5 || h != 8.5) return 1;
  if (s.a != 3.5) return 2;
  if (s.b != -9) return 3;
  if (i != 9) return 4;
  return 0;
}
int ABI(late_sfi)(int a, int b, int c, int d, int e, int f, SFI s, float g) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5 || f != 6) return 1;
  if (s.a != -2.5f) return 2;
  if (s.b != 11) return 3;
  if (g != 0.75f) return 4;
  return 0;
}
int ABI(late_mem)(int a, SL3 s, double d, SC20 t, int b) {
  if (a != 1) return 1;
  if (s.a != -2 || s.b != 0x1000000000L || s.c != 3) return 2;
  if (d != 2.5) return 3;
  for (int i = 0; i < 20; i++)
    if (t.a[i] != 'a' + i) return 4;
  if (b != 4) return 5;
  return 0;
}
int ABI(late_sld)(int a, int b, int c, int d, int e, int f, int g, SLD s, int h) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5 || f != 6) return 1;
  if (g != 7) return 2;
  if (s.a != 1 + 0x1p-60L) return 3;
  if (h != 8) return 4;
  return 0;
}
int ABI(fit_sll)(int a, int b, int c, int d, SLL s) {
  if (a != 1 || b != 2 || c != 3 || d != 4) return 1;
  if (s.a != 0x100000005L || s.b != -0x200000000L) return 2;
  return 0;
}
int ABI(fit_sdd)(double a, double b, double c, double d, double e, double f, SDD s) {
  if (a != 1.5 || b != 2.5 || c != 3.5 || d != 4.5 || e != 5.5 || f != 6.5) return 1;
  if (s.a != 10.5 || s.b != -20.25) return 2;
  return 0;
}
// Many structs at once: registers run out part way through.
double ABI(many_structs)(SFF a, SID b, SDI c, SLL d, SIII e, SDD f, SFI g, SD h) {
  return a.a + a.b * 10 + b.a * 100 + b.b * 1000 + c.a * 10000 + c.b * 100000 + d.a * 1e6 + d.b * 1e7 + e.a * 1e8 + e.b * 1e9 + e.c * 1e10 + f.a * 1e11 + f.b * 1e12 + g.a * 1e13 + g.b * 1e14 + h.a * 1e15;
}

// Variadic: 'i' int, 'l' long, 'd' double, 'L' long double; combined positionally.
double ABI(va)(const char *fmt, ...) {
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

int ABI(va_sprintf)(char *buf, const char *fmt, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, fmt);
  int r = vsprintf(buf, fmt, ap);
  __builtin_va_end(ap);
  return r;
}

// Callbacks.
long ABI(sub8)(int a, int b, int c, int d, int e, int f, int g, int h) { return ((((((a * 10L - b) * 10 + c) * 10 - d) * 10 + e) * 10 - f) * 10 + g) * 10 - h; }
double ABI(fp4)(double a, float b, int c, long double d) { return a * 1000 + b * 100 + c * 10 + (d - 1) * 0x1p60L; }
long ABI(sq)(long x) { long a = x * x, b = a + 1, c = b - a; return a + c; }
long ABI(sub)(long a, long b) { return a - b; }

// Vectors.
V4SI ABI(vec16)(V4SI a, V4SF b, int i, V2DF c) {
  return a * i + (V4SI){(int)b[0], (int)b[1], (int)b[2], (int)b[3]} + (int)(c[0] - c[1]);
}
V2SF ABI(vec8)(V4HI a, V2SF b, double d) { return b * (float)d + (float)(a[0] + a[3]); }
V2HI ABI(vec4)(V2HI a, V2QI b, int i) { return a - (V2HI){b[0], b[1]} * (short)i; }
V8SI ABI(vec32)(V8SI a, int i, V8SI b) { return a * i - b; }
// 32 bytes: in memory both ways, as a struct of two __int128.
_Complex __int128 ABI(cint128)(int i, _Complex __int128 a, _Complex __int128 b) { return a * b + i; }
SV8 ABI(vec32_struct)(char c, SV8 s, int i) {
  s.c += c;
  s.v = s.v * i;
  return s;
}
V2DF ABI(vec_many)(V2DF a, V2DF b, V2DF c, V2DF d, V2DF e, V2DF f, V2DF g, V2DF h, double x, V2DF i, V4SI j) {
  return a + b * 2 + c * 4 + d * 8 + e * 16 + f * 32 + g * 64 + h * 128 + x + i * 256 + j[3];
}
SV ABI(vec_struct)(SV s, SV2 t) {
  SV r = {s.v + (V4SI){t.a[0], t.a[1], t.b[2], t.b[3]}};
  return r;
}
// n V4SI arguments, then a V2SF: the sum of all their elements.
int ABI(vec_va)(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  int r = 0;
  for (int k = 0; k < n; k++) {
    V4SI v = __builtin_va_arg(ap, V4SI);
    r += v[0] + v[1] + v[2] + v[3];
  }
  V2SF f = __builtin_va_arg(ap, V2SF);
  __builtin_va_end(ap);
  return r + (int)(f[0] + f[1]);
}

// Calls the other side's vector functions: 0, or the line that failed.
int ABI(call_vectors)(void) {
  V4SI a = {1, 2, 3, 4};
  V4SI r = PEER(vec16)(a, (V4SF){0.5f, 10, 20, 30}, 3, (V2DF){7, 2});
  if (r[0] != 8 || r[1] != 21 || r[2] != 34 || r[3] != 47) return __LINE__;
  V2SF f = PEER(vec8)((V4HI){1, 2, 3, 4}, (V2SF){1.5f, -2}, 2.0);
  if (f[0] != 8 || f[1] != 1) return __LINE__;
  V2HI h = PEER(vec4)((V2HI){100, -100}, (V2QI){3, -4}, 5);
  if (h[0] != 85 || h[1] != -80) return __LINE__;
  V8SI w = PEER(vec32)((V8SI){1, 2, 3, 4, 5, 6, 7, 8}, 10, (V8SI){8, 7, 6, 5, 4, 3, 2, 1});
  if (w[0] != 2 || w[3] != 35 || w[7] != 79) return __LINE__;
  _Complex __int128 ci = PEER(cint128)(1, 1 + 2i, (__int128)1 << 70);
  if (__real__ ci != ((__int128)1 << 70) + 1 || __imag__ ci != (__int128)1 << 71) return __LINE__;
  SV8 s8 = PEER(vec32_struct)(2, (SV8){5, {1, 2, 3, 4, 5, 6, 7, 8}}, 3);
  if (sizeof s8 != 64 || s8.c != 7 || s8.v[0] != 3 || s8.v[7] != 24) return __LINE__;
  V2DF o = {1, 0.5};
  V2DF m = PEER(vec_many)(o, o, o, o, o, o, o, o, 1000, o, a);
  if (m[0] != 1515 || m[1] != 1259.5) return __LINE__;
  SV s = {a};
  SV2 t = {{10, 20, 30, 40}, {50, 60, 70, 80}};
  SV sr = PEER(vec_struct)(s, t);
  if (sr.v[0] != 11 || sr.v[1] != 22 || sr.v[2] != 73 || sr.v[3] != 84) return __LINE__;
  if (PEER(vec_va)(2, a, (V4SI){10, 20, 30, 40}, (V2SF){0.5f, 2.5f}) != 113) return __LINE__;
  if (PEER(vec_va)(9, a, a, a, a, a, a, a, a, a, (V2SF){1, 2}) != 93) return __LINE__;
  return 0;
}

// [GNU] __int128: two GPRs, low half first, or the stack, 16-byte
// aligned, when fewer than two are left (never one of each); returned in
// rax:rdx; a struct of one is passed like it, a larger one in memory.
// Each side checks the other's copies with ABI(check_int128).
typedef __int128 I128;
typedef unsigned __int128 U128;
typedef struct { I128 a; } SI128;
typedef struct { long a; I128 b; } SLI128;
typedef struct { char c; U128 u; } SCU128;
#define W128(h, l) (((U128)(unsigned long)(h) << 64) | (unsigned long)(l))

U128 PEER(u128_mul)(U128 a, U128 b);
I128 PEER(i128_sub)(int x, I128 a, I128 b);
int PEER(i128_late)(long a, long b, long c, long d, long e, I128 x, long f);
int PEER(i128_stack)(int a, I128 b, int c, I128 d, I128 e, int f, I128 g);
int PEER(i128_fp)(double a, I128 b, float c, long double d, U128 e);
SI128 PEER(echo_si128)(SI128 s);
SLI128 PEER(echo_sli128)(SLI128 s);
SCU128 PEER(echo_scu128)(int pad, SCU128 s);
I128 PEER(i128_va)(int n, ...);

U128 ABI(u128_mul)(U128 a, U128 b) { return a * b; }
I128 ABI(i128_sub)(int x, I128 a, I128 b) { return a - b + x; }
int ABI(i128_late)(long a, long b, long c, long d, long e, I128 x, long f) {
  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5) return 1;
  if (x != -(I128)W128(7, 8)) return 2;
  if (f != 9) return 3;
  return 0;
}
int ABI(i128_stack)(int a, I128 b, int c, I128 d, I128 e, int f, I128 g) {
  if (a != -1) return 1;
  if (b != (I128)W128(2, -2)) return 2;
  if (c != 3) return 3;
  if (d != -(I128)W128(4, 4)) return 4;
  if (e != (I128)W128(5, 0)) return 5;
  if (f != 6) return 6;
  if (g != (I128)W128(-7, 7)) return 7;
  return 0;
}
int ABI(i128_fp)(double a, I128 b, float c, long double d, U128 e) {
  if (a != 0.5 || c != 1.5f || d != 2.5L) return 1;
  if (b != (I128)W128(-1, 3)) return 2;
  if (e != W128(0x8000000000000000, 1)) return 3;
  return 0;
}
SI128 ABI(echo_si128)(SI128 s) { s.a += W128(1, 1); return s; }
SLI128 ABI(echo_sli128)(SLI128 s) { s.a += 1; s.b -= W128(2, 0); return s; }
SCU128 ABI(echo_scu128)(int pad, SCU128 s) { s.c += pad; s.u <<= 1; return s; }
// n values, alternately __int128 and int, summed.
I128 ABI(i128_va)(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  I128 r = 0;
  for (int i = 0; i < n; i++)
    r += i % 2 ? __builtin_va_arg(ap, int) : __builtin_va_arg(ap, I128);
  __builtin_va_end(ap);
  return r;
}

int ABI(check_int128)(void) {
  if (PEER(u128_mul)(W128(0, -1), W128(0, -1)) != W128(0xfffffffffffffffe, 1)) return __LINE__;
  if (PEER(i128_sub)(3, W128(1, 0), 1) != (I128)W128(1, 2)) return __LINE__;
  if (PEER(i128_late)(1, 2, 3, 4, 5, -(I128)W128(7, 8), 9)) return __LINE__;
  if (PEER(i128_stack)(-1, W128(2, -2), 3, -(I128)W128(4, 4), W128(5, 0), 6, W128(-7, 7))) return __LINE__;
  if (PEER(i128_fp)(0.5, W128(-1, 3), 1.5f, 2.5L, W128(0x8000000000000000, 1))) return __LINE__;
  SI128 s = {W128(1, -1)};
  s = PEER(echo_si128)(s);
  if (s.a != (I128)W128(3, 0)) return __LINE__;
  SLI128 t = {-1, W128(2, 5)};
  t = PEER(echo_sli128)(t);
  if (t.a != 0 || t.b != 5) return __LINE__;
  SCU128 u = {'a', W128(0x8000000000000001, 3)};
  u = PEER(echo_scu128)(1, u);
  if (u.c != 'b' || u.u != W128(2, 6)) return __LINE__;
  if (PEER(i128_va)(3, W128(1, -1), -1, (I128)2) != (I128)W128(2, 0)) return __LINE__;
  // Past the registers: 16-byte aligned stack slots after an odd int.
  if (PEER(i128_va)(7, (I128)1, 2, W128(3, 0), 4, W128(5, 0), 6, -(I128)W128(8, 13)) != 0) return __LINE__;
  return 0;
}
