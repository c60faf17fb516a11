#include "test.h"
// Intel's SSE and SSE2 intrinsics (include/xmmintrin.h, emmintrin.h),
// <x86intrin.h>'s scalar ones and <cpuid.h>.  Built by gcc (make test-gcc),
// the same checks run on gcc's own headers.  Expected values are worked out
// by hand from Intel's descriptions of the instructions.
#include <x86intrin.h>
#include <cpuid.h>
#include <math.h>

static int i32(__m128i a, int i) {
  int x[4];
  _mm_storeu_si128((__m128i *)x, a);
  return x[i];
}
static int i16(__m128i a, int i) {
  short x[8];
  _mm_storeu_si128((__m128i *)x, a);
  return x[i];
}
static int u8(__m128i a, int i) {
  unsigned char x[16];
  _mm_storeu_si128((__m128i *)x, a);
  return x[i];
}
static long long i64(__m128i a, int i) {
  long long x[2];
  _mm_storeu_si128((__m128i *)x, a);
  return x[i];
}
static float f32(__m128 a, int i) {
  float x[4];
  _mm_storeu_ps(x, a);
  return x[i];
}
static double f64(__m128d a, int i) {
  double x[2];
  _mm_storeu_pd(x, a);
  return x[i];
}
// The bits of a float, to check comparison masks.
static unsigned bits(__m128 a, int i) { return i32(_mm_castps_si128(a), i); }

static void sse_set_load_store(void) {
  __m128 a = _mm_set_ps(4, 3, 2, 1);
  ASSERT(1, f32(a, 0));
  ASSERT(4, f32(a, 3));
  a = _mm_setr_ps(1, 2, 3, 4);
  ASSERT(2, f32(a, 1));
  ASSERT(7, f32(_mm_set1_ps(7), 2));
  ASSERT(0, f32(_mm_set_ss(5), 1));
  ASSERT(5, f32(_mm_set_ss(5), 0));
  ASSERT(0, f32(_mm_setzero_ps(), 3));
  float buf[9] __attribute__((aligned(16))) = {10, 11, 12, 13, 14, 15, 16, 17, 18};
  ASSERT(11, f32(_mm_load_ps(buf), 1));
  ASSERT(12, f32(_mm_loadu_ps(buf + 1), 1));
  ASSERT(13, f32(_mm_loadr_ps(buf), 0));
  ASSERT(10, f32(_mm_load1_ps(buf), 3));
  ASSERT(10, f32(_mm_load_ss(buf), 0));
  ASSERT(0, f32(_mm_load_ss(buf), 1));
  _mm_storeu_ps(buf + 1, a);
  ASSERT(10, buf[0]);
  ASSERT(4, buf[4]);
  _mm_store_ps(buf + 4, a);
  ASSERT(1, buf[4]);
  _mm_storer_ps(buf, a);
  ASSERT(4, buf[0]);
  ASSERT(1, buf[3]);
  _mm_store_ss(buf + 8, a);
  ASSERT(1, buf[8]);
  _mm_store1_ps(buf, _mm_set_ss(9));
  ASSERT(9, buf[3]);
  ASSERT(3, _mm_cvtss_f32(_mm_move_ss(a, _mm_set_ss(3))));
  ASSERT(2, f32(_mm_move_ss(a, _mm_set_ss(3)), 1));
  __m128 b = _mm_setr_ps(5, 6, 7, 8);
  ASSERT(7, f32(_mm_movehl_ps(a, b), 0));
  ASSERT(4, f32(_mm_movehl_ps(a, b), 3));
  ASSERT(2, f32(_mm_movelh_ps(a, b), 1));
  ASSERT(6, f32(_mm_movelh_ps(a, b), 3));
  __m64 half;
  _mm_storeh_pi(&half, b);
  ASSERT(7, f32(_mm_loadl_pi(a, &half), 0));
  ASSERT(3, f32(_mm_loadl_pi(a, &half), 2));
  ASSERT(8, f32(_mm_loadh_pi(a, &half), 3));
  _mm_storel_pi(&half, b);
  ASSERT(6, f32(_mm_loadh_pi(a, &half), 3));
}

static void sse_arithmetic(void) {
  __m128 a = _mm_setr_ps(1, 4, 9, 16), b = _mm_setr_ps(2, 2, 3, -4);
  ASSERT(13, f32(_mm_add_ps(a, b), 3) + 1);
  ASSERT(6, f32(_mm_sub_ps(a, b), 2));
  ASSERT(-64, f32(_mm_mul_ps(a, b), 3));
  ASSERT(2, f32(_mm_div_ps(a, b), 1));
  ASSERT(3, f32(_mm_add_ss(a, b), 0));
  ASSERT(4, f32(_mm_add_ss(a, b), 1));
  ASSERT(-1, f32(_mm_sub_ss(a, b), 0));
  ASSERT(2, f32(_mm_mul_ss(a, b), 0));
  ASSERT(16, f32(_mm_div_ss(a, b), 3));
  ASSERT(3, f32(_mm_sqrt_ps(a), 2));
  ASSERT(1, f32(_mm_sqrt_ss(a), 0));
  ASSERT(4, f32(_mm_sqrt_ss(a), 1));
  // rcp and rsqrt are approximations good to 1.5 * 2^-12.
  ASSERT(1, fabsf(f32(_mm_rcp_ps(a), 1) - 0.25f) < 0.001f);
  ASSERT(1, fabsf(f32(_mm_rsqrt_ps(a), 3) - 0.25f) < 0.001f);
  ASSERT(1, fabsf(f32(_mm_rcp_ss(b), 0) - 0.5f) < 0.001f);
  ASSERT(1, fabsf(f32(_mm_rsqrt_ss(a), 0) - 1) < 0.001f);
  ASSERT(-4, f32(_mm_min_ps(a, b), 3));
  ASSERT(4, f32(_mm_max_ps(a, b), 1));
  ASSERT(1, f32(_mm_min_ss(a, b), 0));
  ASSERT(2, f32(_mm_max_ss(a, b), 0));
  ASSERT(9, f32(_mm_max_ss(a, b), 2));
  // With a NaN, minps and maxps answer their second operand.
  __m128 n = _mm_set1_ps(NAN);
  ASSERT(2, f32(_mm_min_ps(n, b), 0));
  ASSERT(1, isnan(f32(_mm_max_ps(b, n), 0)));
}

