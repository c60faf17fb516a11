// <xmmintrin.h>: Intel's SSE intrinsics for 9cc, as gcc and clang name
// them.  9cc defines __SSE__ and __SSE2__ (every x86-64 has them), and code
// that sees those macros includes this header.  The types are GNU vector
// types (vector.c): what C's operators already do element-wise is written
// with them; an instruction with no operator (min, max, reciprocals, the
// predicates of cmpps, shuffles, conversions that use MXCSR's rounding) is
// one extended-asm statement (asm.c; templates in AT&T syntax, as in gcc).
// The functions are static inline: 9cc writes only those a program uses.
// Intrinsics that take or return an MMX __m64 by value are not provided.
#ifndef __XMMINTRIN_H
#define __XMMINTRIN_H

#include <mm_malloc.h>

typedef float __m128 __attribute__((__vector_size__(16), __may_alias__));
typedef float __m128_u __attribute__((__vector_size__(16), __may_alias__, __aligned__(1)));
typedef float __v4sf __attribute__((__vector_size__(16)));
typedef int __v4si_sse __attribute__((__vector_size__(16)));
// The 64-bit MMX type, for the loads and stores of half a register.
typedef int __m64 __attribute__((__vector_size__(8), __may_alias__));

#define __SSE_FN static __inline__ __attribute__((__unused__))

#define _MM_SHUFFLE(fp3, fp2, fp1, fp0) (((fp3) << 6) | ((fp2) << 4) | ((fp1) << 2) | (fp0))

// MXCSR: exception flags, masks, rounding and flush-to-zero.
#define _MM_EXCEPT_MASK 0x003f
#define _MM_EXCEPT_INVALID 0x0001
#define _MM_EXCEPT_DENORM 0x0002
#define _MM_EXCEPT_DIV_ZERO 0x0004
#define _MM_EXCEPT_OVERFLOW 0x0008
#define _MM_EXCEPT_UNDERFLOW 0x0010
#define _MM_EXCEPT_INEXACT 0x0020
#define _MM_MASK_MASK 0x1f80
#define _MM_MASK_INVALID 0x0080
#define _MM_MASK_DENORM 0x0100
#define _MM_MASK_DIV_ZERO 0x0200
#define _MM_MASK_OVERFLOW 0x0400
#define _MM_MASK_UNDERFLOW 0x0800
#define _MM_MASK_INEXACT 0x1000
#define _MM_ROUND_MASK 0x6000
#define _MM_ROUND_NEAREST 0x0000
#define _MM_ROUND_DOWN 0x2000
#define _MM_ROUND_UP 0x4000
#define _MM_ROUND_TOWARD_ZERO 0x6000
#define _MM_FLUSH_ZERO_MASK 0x8000
#define _MM_FLUSH_ZERO_ON 0x8000
#define _MM_FLUSH_ZERO_OFF 0x0000

__SSE_FN unsigned int _mm_getcsr(void) {
  unsigned int r;
  __asm__ __volatile__("stmxcsr %0" : "=m"(r));
  return r;
}
__SSE_FN void _mm_setcsr(unsigned int x) { __asm__ __volatile__("ldmxcsr %0" : : "m"(x)); }

#define _MM_GET_EXCEPTION_STATE() (_mm_getcsr() & _MM_EXCEPT_MASK)
#define _MM_GET_EXCEPTION_MASK() (_mm_getcsr() & _MM_MASK_MASK)
#define _MM_GET_ROUNDING_MODE() (_mm_getcsr() & _MM_ROUND_MASK)
#define _MM_GET_FLUSH_ZERO_MODE() (_mm_getcsr() & _MM_FLUSH_ZERO_MASK)
#define _MM_SET_EXCEPTION_STATE(m) _mm_setcsr((_mm_getcsr() & ~_MM_EXCEPT_MASK) | (m))
#define _MM_SET_EXCEPTION_MASK(m) _mm_setcsr((_mm_getcsr() & ~_MM_MASK_MASK) | (m))
#define _MM_SET_ROUNDING_MODE(m) _mm_setcsr((_mm_getcsr() & ~_MM_ROUND_MASK) | (m))
#define _MM_SET_FLUSH_ZERO_MODE(m) _mm_setcsr((_mm_getcsr() & ~_MM_FLUSH_ZERO_MASK) | (m))

// Two-operand instructions: a = a OP b.
#define __SSE_OP(insn, a, b) __asm__(insn " %1, %0" : "+x"(a) : "x"(b))

