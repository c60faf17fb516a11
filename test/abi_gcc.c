#include "test.h"

// Compiled by gcc and linked with abi.c (compiled by the compiler under test).
// abi.h holds what the two share; its functions are defined here as gcc_*.

#define ABI(name) gcc_##name
#define PEER(name) callee_##name
#include "abi.h"

// Defined only in abi.c.
long callee_misalign(int depth);

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
  { SS5 s = {-300, 2, 30000, -4, 5}; SS5 e = callee_echo_ss5(s); if (e.a[0] != -299 || e.a[1] != 4 || e.a[2] != 30003 || e.a[3] != 0 || e.a[4] != 10) return __LINE__ * 100; }
  { SC13 s = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}; SC13 e = callee_echo_sc13(s); if (e.a[0] != 2 || e.a[1] != 4 || e.a[2] != 6 || e.a[3] != 8 || e.a[4] != 10 || e.a[5] != 12 || e.a[6] != 14 || e.a[7] != 16 || e.a[8] != 18 || e.a[9] != 20 || e.a[10] != 22 || e.a[11] != 24 || e.a[12] != 26) return __LINE__ * 100; }
  { SC6 s = {-1, 2, -3, 4, -5, 6}; SC6 e = callee_echo_sc6(s); if (e.a[0] != 0 || e.a[1] != 4 || e.a[2] != 0 || e.a[3] != 8 || e.a[4] != 0 || e.a[5] != 12) return __LINE__ * 100; }
  { SFC3 s = {0.5f, {-9, 8, -7}}; SFC3 e = callee_echo_sfc3(s); if (!(e.a == 1.5f) || e.b[0] != -8 || e.b[1] != 10 || e.b[2] != -4) return __LINE__ * 100; }

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