static void sse_bitwise_compare(void) {
  __m128 a = _mm_setr_ps(1, 2, 3, NAN), b = _mm_setr_ps(1, 3, 2, 0);
  ASSERT(0x80000000u, bits(_mm_and_ps(_mm_set1_ps(-1), _mm_set1_ps(-0.0f)), 0));
  ASSERT(0x3f800000, bits(_mm_andnot_ps(_mm_set1_ps(-0.0f), _mm_set1_ps(-1)), 2));
  ASSERT(-2, f32(_mm_or_ps(_mm_set1_ps(2), _mm_set1_ps(-0.0f)), 1));
  ASSERT(2, f32(_mm_xor_ps(_mm_set1_ps(-2), _mm_set1_ps(-0.0f)), 1));
  ASSERT(0x1, _mm_movemask_ps(_mm_cmpeq_ps(a, b)));
  ASSERT(0x2, _mm_movemask_ps(_mm_cmplt_ps(a, b)));
  ASSERT(0x3, _mm_movemask_ps(_mm_cmple_ps(a, b)));
  ASSERT(0x4, _mm_movemask_ps(_mm_cmpgt_ps(a, b)));
  ASSERT(0x5, _mm_movemask_ps(_mm_cmpge_ps(a, b)));
  ASSERT(0xe, _mm_movemask_ps(_mm_cmpneq_ps(a, b)));
  ASSERT(0xd, _mm_movemask_ps(_mm_cmpnlt_ps(a, b)));
  ASSERT(0xc, _mm_movemask_ps(_mm_cmpnle_ps(a, b)));
  ASSERT(0xb, _mm_movemask_ps(_mm_cmpngt_ps(a, b)));
  ASSERT(0xa, _mm_movemask_ps(_mm_cmpnge_ps(a, b)));
  ASSERT(0x7, _mm_movemask_ps(_mm_cmpord_ps(a, b)));
  ASSERT(0x8, _mm_movemask_ps(_mm_cmpunord_ps(a, b)));
  // The _ss forms: the lowest element compared, the rest of a kept.
  __m128 c = _mm_setr_ps(5, -1, 7, 8);
  ASSERT(0xffffffffu, bits(_mm_cmpgt_ss(c, b), 0));
  ASSERT(-1, f32(_mm_cmpgt_ss(c, b), 1));
  ASSERT(0, bits(_mm_cmplt_ss(c, b), 0));
  ASSERT(8, f32(_mm_cmpge_ss(c, b), 3));
  ASSERT(0xffffffffu, bits(_mm_cmpneq_ss(c, b), 0));
  ASSERT(0, bits(_mm_cmpeq_ss(c, b), 0));
  ASSERT(0, bits(_mm_cmpunord_ss(c, b), 0));
  ASSERT(0xffffffffu, bits(_mm_cmpnge_ss(b, c), 0));
  ASSERT(1, _mm_comieq_ss(a, b));
  ASSERT(0, _mm_comilt_ss(a, b));
  ASSERT(1, _mm_comile_ss(a, b));
  ASSERT(1, _mm_comigt_ss(c, b));
  ASSERT(1, _mm_comige_ss(c, b));
  ASSERT(0, _mm_comineq_ss(a, b));
  ASSERT(1, _mm_ucomilt_ss(b, c));
  ASSERT(1, _mm_ucomineq_ss(b, c));
}

