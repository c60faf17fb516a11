// <emmintrin.h>: Intel's SSE2 intrinsics for 9cc, as gcc and clang name
// them (code includes it when __SSE2__ is defined, as it is on every
// x86-64).  Written as <xmmintrin.h> is: GNU vector types where a C
// operator does the work element-wise (on unsigned elements where the
// instruction wraps around), one extended-asm statement per instruction
// where none does.  Intrinsics that take or return an MMX __m64 by value
// are not provided.
#ifndef __EMMINTRIN_H
#define __EMMINTRIN_H

#include <xmmintrin.h>

typedef double __m128d __attribute__((__vector_size__(16), __may_alias__));
typedef long long __m128i __attribute__((__vector_size__(16), __may_alias__));
typedef double __m128d_u __attribute__((__vector_size__(16), __may_alias__, __aligned__(1)));
typedef long long __m128i_u __attribute__((__vector_size__(16), __may_alias__, __aligned__(1)));

typedef double __v2df __attribute__((__vector_size__(16)));
typedef long long __v2di __attribute__((__vector_size__(16)));
typedef unsigned long long __v2du __attribute__((__vector_size__(16)));
typedef int __v4si __attribute__((__vector_size__(16)));
typedef unsigned int __v4su __attribute__((__vector_size__(16)));
typedef short __v8hi __attribute__((__vector_size__(16)));
typedef unsigned short __v8hu __attribute__((__vector_size__(16)));
typedef char __v16qi __attribute__((__vector_size__(16)));
typedef signed char __v16qs __attribute__((__vector_size__(16)));
typedef unsigned char __v16qu __attribute__((__vector_size__(16)));

// Unaligned scalars, for the loads and stores of 2, 4 and 8 bytes.
typedef short __m16_u __attribute__((__may_alias__, __aligned__(1)));
typedef int __m32_u __attribute__((__may_alias__, __aligned__(1)));
typedef long long __m64_u __attribute__((__may_alias__, __aligned__(1)));

// Doubles: creating, loading, storing.
__SSE_FN __m128d _mm_setzero_pd(void) { return (__m128d){0, 0}; }
__SSE_FN __m128d _mm_undefined_pd(void) { return _mm_setzero_pd(); }
__SSE_FN __m128d _mm_set_sd(double a) { return (__m128d){a, 0}; }
__SSE_FN __m128d _mm_set1_pd(double a) { return (__m128d){a, a}; }
__SSE_FN __m128d _mm_set_pd1(double a) { return (__m128d){a, a}; }
__SSE_FN __m128d _mm_set_pd(double e1, double e0) { return (__m128d){e0, e1}; }
__SSE_FN __m128d _mm_setr_pd(double e0, double e1) { return (__m128d){e0, e1}; }
__SSE_FN __m128d _mm_move_sd(__m128d a, __m128d b) { return (__m128d){b[0], a[1]}; }
__SSE_FN double _mm_cvtsd_f64(__m128d a) { return a[0]; }
__SSE_FN __m128d _mm_load_pd(double const *p) { return *(__m128d *)p; }
__SSE_FN __m128d _mm_loadu_pd(double const *p) { return *(__m128d_u *)p; }
__SSE_FN __m128d _mm_load1_pd(double const *p) { return _mm_set1_pd(*p); }
__SSE_FN __m128d _mm_load_pd1(double const *p) { return _mm_set1_pd(*p); }
__SSE_FN __m128d _mm_load_sd(double const *p) { return _mm_set_sd(*p); }
__SSE_FN __m128d _mm_loadr_pd(double const *p) {
  __m128d a = *(__m128d *)p;
  return (__m128d){a[1], a[0]};
}
__SSE_FN __m128d _mm_loadh_pd(__m128d a, double const *p) { a[1] = *p; return a; }
__SSE_FN __m128d _mm_loadl_pd(__m128d a, double const *p) { a[0] = *p; return a; }
__SSE_FN void _mm_store_pd(double *p, __m128d a) { *(__m128d *)p = a; }
__SSE_FN void _mm_storeu_pd(double *p, __m128d a) { *(__m128d_u *)p = a; }
__SSE_FN void _mm_store_sd(double *p, __m128d a) { *p = a[0]; }
__SSE_FN void _mm_storel_pd(double *p, __m128d a) { *p = a[0]; }
__SSE_FN void _mm_storeh_pd(double *p, __m128d a) { *p = a[1]; }
__SSE_FN void _mm_store1_pd(double *p, __m128d a) { *(__m128d *)p = (__m128d){a[0], a[0]}; }
__SSE_FN void _mm_store_pd1(double *p, __m128d a) { _mm_store1_pd(p, a); }
__SSE_FN void _mm_storer_pd(double *p, __m128d a) { *(__m128d *)p = (__m128d){a[1], a[0]}; }
__SSE_FN void _mm_stream_pd(double *p, __m128d a) { __asm__("movntpd %1, %0" : "=m"(*(__m128d *)p) : "x"(a)); }

