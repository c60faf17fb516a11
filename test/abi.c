// flags: -Wno-psabi
#include "test.h"

// Cross-compiler ABI test.  Linked with abi_gcc.c, which is always compiled by
// gcc.  abi.h holds what the two share: the struct types, and the functions
// each side defines for the other to call, here as callee_*.

void qsort(void *base, unsigned long n, unsigned long size, int (*cmp)(const void *, const void *));

#define ABI(name) callee_##name
#define PEER(name) gcc_##name
#include "abi.h"

// Defined only in abi_gcc.c.
long gcc_misalign(void);
long gcc_apply8(long (*f)(int, int, int, int, int, int, int, int));
double gcc_apply_fp(double (*f)(double, float, int, long double));
SFFI gcc_apply_s(SFFI (*f)(SFFI));
SL3 gcc_apply_mem(SL3 (*f)(SL3));
double gcc_call_va_fp(double (*f)(const char *, ...));
long gcc_loop_calls(long (*f)(long), long n);
long (*gcc_get_fn(void))(long, long);
int run_gcc_callers(void);
int gcc_check_int128(void);

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

// code compiled by gcc calling back into this file
static void test_gcc_callers(void) {
  ASSERT(0, run_gcc_callers());
}

// integer arguments
static void test_int_args(void) {
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
}

// floating arguments
static void test_float_args(void) {
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
}

// mixed integer kinds and interleaved int/float beyond the registers
static void test_mixed_args(void) {
  int t = 4242;
  ASSERT(0, gcc_mix_int(-3, -1234, -123456789, 0x123456789abL, &t, 250, 65000, 4000000000U, -0x7edcba9876543210L, 1, -128));
  ASSERT(28000391180L, gcc_mix_sum(-1, -2, -3, -4, 250, 65000, 4000000000U, -5));
  ASSERT(28000391180L, gcc_mix_sum(255, 65534, -3, -4, 250, 65000, 4000000000U, 251));
  ASSERT(0, gcc_mix_fp(1, 2.5, 3.25f, -4000000000L, 5.125, -6, 7.5f, 8.75, -9, 10.0625, -11.5f, 12, 13.25, -14, 15.5f, 16.75, 17, -18.5, 0x1900000019L, 20.25f));
}

// narrow return values: the caller must extend them itself
static void test_narrow_returns(void) {
  char str[8] = "abcdefg";
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
}

// long double
static void test_long_double(void) {
  ASSERT(1, gcc_ld_add(1 + 0x1p-60L, 0x1p-61L) == 1 + 0x3p-61L);
  ASSERT(1, gcc_ld_mix(1, 2 + 0x1p-40L, 3, 4, 5.0f, 6) == 654321 + 10 * 0x1p-40L);
  ASSERT(1, gcc_ld_ret() == 1 + 0x1p-63L);
  ASSERT(1, gcc_ld_ret() != 1);
  ASSERT(0, gcc_ld_align(1, 2, 3, 4, 5, 6, 7, -3 - 0x1p-61L, 8));
  ASSERT(1, gcc_ld_to_d(1 + 0x1p-62L, 0.5, 2 + 0x1p-61L) == 2.5);
}

// structs passed and returned by value
static void test_struct_echo(void) {
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
  { SS5 s = {-300, 2, 30000, -4, 5}; SS5 e = gcc_echo_ss5(s); ASSERT(-299, e.a[0]); ASSERT(4, e.a[1]); ASSERT(30003, e.a[2]); ASSERT(0, e.a[3]); ASSERT(10, e.a[4]); }
  { SC13 s = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}; SC13 e = gcc_echo_sc13(s); ASSERT(2, e.a[0]); ASSERT(4, e.a[1]); ASSERT(6, e.a[2]); ASSERT(8, e.a[3]); ASSERT(10, e.a[4]); ASSERT(12, e.a[5]); ASSERT(14, e.a[6]); ASSERT(16, e.a[7]); ASSERT(18, e.a[8]); ASSERT(20, e.a[9]); ASSERT(22, e.a[10]); ASSERT(24, e.a[11]); ASSERT(26, e.a[12]); }
  { SC6 s = {-1, 2, -3, 4, -5, 6}; SC6 e = gcc_echo_sc6(s); ASSERT(0, e.a[0]); ASSERT(4, e.a[1]); ASSERT(0, e.a[2]); ASSERT(8, e.a[3]); ASSERT(0, e.a[4]); ASSERT(12, e.a[5]); }
  { SFC3 s = {0.5f, {-9, 8, -7}}; SFC3 e = gcc_echo_sfc3(s); ASSERT(1, e.a == 1.5f); ASSERT(-8, e.b[0]); ASSERT(10, e.b[1]); ASSERT(-4, e.b[2]); }
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
static void test_struct_make(void) {
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
}