static void sse_convert_shuffle(void) {
  ASSERT(2, _mm_cvtss_si32(_mm_set_ss(2.5f)));
  ASSERT(4, _mm_cvtss_si32(_mm_set_ss(3.5f)));
  ASSERT(-3, _mm_cvttss_si32(_mm_set_ss(-3.9f)));
  ASSERT(-2147483647 - 1, _mm_cvttss_si32(_mm_set_ss(1e10f)));
  ASSERT(10000000000LL == _mm_cvtss_si64(_mm_set_ss(1e10f)), 1);
  ASSERT(-7, _mm_cvttss_si64(_mm_set_ss(-7.75f)));
  ASSERT(-6, f32(_mm_cvtsi32_ss(_mm_set1_ps(1), -6), 0));
  ASSERT(1, f32(_mm_cvtsi32_ss(_mm_set1_ps(1), -6), 1));
  ASSERT(1099511627776.0f == f32(_mm_cvtsi64_ss(_mm_setzero_ps(), 1LL << 40), 0), 1);
  // Rounding by MXCSR: down, then back to nearest.
  unsigned csr = _mm_getcsr();
  _MM_SET_ROUNDING_MODE(_MM_ROUND_DOWN);
  ASSERT(_MM_ROUND_DOWN, _MM_GET_ROUNDING_MODE());
  ASSERT(-3, _mm_cvtss_si32(_mm_set_ss(-2.5f)));
  ASSERT(2, _mm_cvtss_si32(_mm_set_ss(2.9f)));
  _mm_setcsr(csr);
  ASSERT(-2, _mm_cvtss_si32(_mm_set_ss(-2.5f)));

  __m128 a = _mm_setr_ps(1, 2, 3, 4), b = _mm_setr_ps(5, 6, 7, 8);
  __m128 s = _mm_shuffle_ps(a, b, _MM_SHUFFLE(3, 2, 1, 0));
  ASSERT(1, f32(s, 0));
  ASSERT(2, f32(s, 1));
  ASSERT(7, f32(s, 2));
  ASSERT(8, f32(s, 3));
  s = _mm_shuffle_ps(a, b, _MM_SHUFFLE(0, 1, 2, 3));
  ASSERT(4, f32(s, 0));
  ASSERT(3, f32(s, 1));
  ASSERT(6, f32(s, 2));
  ASSERT(5, f32(s, 3));
  ASSERT(5, f32(_mm_unpacklo_ps(a, b), 1));
  ASSERT(2, f32(_mm_unpacklo_ps(a, b), 2));
  ASSERT(3, f32(_mm_unpackhi_ps(a, b), 0));
  ASSERT(8, f32(_mm_unpackhi_ps(a, b), 3));
  ASSERT(0xa, _mm_movemask_ps(_mm_setr_ps(1, -1, 0, -0.0f)));
  __m128 r0 = a, r1 = b, r2 = _mm_setr_ps(9, 10, 11, 12), r3 = _mm_setr_ps(13, 14, 15, 16);
  _MM_TRANSPOSE4_PS(r0, r1, r2, r3);
  ASSERT(5, f32(r0, 1));
  ASSERT(14, f32(r1, 3));
  ASSERT(11, f32(r2, 2));
  ASSERT(4, f32(r3, 0));
}

static void sse_misc(void) {
  float *p = _mm_malloc(64, 64);
  ASSERT(0, (unsigned long)p % 64);
  _mm_prefetch((char *)p, _MM_HINT_T0);
  _mm_stream_ps(p, _mm_set1_ps(3));
  _mm_sfence();
  ASSERT(3, p[2]);
  _mm_free(p);
  _mm_pause();
  ASSERT(0x1f80, _MM_GET_EXCEPTION_MASK());
  ASSERT(0, _MM_GET_FLUSH_ZERO_MODE());
}