// Doubles: arithmetic (_sd on the lower element, the upper from a).
__SSE_ARITH_ALL(__m128d, pd, sd)
__SSE_FN __m128d _mm_sqrt_pd(__m128d a) { __SSE_OP("sqrtpd", a, a); return a; }
// The square root of b's lower element, a's upper one.
__SSE_FN __m128d _mm_sqrt_sd(__m128d a, __m128d b) { __SSE_OP("sqrtsd", a, b); return a; }
__SSE_FN __m128d _mm_and_pd(__m128d a, __m128d b) { return (__m128d)((__v2di)a & (__v2di)b); }
__SSE_FN __m128d _mm_andnot_pd(__m128d a, __m128d b) { return (__m128d)(~(__v2di)a & (__v2di)b); }
__SSE_FN __m128d _mm_or_pd(__m128d a, __m128d b) { return (__m128d)((__v2di)a | (__v2di)b); }
__SSE_FN __m128d _mm_xor_pd(__m128d a, __m128d b) { return (__m128d)((__v2di)a ^ (__v2di)b); }

// Doubles: comparisons, as for floats in <xmmintrin.h>.
__SSE_CMP_ALL(__m128d, pd, sd)
__SSE_COMI_ALL(__m128d, sd)

// Doubles: shuffles.
__SSE_FN __m128d _mm_unpacklo_pd(__m128d a, __m128d b) { return (__m128d){a[0], b[0]}; }
__SSE_FN __m128d _mm_unpackhi_pd(__m128d a, __m128d b) { return (__m128d){a[1], b[1]}; }
__SSE_FN int _mm_movemask_pd(__m128d a) { int r; __asm__("movmskpd %1, %0" : "=r"(r) : "x"(a)); return r; }
#define _mm_shuffle_pd(a, b, imm)                                                 \
  __extension__({                                                                 \
    __m128d __r = (a), __b = (b);                                                 \
    __asm__("shufpd %2, %1, %0" : "+x"(__r) : "x"(__b), "i"((imm) & 0xff));      \
    __r;                                                                          \
  })

// Conversions.  Those between vectors of integers and floating types, and
// to a scalar integer, are instructions: they round as MXCSR says (or
// truncate: the "tt" forms) and give INT_MIN out of range.
#define __SSE2_CVT(name, insn, to, from)                                        \
  __SSE_FN to name(from a) { to r; __asm__(insn " %1, %0" : "=x"(r) : "x"(a)); return r; }