// Creating and moving.
__SSE_FN __m128 _mm_setzero_ps(void) { return (__m128){0, 0, 0, 0}; }
__SSE_FN __m128 _mm_undefined_ps(void) { return _mm_setzero_ps(); }
__SSE_FN __m128 _mm_set_ss(float a) { return (__m128){a, 0, 0, 0}; }
__SSE_FN __m128 _mm_set1_ps(float a) { return (__m128){a, a, a, a}; }
__SSE_FN __m128 _mm_set_ps1(float a) { return _mm_set1_ps(a); }
__SSE_FN __m128 _mm_set_ps(float e3, float e2, float e1, float e0) { return (__m128){e0, e1, e2, e3}; }
__SSE_FN __m128 _mm_setr_ps(float e0, float e1, float e2, float e3) { return (__m128){e0, e1, e2, e3}; }
__SSE_FN __m128 _mm_move_ss(__m128 a, __m128 b) { a[0] = b[0]; return a; }
__SSE_FN __m128 _mm_movehl_ps(__m128 a, __m128 b) { return (__m128){b[2], b[3], a[2], a[3]}; }
__SSE_FN __m128 _mm_movelh_ps(__m128 a, __m128 b) { return (__m128){a[0], a[1], b[0], b[1]}; }
__SSE_FN float _mm_cvtss_f32(__m128 a) { return a[0]; }

// Loads and stores: aligned (16 bytes), unaligned (_u), one element.
__SSE_FN __m128 _mm_load_ps(float const *p) { return *(__m128 *)p; }
__SSE_FN __m128 _mm_loadu_ps(float const *p) { return *(__m128_u *)p; }
__SSE_FN __m128 _mm_load_ss(float const *p) { return _mm_set_ss(*p); }
__SSE_FN __m128 _mm_load1_ps(float const *p) { return _mm_set1_ps(*p); }
__SSE_FN __m128 _mm_load_ps1(float const *p) { return _mm_set1_ps(*p); }
__SSE_FN __m128 _mm_loadr_ps(float const *p) {
  __m128 a = *(__m128 *)p;
  return (__m128){a[3], a[2], a[1], a[0]};
}
__SSE_FN __m128 _mm_loadh_pi(__m128 a, __m64 const *p) {
  __builtin_memcpy((char *)&a + 8, p, 8);
  return a;
}
__SSE_FN __m128 _mm_loadl_pi(__m128 a, __m64 const *p) {
  __builtin_memcpy(&a, p, 8);
  return a;
}
__SSE_FN void _mm_store_ps(float *p, __m128 a) { *(__m128 *)p = a; }
__SSE_FN void _mm_storeu_ps(float *p, __m128 a) { *(__m128_u *)p = a; }
__SSE_FN void _mm_store_ss(float *p, __m128 a) { *p = a[0]; }
__SSE_FN void _mm_store1_ps(float *p, __m128 a) { *(__m128 *)p = (__m128){a[0], a[0], a[0], a[0]}; }
__SSE_FN void _mm_store_ps1(float *p, __m128 a) { _mm_store1_ps(p, a); }
__SSE_FN void _mm_storer_ps(float *p, __m128 a) { *(__m128 *)p = (__m128){a[3], a[2], a[1], a[0]}; }
__SSE_FN void _mm_storeh_pi(__m64 *p, __m128 a) { __builtin_memcpy(p, (char *)&a + 8, 8); }
__SSE_FN void _mm_storel_pi(__m64 *p, __m128 a) { __builtin_memcpy(p, &a, 8); }
__SSE_FN void _mm_stream_ps(float *p, __m128 a) { __asm__("movntps %1, %0" : "=m"(*(__m128 *)p) : "x"(a)); }

// Arithmetic: _ps on the four elements, _ss on the lowest (the others
// come from a).  __SSE_ARITH_ALL writes + - * /, min and max for a type T
// whose packed and scalar suffixes are P and S (ps and ss here, pd and sd
// in <emmintrin.h>).  minps and the like answer b when either is a NaN,
// as no C operator does.
#define __SSE_ARITH(T, P, S, name, op)                                          \
  __SSE_FN T _mm_##name##_##P(T a, T b) { return a op b; }                      \
  __SSE_FN T _mm_##name##_##S(T a, T b) { a[0] = a[0] op b[0]; return a; }
#define __SSE_MINMAX(T, P, S, name)                                             \
  __SSE_FN T _mm_##name##_##P(T a, T b) { __SSE_OP(#name #P, a, b); return a; } \
  __SSE_FN T _mm_##name##_##S(T a, T b) { __SSE_OP(#name #S, a, b); return a; }