static void sse2_double(void) {
  __m128d a = _mm_set_pd(2, 1), b = _mm_setr_pd(4, -9);
  ASSERT(1, f64(a, 0));
  ASSERT(2, f64(a, 1));
  ASSERT(-9, f64(b, 1));
  ASSERT(6, f64(_mm_set1_pd(6), 1));
  ASSERT(0, f64(_mm_set_sd(6), 1));
  ASSERT(0, f64(_mm_setzero_pd(), 0));
  ASSERT(4, _mm_cvtsd_f64(_mm_move_sd(a, b)));
  ASSERT(2, f64(_mm_move_sd(a, b), 1));
  double buf[5] __attribute__((aligned(16))) = {1, 2, 3, 4, 5};
  ASSERT(2, f64(_mm_load_pd(buf), 1));
  ASSERT(3, f64(_mm_loadu_pd(buf + 1), 1));
  ASSERT(2, f64(_mm_loadr_pd(buf), 0));
  ASSERT(5, f64(_mm_load1_pd(buf + 4), 1));
  ASSERT(0, f64(_mm_load_sd(buf + 4), 1));
  ASSERT(5, f64(_mm_loadh_pd(a, buf + 4), 1));
  ASSERT(1, f64(_mm_loadh_pd(a, buf + 4), 0));
  ASSERT(5, f64(_mm_loadl_pd(a, buf + 4), 0));
  _mm_storeu_pd(buf + 1, b);
  ASSERT(-9, buf[2]);
  _mm_store_pd(buf, a);
  ASSERT(2, buf[1]);
  _mm_storer_pd(buf, a);
  ASSERT(2, buf[0]);
  _mm_store_sd(buf + 4, b);
  ASSERT(4, buf[4]);
  _mm_storeh_pd(buf + 4, b);
  ASSERT(-9, buf[4]);
  _mm_storel_pd(buf + 3, b);
  ASSERT(4, buf[3]);
  _mm_store1_pd(buf, b);
  ASSERT(4, buf[1]);

  ASSERT(-7, f64(_mm_add_pd(a, b), 1));
  ASSERT(-3, f64(_mm_sub_pd(a, b), 0));
  ASSERT(-18, f64(_mm_mul_pd(a, b), 1));
  ASSERT(4, f64(_mm_div_pd(b, a), 0));
  ASSERT(5, f64(_mm_add_sd(a, b), 0));
  ASSERT(2, f64(_mm_add_sd(a, b), 1));
  ASSERT(3, f64(_mm_sub_sd(b, a), 0));
  ASSERT(4, f64(_mm_mul_sd(a, b), 0));
  ASSERT(-9, f64(_mm_div_sd(b, a), 1));
  ASSERT(3, f64(_mm_sqrt_pd(_mm_set1_pd(9)), 1));
  ASSERT(2, f64(_mm_sqrt_sd(a, b), 0));
  ASSERT(2, f64(_mm_sqrt_sd(a, b), 1));
  ASSERT(-9, f64(_mm_min_pd(a, b), 1));
  ASSERT(4, f64(_mm_max_pd(a, b), 0));
  ASSERT(1, f64(_mm_min_sd(a, b), 0));
  ASSERT(4, f64(_mm_max_sd(a, b), 0));
  ASSERT(2, f64(_mm_max_sd(a, b), 1));
  ASSERT(4, f64(_mm_min_pd(_mm_set1_pd(NAN), b), 0));
  ASSERT(-1, f64(_mm_or_pd(_mm_set1_pd(1), _mm_set1_pd(-0.0)), 0));
  ASSERT(1, f64(_mm_and_pd(_mm_set1_pd(-1), _mm_set1_pd(1)), 1));
  ASSERT(1, f64(_mm_andnot_pd(_mm_set1_pd(-0.0), _mm_set1_pd(-1)), 1));
  ASSERT(-3, f64(_mm_xor_pd(_mm_set1_pd(3), _mm_set1_pd(-0.0)), 0));

  __m128d c = _mm_setr_pd(1, NAN), d = _mm_setr_pd(2, 0);
  ASSERT(0x1, _mm_movemask_pd(_mm_cmplt_pd(c, d)));
  ASSERT(0x1, _mm_movemask_pd(_mm_cmple_pd(c, d)));
  ASSERT(0x0, _mm_movemask_pd(_mm_cmpgt_pd(c, d)));
  ASSERT(0x0, _mm_movemask_pd(_mm_cmpge_pd(c, d)));
  ASSERT(0x0, _mm_movemask_pd(_mm_cmpeq_pd(c, d)));
  ASSERT(0x3, _mm_movemask_pd(_mm_cmpneq_pd(c, d)));
  ASSERT(0x2, _mm_movemask_pd(_mm_cmpnlt_pd(c, d)));
  ASSERT(0x2, _mm_movemask_pd(_mm_cmpnle_pd(c, d)));
  ASSERT(0x3, _mm_movemask_pd(_mm_cmpngt_pd(c, d)));
  ASSERT(0x3, _mm_movemask_pd(_mm_cmpnge_pd(c, d)));
  ASSERT(0x1, _mm_movemask_pd(_mm_cmpord_pd(c, d)));
  ASSERT(0x2, _mm_movemask_pd(_mm_cmpunord_pd(c, d)));
  ASSERT(0x1, _mm_movemask_pd(_mm_cmpgt_sd(d, _mm_set1_pd(-5))));
  ASSERT(0x0, _mm_movemask_pd(_mm_cmpeq_sd(d, c)));
  ASSERT(0x2, _mm_movemask_pd(_mm_cmpge_sd(_mm_set1_pd(-1), c)));
  ASSERT(1, _mm_comilt_sd(c, d));
  ASSERT(0, _mm_comigt_sd(c, d));
  ASSERT(1, _mm_comineq_sd(c, d));
  ASSERT(0, _mm_ucomige_sd(c, d));
  ASSERT(1, _mm_ucomile_sd(c, d));

  ASSERT(4, f64(_mm_unpacklo_pd(a, b), 1));
  ASSERT(2, f64(_mm_unpackhi_pd(a, b), 0));
  ASSERT(-9, f64(_mm_unpackhi_pd(a, b), 1));
  ASSERT(2, f64(_mm_shuffle_pd(a, b, 1), 0));
  ASSERT(4, f64(_mm_shuffle_pd(a, b, 1), 1));
  ASSERT(1, f64(_mm_shuffle_pd(a, b, 2), 0));
  ASSERT(-9, f64(_mm_shuffle_pd(a, b, 2), 1));
}

static void sse2_convert(void) {
  __m128i n = _mm_setr_epi32(1, -2, 3, 2000000000);
  ASSERT(-2, f32(_mm_cvtepi32_ps(n), 1));
  ASSERT(2000000000.0f == f32(_mm_cvtepi32_ps(n), 3), 1);
  ASSERT(-2, f64(_mm_cvtepi32_pd(n), 1));
  __m128 f = _mm_setr_ps(1.5f, -2.5f, 1e10f, 7.7f);
  ASSERT(2, i32(_mm_cvtps_epi32(f), 0));
  ASSERT(-2, i32(_mm_cvtps_epi32(f), 1));
  ASSERT(-2147483647 - 1, i32(_mm_cvtps_epi32(f), 2));
  ASSERT(8, i32(_mm_cvtps_epi32(f), 3));
  ASSERT(7, i32(_mm_cvttps_epi32(f), 3));
  ASSERT(-2, i32(_mm_cvttps_epi32(f), 1));
  ASSERT(1.5, f64(_mm_cvtps_pd(f), 0));
  __m128d d = _mm_setr_pd(-0.5, 3.75);
  ASSERT(0, i32(_mm_cvtpd_epi32(d), 0));
  ASSERT(4, i32(_mm_cvtpd_epi32(d), 1));
  ASSERT(0, i32(_mm_cvtpd_epi32(d), 2));
  ASSERT(3, i32(_mm_cvttpd_epi32(d), 1));
  ASSERT(3.75f == f32(_mm_cvtpd_ps(d), 1), 1);
  ASSERT(0, f32(_mm_cvtpd_ps(d), 2));
  ASSERT(4, _mm_cvtsd_si32(_mm_set_sd(4.5)));
  ASSERT(-4, _mm_cvttsd_si32(_mm_set_sd(-4.5)));
  ASSERT(1, _mm_cvtsd_si64(_mm_set_sd(6e18)) == 6000000000000000000LL);
  ASSERT(-5, _mm_cvttsd_si64(_mm_set_sd(-5.99)));
  ASSERT(5, _mm_cvtsd_si64x(_mm_set_sd(4.5)) + 1);
  ASSERT(2.5, f32(_mm_cvtsd_ss(_mm_set1_ps(9), _mm_set_sd(2.5)), 0));
  ASSERT(9, f32(_mm_cvtsd_ss(_mm_set1_ps(9), _mm_set_sd(2.5)), 1));
  ASSERT(-1.5, f64(_mm_cvtss_sd(_mm_set1_pd(9), _mm_set_ss(-1.5f)), 0));
  ASSERT(-8, f64(_mm_cvtsi32_sd(_mm_set1_pd(9), -8), 0));
  ASSERT(9, f64(_mm_cvtsi32_sd(_mm_set1_pd(9), -8), 1));
  ASSERT(1, f64(_mm_cvtsi64_sd(_mm_setzero_pd(), 1LL << 60), 0) == 1152921504606846976.0);
  ASSERT(0x3ff00000, i32(_mm_castpd_si128(_mm_set1_pd(1)), 1));
  ASSERT(1, f64(_mm_castsi128_pd(_mm_set1_epi64x(0x3ff0000000000000LL)), 1));
  ASSERT(0x3f800000, i32(_mm_castps_si128(_mm_set1_ps(1)), 3));
  ASSERT(1, f32(_mm_castsi128_ps(_mm_set1_epi32(0x3f800000)), 0));
  ASSERT(1, f32(_mm_castpd_ps(_mm_castps_pd(_mm_set1_ps(1))), 2));
}