__SSE2_CVT(_mm_cvtepi32_ps, "cvtdq2ps", __m128, __m128i)
__SSE2_CVT(_mm_cvtps_epi32, "cvtps2dq", __m128i, __m128)
__SSE2_CVT(_mm_cvttps_epi32, "cvttps2dq", __m128i, __m128)
__SSE2_CVT(_mm_cvtpd_epi32, "cvtpd2dq", __m128i, __m128d)
__SSE2_CVT(_mm_cvttpd_epi32, "cvttpd2dq", __m128i, __m128d)
__SSE2_CVT(_mm_cvtpd_ps, "cvtpd2ps", __m128, __m128d)
__SSE_FN __m128d _mm_cvtepi32_pd(__m128i a) { return (__m128d){((__v4si)a)[0], ((__v4si)a)[1]}; }
__SSE_FN __m128d _mm_cvtps_pd(__m128 a) { return (__m128d){a[0], a[1]}; }
__SSE_FN int _mm_cvtsd_si32(__m128d a) { int r; __asm__("cvtsd2si %1, %0" : "=r"(r) : "x"(a)); return r; }
__SSE_FN int _mm_cvttsd_si32(__m128d a) { int r; __asm__("cvttsd2si %1, %0" : "=r"(r) : "x"(a)); return r; }
__SSE_FN long long _mm_cvtsd_si64(__m128d a) { long long r; __asm__("cvtsd2si %1, %0" : "=r"(r) : "x"(a)); return r; }
__SSE_FN long long _mm_cvtsd_si64x(__m128d a) { return _mm_cvtsd_si64(a); }
__SSE_FN long long _mm_cvttsd_si64(__m128d a) { long long r; __asm__("cvttsd2si %1, %0" : "=r"(r) : "x"(a)); return r; }
__SSE_FN long long _mm_cvttsd_si64x(__m128d a) { return _mm_cvttsd_si64(a); }
__SSE_FN __m128 _mm_cvtsd_ss(__m128 a, __m128d b) { a[0] = (float)b[0]; return a; }
__SSE_FN __m128d _mm_cvtss_sd(__m128d a, __m128 b) { a[0] = b[0]; return a; }
__SSE_FN __m128d _mm_cvtsi32_sd(__m128d a, int b) { a[0] = b; return a; }
__SSE_FN __m128d _mm_cvtsi64_sd(__m128d a, long long b) { a[0] = (double)b; return a; }
__SSE_FN __m128d _mm_cvtsi64x_sd(__m128d a, long long b) { return _mm_cvtsi64_sd(a, b); }

// Reinterpreting the 128 bits as another type.
__SSE_FN __m128 _mm_castpd_ps(__m128d a) { return (__m128)a; }
__SSE_FN __m128i _mm_castpd_si128(__m128d a) { return (__m128i)a; }
__SSE_FN __m128d _mm_castps_pd(__m128 a) { return (__m128d)a; }
__SSE_FN __m128i _mm_castps_si128(__m128 a) { return (__m128i)a; }
__SSE_FN __m128 _mm_castsi128_ps(__m128i a) { return (__m128)a; }
__SSE_FN __m128d _mm_castsi128_pd(__m128i a) { return (__m128d)a; }