#define __SSE_ARITH_ALL(T, P, S)                                                \
  __SSE_ARITH(T, P, S, add, +)                                                  \
  __SSE_ARITH(T, P, S, sub, -)                                                  \
  __SSE_ARITH(T, P, S, mul, *)                                                  \
  __SSE_ARITH(T, P, S, div, /)                                                  \
  __SSE_MINMAX(T, P, S, min)                                                    \
  __SSE_MINMAX(T, P, S, max)
__SSE_ARITH_ALL(__m128, ps, ss)
__SSE_FN __m128 _mm_sqrt_ps(__m128 a) { __SSE_OP("sqrtps", a, a); return a; }
__SSE_FN __m128 _mm_sqrt_ss(__m128 a) { __SSE_OP("sqrtss", a, a); return a; }
__SSE_FN __m128 _mm_rcp_ps(__m128 a) { __SSE_OP("rcpps", a, a); return a; }
__SSE_FN __m128 _mm_rcp_ss(__m128 a) { __SSE_OP("rcpss", a, a); return a; }
__SSE_FN __m128 _mm_rsqrt_ps(__m128 a) { __SSE_OP("rsqrtps", a, a); return a; }
__SSE_FN __m128 _mm_rsqrt_ss(__m128 a) { __SSE_OP("rsqrtss", a, a); return a; }

// Bitwise, on the bits of the floats.
__SSE_FN __m128 _mm_and_ps(__m128 a, __m128 b) { return (__m128)((__v4si_sse)a & (__v4si_sse)b); }
__SSE_FN __m128 _mm_andnot_ps(__m128 a, __m128 b) { return (__m128)(~(__v4si_sse)a & (__v4si_sse)b); }
__SSE_FN __m128 _mm_or_ps(__m128 a, __m128 b) { return (__m128)((__v4si_sse)a | (__v4si_sse)b); }
__SSE_FN __m128 _mm_xor_ps(__m128 a, __m128 b) { return (__m128)((__v4si_sse)a ^ (__v4si_sse)b); }

// Comparisons: all ones where the predicate holds.  cmpps's predicates
// are lt, le, unord, neq, nlt, nle, ord and eq; gt and ge swap the
// operands; the scalar forms keep a's upper elements.  __SSE_CMP_ALL
// writes the 24 functions for a type T whose packed and scalar suffixes
// are P and S (ps and ss here, pd and sd in <emmintrin.h>).
#define __SSE_CMP(T, P, S, name, insn)                                          \
  __SSE_FN T _mm_##name##_##P(T a, T b) { __SSE_OP(insn #P, a, b); return a; } \
  __SSE_FN T _mm_##name##_##S(T a, T b) { __SSE_OP(insn #S, a, b); return a; }
#define __SSE_CMP_SWAPPED(T, P, S, name, insn)                                  \
  __SSE_FN T _mm_##name##_##P(T a, T b) { __SSE_OP(insn #P, b, a); return b; } \
  __SSE_FN T _mm_##name##_##S(T a, T b) { __SSE_OP(insn #S, b, a); return _mm_move_##S(a, b); }
#define __SSE_CMP_ALL(T, P, S)                                                  \
  __SSE_CMP(T, P, S, cmpeq, "cmpeq")                                            \
  __SSE_CMP(T, P, S, cmplt, "cmplt")                                            \
  __SSE_CMP(T, P, S, cmple, "cmple")                                            \
  __SSE_CMP(T, P, S, cmpneq, "cmpneq")                                          \
  __SSE_CMP(T, P, S, cmpnlt, "cmpnlt")                                          \
  __SSE_CMP(T, P, S, cmpnle, "cmpnle")                                          \
  __SSE_CMP(T, P, S, cmpord, "cmpord")                                          \
  __SSE_CMP(T, P, S, cmpunord, "cmpunord")                                      \
  __SSE_CMP_SWAPPED(T, P, S, cmpgt, "cmplt")                                    \
  __SSE_CMP_SWAPPED(T, P, S, cmpge, "cmple")                                    \
  __SSE_CMP_SWAPPED(T, P, S, cmpngt, "cmpnlt")                                  \
  __SSE_CMP_SWAPPED(T, P, S, cmpnge, "cmpnle")
__SSE_CMP_ALL(__m128, ps, ss)

// comiss and ucomiss (comisd and ucomisd) compare the lowest elements.
// With a NaN, these answer as Intel's guide and clang do, as C's
// operators do (false, but true for neq); gcc 12 answers from the raw
// flags (true for eq, lt and le).
#define __SSE_COMI(T, S, name, op)                                              \
  __SSE_FN int _mm_comi##name##_##S(T a, T b) { return a[0] op b[0]; }          \
  __SSE_FN int _mm_ucomi##name##_##S(T a, T b) { return a[0] op b[0]; }
