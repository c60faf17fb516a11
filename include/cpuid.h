// <cpuid.h>: the cpuid instruction as gcc and clang offer it: __cpuid and
// __cpuid_count (macros that assign four lvalues), __get_cpuid_max,
// __get_cpuid and __get_cpuid_count (which first check that the leaf
// exists), and the bit_* names of the feature flags, after Intel's and
// AMD's manuals.
#ifndef __CPUID_H
#define __CPUID_H

// Leaf 1, %ecx.
#define bit_SSE3 (1 << 0)
#define bit_PCLMUL (1 << 1)
#define bit_SSSE3 (1 << 9)
#define bit_FMA (1 << 12)
#define bit_CMPXCHG16B (1 << 13)
#define bit_SSE4_1 (1 << 19)
#define bit_SSE4_2 (1 << 20)
#define bit_MOVBE (1 << 22)
#define bit_POPCNT (1 << 23)
#define bit_AES (1 << 25)
#define bit_XSAVE (1 << 26)
#define bit_OSXSAVE (1 << 27)
#define bit_AVX (1 << 28)
#define bit_F16C (1 << 29)
#define bit_RDRND (1 << 30)
// Leaf 1, %edx.
#define bit_CMPXCHG8B (1 << 8)
#define bit_CMOV (1 << 15)
#define bit_MMX (1 << 23)
#define bit_FXSAVE (1 << 24)
#define bit_SSE (1 << 25)
#define bit_SSE2 (1 << 26)
// Leaf 0x80000001, %ecx and %edx.
#define bit_LAHF_LM (1 << 0)
#define bit_ABM (1 << 5)
#define bit_LZCNT (1 << 5)
#define bit_SSE4a (1 << 6)
#define bit_PRFCHW (1 << 8)
#define bit_XOP (1 << 11)
#define bit_LWP (1 << 15)
#define bit_FMA4 (1 << 16)
#define bit_TBM (1 << 21)
#define bit_MWAITX (1 << 29)
#define bit_MMXEXT (1 << 22)
#define bit_LM (1 << 29)
#define bit_3DNOWP (1 << 30)
#define bit_3DNOW (1u << 31)
// Leaf 7 (subleaf 0), %ebx.
#define bit_FSGSBASE (1 << 0)
#define bit_SGX (1 << 2)
#define bit_BMI (1 << 3)
#define bit_HLE (1 << 4)
#define bit_AVX2 (1 << 5)
#define bit_BMI2 (1 << 8)
#define bit_RTM (1 << 11)
#define bit_AVX512F (1 << 16)
#define bit_AVX512DQ (1 << 17)
#define bit_RDSEED (1 << 18)
#define bit_ADX (1 << 19)
#define bit_AVX512IFMA (1 << 21)
#define bit_CLFLUSHOPT (1 << 23)
#define bit_CLWB (1 << 24)
#define bit_AVX512PF (1 << 26)
#define bit_AVX512ER (1 << 27)
#define bit_AVX512CD (1 << 28)
#define bit_SHA (1 << 29)
#define bit_AVX512BW (1 << 30)
#define bit_AVX512VL (1u << 31)
// Leaf 7 (subleaf 0), %ecx.
#define bit_PREFETCHWT1 (1 << 0)
#define bit_AVX512VBMI (1 << 1)
#define bit_PKU (1 << 3)
#define bit_OSPKE (1 << 4)
#define bit_WAITPKG (1 << 5)
#define bit_AVX512VBMI2 (1 << 6)
#define bit_SHSTK (1 << 7)
#define bit_GFNI (1 << 8)
#define bit_VAES (1 << 9)
#define bit_VPCLMULQDQ (1 << 10)
#define bit_AVX512VNNI (1 << 11)
#define bit_AVX512BITALG (1 << 12)
#define bit_AVX512VPOPCNTDQ (1 << 14)
#define bit_RDPID (1 << 22)
// Leaf 0xd (subleaf 1), %eax.
#define bit_XSAVEOPT (1 << 0)
#define bit_XSAVEC (1 << 1)
#define bit_XSAVES (1 << 3)

// The vendor string of leaf 0, in %ebx, %edx, %ecx.
#define signature_INTEL_ebx 0x756e6547
#define signature_INTEL_edx 0x49656e69
#define signature_INTEL_ecx 0x6c65746e
#define signature_AMD_ebx 0x68747541
#define signature_AMD_edx 0x69746e65
#define signature_AMD_ecx 0x444d4163

#define __cpuid(leaf, a, b, c, d)                                               \
  __asm__ __volatile__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "0"(leaf))

#define __cpuid_count(leaf, subleaf, a, b, c, d)                                \
  __asm__ __volatile__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "0"(leaf), "2"(subleaf))

// The highest leaf of the range ext starts (0 or 0x80000000); *sig, if
// given, gets %ebx (the vendor string's first four letters).
static __inline__ __attribute__((__unused__)) unsigned int __get_cpuid_max(unsigned int ext, unsigned int *sig) {
  unsigned int a, b, c, d;
  __cpuid(ext, a, b, c, d);
  if (sig)
    *sig = b;
  return a;
}

// 0 if the leaf does not exist, else 1 with the four registers.
static __inline__ __attribute__((__unused__)) int
__get_cpuid_count(unsigned int leaf, unsigned int subleaf, unsigned int *a, unsigned int *b,
                  unsigned int *c, unsigned int *d) {
  unsigned int max = __get_cpuid_max(leaf & 0x80000000, 0);
  if (max == 0 || max < leaf)
    return 0;
  __cpuid_count(leaf, subleaf, *a, *b, *c, *d);
  return 1;
}

static __inline__ __attribute__((__unused__)) int
__get_cpuid(unsigned int leaf, unsigned int *a, unsigned int *b, unsigned int *c, unsigned int *d) {
  return __get_cpuid_count(leaf, 0, a, b, c, d);
}

#endif