// Integers: creating.  The _set functions take the highest element first,
// the _setr ones the lowest.
__SSE_FN __m128i _mm_setzero_si128(void) { return (__m128i){0, 0}; }
__SSE_FN __m128i _mm_undefined_si128(void) { return _mm_setzero_si128(); }
__SSE_FN __m128i _mm_set_epi64x(long long e1, long long e0) { return (__m128i){e0, e1}; }
__SSE_FN __m128i _mm_set_epi32(int e3, int e2, int e1, int e0) { return (__m128i)(__v4si){e0, e1, e2, e3}; }
__SSE_FN __m128i _mm_set_epi16(short e7, short e6, short e5, short e4, short e3, short e2, short e1, short e0) {
  return (__m128i)(__v8hi){e0, e1, e2, e3, e4, e5, e6, e7};
}
__SSE_FN __m128i _mm_set_epi8(char e15, char e14, char e13, char e12, char e11, char e10, char e9, char e8,
                              char e7, char e6, char e5, char e4, char e3, char e2, char e1, char e0) {
  return (__m128i)(__v16qi){e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15};
}
__SSE_FN __m128i _mm_setr_epi32(int e0, int e1, int e2, int e3) { return _mm_set_epi32(e3, e2, e1, e0); }
__SSE_FN __m128i _mm_setr_epi16(short e0, short e1, short e2, short e3, short e4, short e5, short e6, short e7) {
  return _mm_set_epi16(e7, e6, e5, e4, e3, e2, e1, e0);
}
__SSE_FN __m128i _mm_setr_epi8(char e0, char e1, char e2, char e3, char e4, char e5, char e6, char e7,
                               char e8, char e9, char e10, char e11, char e12, char e13, char e14, char e15) {
  return _mm_set_epi8(e15, e14, e13, e12, e11, e10, e9, e8, e7, e6, e5, e4, e3, e2, e1, e0);
}
__SSE_FN __m128i _mm_set1_epi64x(long long a) { return _mm_set_epi64x(a, a); }
__SSE_FN __m128i _mm_set1_epi32(int a) { return _mm_set_epi32(a, a, a, a); }
__SSE_FN __m128i _mm_set1_epi16(short a) { return _mm_set_epi16(a, a, a, a, a, a, a, a); }
__SSE_FN __m128i _mm_set1_epi8(char a) { return _mm_set_epi8(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a); }
__SSE_FN __m128i _mm_cvtsi32_si128(int a) { return _mm_set_epi32(0, 0, 0, a); }
__SSE_FN __m128i _mm_cvtsi64_si128(long long a) { return _mm_set_epi64x(0, a); }
__SSE_FN __m128i _mm_cvtsi64x_si128(long long a) { return _mm_set_epi64x(0, a); }
__SSE_FN int _mm_cvtsi128_si32(__m128i a) { return ((__v4si)a)[0]; }
__SSE_FN long long _mm_cvtsi128_si64(__m128i a) { return a[0]; }
__SSE_FN long long _mm_cvtsi128_si64x(__m128i a) { return a[0]; }
__SSE_FN __m128i _mm_move_epi64(__m128i a) { return _mm_set_epi64x(0, a[0]); }

// Integers: loading and storing.
__SSE_FN __m128i _mm_load_si128(__m128i const *p) { return *p; }
__SSE_FN __m128i _mm_loadu_si128(__m128i_u const *p) { return *p; }
__SSE_FN __m128i _mm_loadl_epi64(__m128i_u const *p) { return _mm_set_epi64x(0, *(__m64_u *)p); }
__SSE_FN __m128i _mm_loadu_si64(void const *p) { return _mm_set_epi64x(0, *(__m64_u *)p); }
__SSE_FN __m128i _mm_loadu_si32(void const *p) { return _mm_set_epi32(0, 0, 0, *(__m32_u *)p); }
__SSE_FN __m128i _mm_loadu_si16(void const *p) { return _mm_set_epi16(0, 0, 0, 0, 0, 0, 0, *(__m16_u *)p); }
__SSE_FN void _mm_store_si128(__m128i *p, __m128i a) { *p = a; }
__SSE_FN void _mm_storeu_si128(__m128i_u *p, __m128i a) { *p = a; }
__SSE_FN void _mm_storel_epi64(__m128i_u *p, __m128i a) { *(__m64_u *)p = a[0]; }
__SSE_FN void _mm_storeu_si64(void *p, __m128i a) { *(__m64_u *)p = a[0]; }
__SSE_FN void _mm_storeu_si32(void *p, __m128i a) { *(__m32_u *)p = ((__v4si)a)[0]; }
__SSE_FN void _mm_storeu_si16(void *p, __m128i a) { *(__m16_u *)p = ((__v8hi)a)[0]; }
__SSE_FN void _mm_stream_si128(__m128i *p, __m128i a) { __asm__("movntdq %1, %0" : "=m"(*p) : "x"(a)); }
__SSE_FN void _mm_stream_si32(int *p, int a) { __asm__("movnti %1, %0" : "=m"(*p) : "r"(a)); }
__SSE_FN void _mm_stream_si64(long long *p, long long a) { __asm__("movnti %1, %0" : "=m"(*p) : "r"(a)); }
// maskmovdqu stores the bytes of a whose mask byte has its top bit set, at
// the address in rdi.
__SSE_FN void _mm_maskmoveu_si128(__m128i a, __m128i mask, char *p) {
  __asm__ __volatile__("maskmovdqu %1, %0" : : "x"(a), "x"(mask), "D"(p) : "memory");
}