static void sse2_int_set_load_store(void) {
  __m128i a = _mm_set_epi32(4, 3, 2, 1);
  ASSERT(1, i32(a, 0));
  ASSERT(4, i32(a, 3));
  ASSERT(3, i32(_mm_setr_epi32(1, 2, 3, 4), 2));
  ASSERT(-7, i16(_mm_set_epi16(0, 0, 0, 0, 0, -7, 0, 0), 2));
  ASSERT(5, i16(_mm_setr_epi16(0, 0, 0, 0, 0, 5, 0, 0), 5));
  ASSERT(9, u8(_mm_set_epi8(9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1), 15));
  ASSERT(1, u8(_mm_set_epi8(9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1), 0));
  ASSERT(9, u8(_mm_setr_epi8(9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1), 0));
  ASSERT(0xff, u8(_mm_set1_epi8(-1), 7));
  ASSERT(-3, i16(_mm_set1_epi16(-3), 6));
  ASSERT(-3, i32(_mm_set1_epi32(-3), 1));
  ASSERT(1, i64(_mm_set1_epi64x(1LL << 40), 1) == 1LL << 40);
  ASSERT(5, i64(_mm_set_epi64x(5, 6), 1));
  ASSERT(0, i64(_mm_setzero_si128(), 1));
  ASSERT(-9, _mm_cvtsi128_si32(_mm_cvtsi32_si128(-9)));
  ASSERT(0, i32(_mm_cvtsi32_si128(-9), 1));
  ASSERT(1, _mm_cvtsi128_si64(_mm_cvtsi64_si128(-1LL << 50)) == -1LL << 50);
  ASSERT(0, i64(_mm_cvtsi64_si128(-1), 1));
  ASSERT(0, i64(_mm_move_epi64(_mm_set1_epi64x(3)), 1));
  ASSERT(3, i64(_mm_move_epi64(_mm_set1_epi64x(3)), 0));

  unsigned char buf[40] __attribute__((aligned(16)));
  for (int i = 0; i < 40; i++)
    buf[i] = i;
  ASSERT(0x13121110, i32(_mm_load_si128((__m128i *)(buf + 16)), 0));
  ASSERT(0x0c0b0a09, i32(_mm_loadu_si128((__m128i *)(buf + 9)), 0));
  ASSERT(0x08070605, i32(_mm_loadl_epi64((__m128i *)(buf + 1)), 1));
  ASSERT(0, i32(_mm_loadl_epi64((__m128i *)(buf + 1)), 2));
  ASSERT(0x0a090807, i32(_mm_loadu_si64(buf + 3), 1));
  ASSERT(0, i32(_mm_loadu_si32(buf + 3), 1));
  ASSERT(0x06050403, i32(_mm_loadu_si32(buf + 3), 0));
  ASSERT(0x0403, i32(_mm_loadu_si16(buf + 3), 0));
  _mm_storeu_si128((__m128i *)(buf + 1), _mm_set1_epi8(-1));
  ASSERT(0, buf[0]);
  ASSERT(255, buf[16]);
  ASSERT(17, buf[17]);
  _mm_store_si128((__m128i *)(buf + 16), _mm_set1_epi8(2));
  ASSERT(2, buf[31]);
  _mm_storel_epi64((__m128i *)(buf + 3), _mm_set1_epi8(7));
  ASSERT(7, buf[10]);
  ASSERT(255, buf[11]);
  _mm_storeu_si32(buf + 20, _mm_set1_epi8(8));
  ASSERT(8, buf[23]);
  ASSERT(2, buf[24]);
  _mm_storeu_si16(buf + 25, _mm_set1_epi8(9));
  ASSERT(9, buf[26]);
  ASSERT(2, buf[27]);
  _mm_storeu_si64(buf + 32, _mm_set1_epi8(5));
  ASSERT(5, buf[39]);
  _mm_stream_si128((__m128i *)buf, _mm_set1_epi8(6));
  int n;
  long long ll;
  _mm_stream_si32(&n, 42);
  _mm_stream_si64(&ll, -42);
  _mm_mfence();
  ASSERT(6, buf[15]);
  ASSERT(42, n);
  ASSERT(-42, ll);
  _mm_maskmoveu_si128(_mm_set1_epi8(1), _mm_setr_epi8(-1, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -128), (char *)buf);
  _mm_lfence();
  ASSERT(1, buf[0]);
  ASSERT(6, buf[1]);
  ASSERT(1, buf[2]);
  ASSERT(1, buf[15]);
  _mm_clflush(buf);
}