// structs passed to scalar results
static void test_struct_take(void) {
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
}

// structs when the registers run out
static void test_struct_late(void) {
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
  SFF a = {1, 2}; SID b = {3, 4}; SDI c = {5, 6}; SLL d = {7, 8}; SIII e = {9, 1, 2}; SDD f = {3, 4}; SFI g = {5, 6}; SD h = {7};
  ASSERT(1, gcc_many_structs(a, b, c, d, e, f, g, h) == 7654321987654321.0);
}

// variadic functions compiled by gcc
static void test_variadic(void) {
  char buf[64];
  ASSERT(1, gcc_va("idlLdi", 1, 2.5, 3L, 4.0L, 5.0, 6) == 128456);
  ASSERT(1, gcc_va("iddiddiddiddiddi", 1, 2.0, 3.0, 4, 5.0, 6.0, 7, 8.0, 9.0, 1, 2.0, 3.0, 4, 5.0, 6.0, 7) == 1234567891234567.0);
  ASSERT(1, gcc_va("dddddddddd", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 0.5) == 1234567890.5);
  ASSERT(1, gcc_va("") == 0);
  ASSERT(13, gcc_va_sprintf(buf, "%d %g %s %Lg %c", 1, 2.5, "x", 3.5L, 'y'));
  ASSERT(0, strcmp(buf, "1 2.5 x 3.5 y"));
  gcc_va_sprintf(buf, "%g %g %g %g %g %g %g %g %g %d", 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, -9);
  ASSERT(0, strcmp(buf, "0.5 1.5 2.5 3.5 4.5 5.5 6.5 7.5 8.5 -9"));
}

// function pointers across the boundary
static void test_function_pointers(void) {
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
}

// libc calling back into this file
static void test_libc_callbacks(void) {
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

// __int128 arguments, results, structs and varargs, both ways.
static void test_int128(void) {
  ASSERT(0, callee_check_int128());
  ASSERT(0, gcc_check_int128());
}

// stack alignment at calls into gcc code
static void test_stack_alignment(void) {
  ASSERT(0, gcc_misalign());
  ASSERT(0, callee_misalign(4));
  ASSERT(123, gcc_i3(1, 2 + gcc_misalign(), 3));
  ASSERT(1234567890, gcc_i10(1, 2, 3, 4, 5, 6, 7, 8, 9 + gcc_misalign(), (int)gcc_misalign()));
  ASSERT(1, gcc_d10(1, 2, 3, 4, 5, 6, 7, 8, 9 + gcc_misalign(), 0.5) == 1234567890.5);
}

// GNU vectors both ways (abi.h's call_vectors).
static void test_vectors(void) {
  ASSERT(0, gcc_call_vectors());
  ASSERT(0, callee_call_vectors());
}

int main() {
  test_gcc_callers();
  test_vectors();
  test_int_args();
  test_float_args();
  test_mixed_args();
  test_narrow_returns();
  test_long_double();
  test_struct_echo();
  test_struct_make();
  test_struct_take();
  test_struct_late();
  test_variadic();
  test_function_pointers();
  test_libc_callbacks();
  test_stack_alignment();
  test_int128();
  test_done(__FILE__);
  return 0;
}