// Integers: arithmetic.  C's operators on unsigned elements wrap around
// as paddb and the like do; saturating arithmetic, high halves of
// products, averages and the like are instructions.
__SSE_FN __m128i _mm_add_epi8(__m128i a, __m128i b) { return (__m128i)((__v16qu)a + (__v16qu)b); }
__SSE_FN __m128i _mm_add_epi16(__m128i a, __m128i b) { return (__m128i)((__v8hu)a + (__v8hu)b); }
__SSE_FN __m128i _mm_add_epi32(__m128i a, __m128i b) { return (__m128i)((__v4su)a + (__v4su)b); }
__SSE_FN __m128i _mm_add_epi64(__m128i a, __m128i b) { return (__m128i)((__v2du)a + (__v2du)b); }
__SSE_FN __m128i _mm_sub_epi8(__m128i a, __m128i b) { return (__m128i)((__v16qu)a - (__v16qu)b); }
__SSE_FN __m128i _mm_sub_epi16(__m128i a, __m128i b) { return (__m128i)((__v8hu)a - (__v8hu)b); }
__SSE_FN __m128i _mm_sub_epi32(__m128i a, __m128i b) { return (__m128i)((__v4su)a - (__v4su)b); }
__SSE_FN __m128i _mm_sub_epi64(__m128i a, __m128i b) { return (__m128i)((__v2du)a - (__v2du)b); }
__SSE_FN __m128i _mm_mullo_epi16(__m128i a, __m128i b) { return (__m128i)((__v8hu)a * (__v8hu)b); }

#define __SSE2_INT_OP(name, insn)                                               \
  __SSE_FN __m128i name(__m128i a, __m128i b) { __SSE_OP(insn, a, b); return a; }
__SSE2_INT_OP(_mm_adds_epi8, "paddsb")
__SSE2_INT_OP(_mm_adds_epi16, "paddsw")
__SSE2_INT_OP(_mm_adds_epu8, "paddusb")
__SSE2_INT_OP(_mm_adds_epu16, "paddusw")
__SSE2_INT_OP(_mm_subs_epi8, "psubsb")
__SSE2_INT_OP(_mm_subs_epi16, "psubsw")
__SSE2_INT_OP(_mm_subs_epu8, "psubusb")
__SSE2_INT_OP(_mm_subs_epu16, "psubusw")
__SSE2_INT_OP(_mm_madd_epi16, "pmaddwd")
__SSE2_INT_OP(_mm_mulhi_epi16, "pmulhw")
__SSE2_INT_OP(_mm_mulhi_epu16, "pmulhuw")
__SSE2_INT_OP(_mm_mul_epu32, "pmuludq")
__SSE2_INT_OP(_mm_avg_epu8, "pavgb")
__SSE2_INT_OP(_mm_avg_epu16, "pavgw")
__SSE2_INT_OP(_mm_max_epi16, "pmaxsw")
__SSE2_INT_OP(_mm_max_epu8, "pmaxub")
__SSE2_INT_OP(_mm_min_epi16, "pminsw")
__SSE2_INT_OP(_mm_min_epu8, "pminub")
__SSE2_INT_OP(_mm_sad_epu8, "psadbw")
__SSE2_INT_OP(_mm_packs_epi16, "packsswb")
__SSE2_INT_OP(_mm_packs_epi32, "packssdw")
__SSE2_INT_OP(_mm_packus_epi16, "packuswb")
__SSE2_INT_OP(_mm_unpacklo_epi8, "punpcklbw")
__SSE2_INT_OP(_mm_unpacklo_epi16, "punpcklwd")
__SSE2_INT_OP(_mm_unpacklo_epi32, "punpckldq")
__SSE2_INT_OP(_mm_unpacklo_epi64, "punpcklqdq")
__SSE2_INT_OP(_mm_unpackhi_epi8, "punpckhbw")
__SSE2_INT_OP(_mm_unpackhi_epi16, "punpckhwd")
__SSE2_INT_OP(_mm_unpackhi_epi32, "punpckhdq")
__SSE2_INT_OP(_mm_unpackhi_epi64, "punpckhqdq")