static void sse2_int_arithmetic(void) {
  __m128i a = _mm_setr_epi16(32767, -32768, 100, -1, 0, 1, 2, 3);
  __m128i b = _mm_setr_epi16(1, -1, 200, -1, 5, 6, 7, 8);
  ASSERT(-32768, i16(_mm_add_epi16(a, b), 0));
  ASSERT(32767, i16(_mm_adds_epi16(a, b), 0));
  ASSERT(-32768, i16(_mm_adds_epi16(a, b), 1));
  ASSERT(-32767, i16(_mm_sub_epi16(a, b), 1));
  ASSERT(32767, i16(_mm_subs_epi16(a, _mm_set1_epi16(-1)), 0));
  ASSERT(-1, i16(_mm_adds_epu16(a, b), 3));
  ASSERT(0, i16(_mm_subs_epu16(b, a), 0) + i16(_mm_subs_epu16(a, b), 3));
  ASSERT(20000, i16(_mm_mullo_epi16(a, b), 2));
  ASSERT(0, i16(_mm_mulhi_epi16(a, b), 2));
  ASSERT(-1, i16(_mm_mulhi_epi16(_mm_set1_epi16(-2), _mm_set1_epi16(3)), 5));
  ASSERT(2, i16(_mm_mulhi_epu16(_mm_set1_epi16(-2), _mm_set1_epi16(3)), 5));
  ASSERT(32767 * 1 + -32768 * -1, i32(_mm_madd_epi16(a, b), 0));
  ASSERT(20000 + 1, i32(_mm_madd_epi16(a, b), 1));
  ASSERT(1, i64(_mm_mul_epu32(_mm_set1_epi32(-1), _mm_set1_epi32(2)), 1) == 0x1fffffffeLL);
  ASSERT(-32768, i16(_mm_min_epi16(a, b), 1));
  ASSERT(200, i16(_mm_max_epi16(a, b), 2));
  ASSERT(1, i32(_mm_add_epi32(_mm_set1_epi32(-1), _mm_set1_epi32(2)), 3));
  ASSERT(-3, i32(_mm_sub_epi32(_mm_set1_epi32(-1), _mm_set1_epi32(2)), 3));
  ASSERT(1, i64(_mm_add_epi64(_mm_set1_epi64x(0x7fffffffffffffffLL), _mm_set1_epi64x(1)), 0) == (long long)(1ULL << 63));
  ASSERT(1, i64(_mm_sub_epi64(_mm_set1_epi64x(0), _mm_set1_epi64x(1)), 1) == -1);

  __m128i c = _mm_setr_epi8(127, -128, 100, -1, 0, 5, 10, 20, 1, 2, 3, 4, 5, 6, 7, 8);
  __m128i d = _mm_set1_epi8(100);
  ASSERT(227 - 256 + 256, u8(_mm_add_epi8(c, d), 0));
  ASSERT(127, u8(_mm_adds_epi8(c, d), 0));
  ASSERT(28, u8(_mm_sub_epi8(c, d), 1));
  ASSERT(128, u8(_mm_subs_epi8(c, d), 1));
  ASSERT(200, u8(_mm_adds_epu8(c, d), 2));
  ASSERT(255, u8(_mm_adds_epu8(c, d), 3));
  ASSERT(0, u8(_mm_subs_epu8(c, d), 4));
  ASSERT(27, u8(_mm_subs_epu8(c, d), 0));
  ASSERT(100, u8(_mm_avg_epu8(c, d), 2));
  ASSERT(53, u8(_mm_avg_epu8(c, d), 5));
  ASSERT(114, u8(_mm_avg_epu8(c, d), 0));
  ASSERT(1, i16(_mm_avg_epu16(_mm_set1_epi16(1), _mm_set1_epi16(0)), 0));
  ASSERT(255, u8(_mm_max_epu8(c, d), 3));
  ASSERT(100, u8(_mm_min_epu8(c, d), 3));
  // |127-100| + |128-100| + 0 + |255-100| + 100 + 95 + 90 + 80 = 575; the
  // upper eight bytes 99+98+...+92 = 764.
  ASSERT(575, i64(_mm_sad_epu8(c, d), 0));
  ASSERT(764, i64(_mm_sad_epu8(c, d), 1));
}