#define __SSE_COMI_ALL(T, S)                                                    \
  __SSE_COMI(T, S, eq, ==)                                                      \
  __SSE_COMI(T, S, lt, <)                                                       \
  __SSE_COMI(T, S, le, <=)                                                      \
  __SSE_COMI(T, S, gt, >)                                                       \
  __SSE_COMI(T, S, ge, >=)                                                      \
  __SSE_COMI(T, S, neq, !=)
__SSE_COMI_ALL(__m128, ss)

// Conversions.  cvtss2si rounds as MXCSR says (to nearest even unless
// changed); cvttss2si truncates; both give the "integer indefinite" value
// (INT_MIN) out of range, where a C cast would be undefined.
__SSE_FN int _mm_cvtss_si32(__m128 a) { int r; __asm__("cvtss2si %1, %0" : "=r"(r) : "x"(a)); return r; }
__SSE_FN int _mm_cvt_ss2si(__m128 a) { return _mm_cvtss_si32(a); }
__SSE_FN int _mm_cvttss_si32(__m128 a) { int r; __asm__("cvttss2si %1, %0" : "=r"(r) : "x"(a)); return r; }
__SSE_FN int _mm_cvtt_ss2si(__m128 a) { return _mm_cvttss_si32(a); }
__SSE_FN long long _mm_cvtss_si64(__m128 a) { long long r; __asm__("cvtss2si %1, %0" : "=r"(r) : "x"(a)); return r; }
__SSE_FN long long _mm_cvtss_si64x(__m128 a) { return _mm_cvtss_si64(a); }
__SSE_FN long long _mm_cvttss_si64(__m128 a) { long long r; __asm__("cvttss2si %1, %0" : "=r"(r) : "x"(a)); return r; }
__SSE_FN long long _mm_cvttss_si64x(__m128 a) { return _mm_cvttss_si64(a); }
__SSE_FN __m128 _mm_cvtsi32_ss(__m128 a, int b) { a[0] = (float)b; return a; }
__SSE_FN __m128 _mm_cvt_si2ss(__m128 a, int b) { return _mm_cvtsi32_ss(a, b); }
__SSE_FN __m128 _mm_cvtsi64_ss(__m128 a, long long b) { a[0] = (float)b; return a; }
__SSE_FN __m128 _mm_cvtsi64x_ss(__m128 a, long long b) { return _mm_cvtsi64_ss(a, b); }

// Shuffles.  The selector of _mm_shuffle_ps must be a constant: it is the
// instruction's immediate operand.
__SSE_FN __m128 _mm_unpacklo_ps(__m128 a, __m128 b) { return (__m128){a[0], b[0], a[1], b[1]}; }
__SSE_FN __m128 _mm_unpackhi_ps(__m128 a, __m128 b) { return (__m128){a[2], b[2], a[3], b[3]}; }
#define _mm_shuffle_ps(a, b, imm)                                                 \
  __extension__({                                                                 \
    __m128 __r = (a), __b = (b);                                                  \
    __asm__("shufps %2, %1, %0" : "+x"(__r) : "x"(__b), "i"((imm) & 0xff));      \
    __r;                                                                          \
  })
__SSE_FN int _mm_movemask_ps(__m128 a) { int r; __asm__("movmskps %1, %0" : "=r"(r) : "x"(a)); return r; }

#define _MM_TRANSPOSE4_PS(r0, r1, r2, r3)                                        \
  do {                                                                           \
    __m128 __t0 = _mm_unpacklo_ps((r0), (r1)), __t1 = _mm_unpacklo_ps((r2), (r3)); \
    __m128 __t2 = _mm_unpackhi_ps((r0), (r1)), __t3 = _mm_unpackhi_ps((r2), (r3)); \
    (r0) = _mm_movelh_ps(__t0, __t1);                                            \
    (r1) = _mm_movehl_ps(__t1, __t0);                                            \
    (r2) = _mm_movelh_ps(__t2, __t3);                                            \
    (r3) = _mm_movehl_ps(__t3, __t2);                                            \
  } while (0)

// Cache and ordering.
enum _mm_hint { _MM_HINT_ET0 = 7, _MM_HINT_ET1 = 6, _MM_HINT_T0 = 3, _MM_HINT_T1 = 2, _MM_HINT_T2 = 1, _MM_HINT_NTA = 0 };
#define _mm_prefetch(p, i) __builtin_prefetch((const void *)(p), ((i) >> 2) & 1, (i) & 3)
__SSE_FN void _mm_sfence(void) { __asm__ __volatile__("sfence" : : : "memory"); }
__SSE_FN void _mm_pause(void) { __asm__ __volatile__("pause"); }

#endif