// Integers: bitwise and comparisons (all ones where true).
__SSE_FN __m128i _mm_and_si128(__m128i a, __m128i b) { return a & b; }
__SSE_FN __m128i _mm_andnot_si128(__m128i a, __m128i b) { return ~a & b; }
__SSE_FN __m128i _mm_or_si128(__m128i a, __m128i b) { return a | b; }
__SSE_FN __m128i _mm_xor_si128(__m128i a, __m128i b) { return a ^ b; }
__SSE_FN __m128i _mm_cmpeq_epi8(__m128i a, __m128i b) { return (__m128i)((__v16qs)a == (__v16qs)b); }
__SSE_FN __m128i _mm_cmpeq_epi16(__m128i a, __m128i b) { return (__m128i)((__v8hi)a == (__v8hi)b); }
__SSE_FN __m128i _mm_cmpeq_epi32(__m128i a, __m128i b) { return (__m128i)((__v4si)a == (__v4si)b); }
__SSE_FN __m128i _mm_cmpgt_epi8(__m128i a, __m128i b) { return (__m128i)((__v16qs)a > (__v16qs)b); }
__SSE_FN __m128i _mm_cmpgt_epi16(__m128i a, __m128i b) { return (__m128i)((__v8hi)a > (__v8hi)b); }
__SSE_FN __m128i _mm_cmpgt_epi32(__m128i a, __m128i b) { return (__m128i)((__v4si)a > (__v4si)b); }
__SSE_FN __m128i _mm_cmplt_epi8(__m128i a, __m128i b) { return (__m128i)((__v16qs)a < (__v16qs)b); }
__SSE_FN __m128i _mm_cmplt_epi16(__m128i a, __m128i b) { return (__m128i)((__v8hi)a < (__v8hi)b); }
__SSE_FN __m128i _mm_cmplt_epi32(__m128i a, __m128i b) { return (__m128i)((__v4si)a < (__v4si)b); }

// Integers: shifts.  The count is the low 64 bits of an xmm register (or
// an int, in the _slli forms); a count past the element's width gives
// zeros, or copies of the sign bit for an arithmetic shift, as the
// instructions do.  _mm_slli_si128 and _mm_srli_si128 shift the whole
// register by a constant number of bytes.
__SSE2_INT_OP(_mm_sll_epi16, "psllw")
__SSE2_INT_OP(_mm_sll_epi32, "pslld")
__SSE2_INT_OP(_mm_sll_epi64, "psllq")
__SSE2_INT_OP(_mm_srl_epi16, "psrlw")
__SSE2_INT_OP(_mm_srl_epi32, "psrld")
__SSE2_INT_OP(_mm_srl_epi64, "psrlq")
__SSE2_INT_OP(_mm_sra_epi16, "psraw")
__SSE2_INT_OP(_mm_sra_epi32, "psrad")
// An int count, made the 64-bit count the instruction reads: negative
// counts are huge ones.
#define __SSE2_COUNT(n) _mm_set_epi64x(0, (unsigned int)(n))
__SSE_FN __m128i _mm_slli_epi16(__m128i a, int n) { return _mm_sll_epi16(a, __SSE2_COUNT(n)); }
__SSE_FN __m128i _mm_slli_epi32(__m128i a, int n) { return _mm_sll_epi32(a, __SSE2_COUNT(n)); }
__SSE_FN __m128i _mm_slli_epi64(__m128i a, int n) { return _mm_sll_epi64(a, __SSE2_COUNT(n)); }
__SSE_FN __m128i _mm_srli_epi16(__m128i a, int n) { return _mm_srl_epi16(a, __SSE2_COUNT(n)); }
__SSE_FN __m128i _mm_srli_epi32(__m128i a, int n) { return _mm_srl_epi32(a, __SSE2_COUNT(n)); }
__SSE_FN __m128i _mm_srli_epi64(__m128i a, int n) { return _mm_srl_epi64(a, __SSE2_COUNT(n)); }
__SSE_FN __m128i _mm_srai_epi16(__m128i a, int n) { return _mm_sra_epi16(a, __SSE2_COUNT(n)); }
__SSE_FN __m128i _mm_srai_epi32(__m128i a, int n) { return _mm_sra_epi32(a, __SSE2_COUNT(n)); }