static void sse2_int_logic_shift(void) {
  __m128i a = _mm_set1_epi32(0x0ff0f00f), b = _mm_set1_epi32(0x00ffff00);
  ASSERT(0x00f0f000, i32(_mm_and_si128(a, b), 0));
  ASSERT(0x000f0f00, i32(_mm_andnot_si128(a, b), 1));
  ASSERT(0x0fffff0f, i32(_mm_or_si128(a, b), 2));
  ASSERT(0x0f0f0f0f, i32(_mm_xor_si128(a, b), 3));
  __m128i c = _mm_setr_epi8(1, 2, 3, -4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, -16);
  __m128i d = _mm_setr_epi8(1, 0, 4, -4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  ASSERT(0x0009, _mm_movemask_epi8(_mm_cmpeq_epi8(c, d)));
  ASSERT(0x7ff2, _mm_movemask_epi8(_mm_cmpgt_epi8(c, d)));
  ASSERT(0x8004, _mm_movemask_epi8(_mm_cmplt_epi8(c, d)));
  __m128i e = _mm_setr_epi16(1, -1, 3, 4, 5, 6, 7, 8), f = _mm_setr_epi16(1, 1, 1, 1, 9, 9, 9, 9);
  ASSERT(0x0003, _mm_movemask_epi8(_mm_cmpeq_epi16(e, f)));
  ASSERT(0x00f0, _mm_movemask_epi8(_mm_cmpgt_epi16(e, f)));
  ASSERT(0xff0c, _mm_movemask_epi8(_mm_cmplt_epi16(e, f)));
  __m128i g = _mm_setr_epi32(-1, 2, 3, 4), h = _mm_setr_epi32(0, 2, 1, 5);
  ASSERT(0x00f0, _mm_movemask_epi8(_mm_cmpeq_epi32(g, h)));
  ASSERT(0x0f00, _mm_movemask_epi8(_mm_cmpgt_epi32(g, h)));
  ASSERT(0xf00f, _mm_movemask_epi8(_mm_cmplt_epi32(g, h)));

  __m128i s = _mm_setr_epi16(-2, 0x1234, 1, 0, 0, 0, 0, 0);
  ASSERT(-8, i16(_mm_slli_epi16(s, 2), 0));
  ASSERT(0x3fff, i16(_mm_srli_epi16(s, 2), 0));
  ASSERT(-1, i16(_mm_srai_epi16(s, 2), 0));
  ASSERT(0, i16(_mm_slli_epi16(s, 16), 1));
  ASSERT(0, i16(_mm_srli_epi16(s, 40), 1));
  ASSERT(-1, i16(_mm_srai_epi16(s, 99), 0));
  ASSERT(0, i16(_mm_srai_epi16(s, 99), 1));
  ASSERT(0x2340, i16(_mm_sll_epi16(s, _mm_cvtsi32_si128(4)), 1));
  ASSERT(0x0123, i16(_mm_srl_epi16(s, _mm_cvtsi32_si128(4)), 1));
  ASSERT(-1, i16(_mm_sra_epi16(s, _mm_cvtsi32_si128(4)), 0));
  __m128i t = _mm_setr_epi32(-16, 0x10000, 0, 0);
  ASSERT(-4, i32(_mm_srai_epi32(t, 2), 0));
  ASSERT(0x3ffffffc, i32(_mm_srli_epi32(t, 2), 0));
  ASSERT(0x40000, i32(_mm_slli_epi32(t, 2), 1));
  ASSERT(-1, i32(_mm_sra_epi32(t, _mm_cvtsi32_si128(40)), 0));
  ASSERT(0x100000, i32(_mm_sll_epi32(t, _mm_cvtsi32_si128(4)), 1));
  ASSERT(0x1000, i32(_mm_srl_epi32(t, _mm_cvtsi32_si128(4)), 1));
  __m128i q = _mm_set1_epi64x(0x8000000000000001LL);
  ASSERT(1, i64(_mm_slli_epi64(q, 1), 0) == 2);
  ASSERT(1, i64(_mm_srli_epi64(q, 63), 1) == 1);
  ASSERT(1, i64(_mm_sll_epi64(q, _mm_cvtsi32_si128(64)), 1) == 0);
  ASSERT(1, i64(_mm_srl_epi64(q, _mm_cvtsi32_si128(4)), 1) == 0x0800000000000000LL);
  // A negative count is a huge one: zeros.
  ASSERT(0, i32(_mm_slli_epi32(t, -1), 1));

  __m128i bytes = _mm_setr_epi8(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
  ASSERT(0, u8(_mm_slli_si128(bytes, 3), 2));
  ASSERT(1, u8(_mm_slli_si128(bytes, 3), 3));
  ASSERT(13, u8(_mm_bslli_si128(bytes, 3), 15));
  ASSERT(4, u8(_mm_srli_si128(bytes, 3), 0));
  ASSERT(0, u8(_mm_bsrli_si128(bytes, 3), 13));
  ASSERT(0, u8(_mm_srli_si128(bytes, 16), 0));
}

static void sse2_int_shuffle(void) {
  __m128i a = _mm_setr_epi32(10, 11, 12, 13);
  __m128i s = _mm_shuffle_epi32(a, _MM_SHUFFLE(0, 1, 2, 3));
  ASSERT(13, i32(s, 0));
  ASSERT(10, i32(s, 3));
  ASSERT(12, i32(_mm_shuffle_epi32(a, 0xaa), 1));
  __m128i w = _mm_setr_epi16(0, 1, 2, 3, 4, 5, 6, 7);
  ASSERT(3, i16(_mm_shufflelo_epi16(w, 0x1b), 0));
  ASSERT(4, i16(_mm_shufflelo_epi16(w, 0x1b), 4));
  ASSERT(7, i16(_mm_shufflehi_epi16(w, 0x1b), 4));
  ASSERT(0, i16(_mm_shufflehi_epi16(w, 0x1b), 0));
  ASSERT(5, _mm_extract_epi16(w, 5));
  ASSERT(0xffff, _mm_extract_epi16(_mm_set1_epi16(-1), 3));
  __m128i ins = _mm_insert_epi16(w, -2, 6);
  ASSERT(-2, i16(ins, 6));
  ASSERT(7, i16(ins, 7));
  ASSERT(5, i16(ins, 5));
  __m128i b = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  __m128i c = _mm_add_epi8(b, _mm_set1_epi8(16));
  ASSERT(16, u8(_mm_unpacklo_epi8(b, c), 1));
  ASSERT(1, u8(_mm_unpacklo_epi8(b, c), 2));
  ASSERT(8, u8(_mm_unpackhi_epi8(b, c), 0));
  ASSERT(31, u8(_mm_unpackhi_epi8(b, c), 15));
  ASSERT(17, u8(_mm_unpacklo_epi16(b, c), 3));
  ASSERT(18, u8(_mm_unpacklo_epi16(b, c), 6));
  ASSERT(24, u8(_mm_unpackhi_epi16(b, c), 2));
  ASSERT(16, u8(_mm_unpacklo_epi32(b, c), 4));
  ASSERT(28, u8(_mm_unpackhi_epi32(b, c), 12));
  ASSERT(16, u8(_mm_unpacklo_epi64(b, c), 8));
  ASSERT(8, u8(_mm_unpackhi_epi64(b, c), 0));
  ASSERT(24, u8(_mm_unpackhi_epi64(b, c), 8));
  __m128i p = _mm_setr_epi16(300, -300, 5, -5, 127, 128, -128, -129);
  ASSERT(127, u8(_mm_packs_epi16(p, p), 0));
  ASSERT(128, u8(_mm_packs_epi16(p, p), 1));
  ASSERT(251, u8(_mm_packs_epi16(p, p), 3));
  ASSERT(128, u8(_mm_packs_epi16(p, p), 15));
  ASSERT(255, u8(_mm_packus_epi16(p, p), 0));
  ASSERT(0, u8(_mm_packus_epi16(p, p), 1));
  ASSERT(128, u8(_mm_packus_epi16(p, p), 13));
  __m128i r = _mm_setr_epi32(70000, -70000, 5, -5);
  ASSERT(32767, i16(_mm_packs_epi32(r, _mm_setzero_si128()), 0));
  ASSERT(-32768, i16(_mm_packs_epi32(r, _mm_setzero_si128()), 1));
  ASSERT(-5, i16(_mm_packs_epi32(r, _mm_setzero_si128()), 3));
  ASSERT(0, i16(_mm_packs_epi32(r, _mm_setzero_si128()), 4));
}

// <x86intrin.h>'s scalar intrinsics and <cpuid.h>.
static void scalar_and_cpuid(void) {
  unsigned long long t0 = __rdtsc(), t1 = __rdtsc();
  ASSERT(1, t1 >= t0);
  unsigned aux;
  ASSERT(1, __rdtscp(&aux) >= t1);
  ASSERT(4, __bsfd(0x30));
  ASSERT(5, __bsrd(0x30));
  ASSERT(40, __bsfq(1ULL << 40));
  ASSERT(62, __bsrq(0x4000000000000001ULL));
  ASSERT(0x78563412, __bswapd(0x12345678));
  ASSERT(1, __bswapq(0x0102030405060708ULL) == 0x0807060504030201LL);
  ASSERT(3, __popcntd(0x7000));
  ASSERT(64, __popcntq(~0ULL));
  ASSERT(1, __rold(0x80000001u, 1) == 3);
  ASSERT(1, __rord(3u, 1) == 0x80000001u);
  ASSERT(1, __rolq(0x8000000000000001ULL, 4) == 0x18);
  ASSERT(1, __rorq(0x18ULL, 4) == (long long)0x8000000000000001ULL);
  ASSERT(1, _rotl(1, 33) == 2);
  ASSERT(1, _rotr(1, 1) == 0x80000000u);
  ASSERT(4, _bit_scan_forward(16));
  ASSERT(4, _bit_scan_reverse(31));
  ASSERT(0x04030201, _bswap(0x01020304));
  ASSERT(1, _bswap64(1) == 1LL << 56);
  ASSERT(2, _popcnt32(0x81));
  ASSERT(3, _popcnt64(0x8000000000000003LL));

  unsigned eax, ebx, ecx, edx, sig;
  unsigned max = __get_cpuid_max(0, &sig);
  ASSERT(1, max >= 1);
  // "GenuineIntel", "AuthenticAMD" and the like: vendor names are letters.
  ASSERT(1, (sig & 0xff) >= 'A' && (sig & 0xff) <= 'z');
  ASSERT(1, __get_cpuid(1, &eax, &ebx, &ecx, &edx));
  // Every x86-64 has SSE2 and CMOV.
  ASSERT(1, (edx & bit_SSE2) != 0);
  ASSERT(1, (edx & bit_SSE) != 0);
  ASSERT(1, (edx & bit_CMOV) != 0);
  __cpuid(0, eax, ebx, ecx, edx);
  ASSERT(max, eax);
  ASSERT(sig, ebx);
  __cpuid_count(1, 0, eax, ebx, ecx, edx);
  ASSERT(1, (edx & bit_SSE2) != 0);
  ASSERT(0, __get_cpuid(max + 1, &eax, &ebx, &ecx, &edx));
  ASSERT(1, __get_cpuid_count(0, 0, &eax, &ebx, &ecx, &edx));
  ASSERT(max, eax);
}

int main(void) {
  sse_set_load_store();
  sse_arithmetic();
  sse_bitwise_compare();
  sse_convert_shuffle();
  sse_misc();
  sse2_double();
  sse2_convert();
  sse2_int_set_load_store();
  sse2_int_arithmetic();
  sse2_int_logic_shift();
  sse2_int_shuffle();
  scalar_and_cpuid();
  test_done(__FILE__);
  return 0;
}