// The instructions that take an immediate operand: their selector or
// count must be a constant.
#define __SSE2_IMM(insn, a, imm)                                                \
  __extension__({                                                               \
    __m128i __r = (__m128i)(a);                                                 \
    __asm__(insn " %1, %0" : "+x"(__r) : "i"((imm) & 0xff));                    \
    __r;                                                                        \
  })
#define _mm_slli_si128(a, imm) __SSE2_IMM("pslldq", a, imm)
#define _mm_bslli_si128(a, imm) __SSE2_IMM("pslldq", a, imm)
#define _mm_srli_si128(a, imm) __SSE2_IMM("psrldq", a, imm)
#define _mm_bsrli_si128(a, imm) __SSE2_IMM("psrldq", a, imm)

#define __SSE2_SHUF(insn, a, imm)                                               \
  __extension__({                                                               \
    __m128i __r, __a = (__m128i)(a);                                            \
    __asm__(insn " %2, %1, %0" : "=x"(__r) : "x"(__a), "i"((imm) & 0xff));     \
    __r;                                                                        \
  })
#define _mm_shuffle_epi32(a, imm) __SSE2_SHUF("pshufd", a, imm)
#define _mm_shufflehi_epi16(a, imm) __SSE2_SHUF("pshufhw", a, imm)
#define _mm_shufflelo_epi16(a, imm) __SSE2_SHUF("pshuflw", a, imm)

// The 16-bit element at a constant index, zero-extended; and a copy of a
// with that element replaced.
#define _mm_extract_epi16(a, imm)                                               \
  __extension__({                                                               \
    int __r;                                                                    \
    __m128i __a = (__m128i)(a);                                                 \
    __asm__("pextrw %2, %1, %0" : "=r"(__r) : "x"(__a), "i"((imm) & 7));       \
    __r;                                                                        \
  })
#define _mm_insert_epi16(a, i, imm)                                             \
  __extension__({                                                               \
    __m128i __r = (__m128i)(a);                                                 \
    int __i = (i);                                                              \
    __asm__("pinsrw %2, %1, %0" : "+x"(__r) : "r"(__i), "i"((imm) & 7));       \
    __r;                                                                        \
  })

__SSE_FN int _mm_movemask_epi8(__m128i a) { int r; __asm__("pmovmskb %1, %0" : "=r"(r) : "x"(a)); return r; }

// Cache and ordering.
__SSE_FN void _mm_clflush(void const *p) { __asm__ __volatile__("clflush %0" : : "m"(*(char const *)p)); }
__SSE_FN void _mm_lfence(void) { __asm__ __volatile__("lfence" : : : "memory"); }
__SSE_FN void _mm_mfence(void) { __asm__ __volatile__("mfence" : : : "memory"); }

#endif
