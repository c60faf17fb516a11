// <ia32intrin.h>: the scalar intrinsics gcc's <x86intrin.h> and
// <immintrin.h> bring in (through <x86gprintrin.h>): the time-stamp
// counter, bit scans, byte swaps, population counts, rotations and the
// flags register.  On 9cc's builtins (builtin.c) or one instruction each.
#ifndef __IA32INTRIN_H
#define __IA32INTRIN_H

#define __IA32_FN static __inline__ __attribute__((__unused__))

__IA32_FN int __bsfd(int x) { return __builtin_ctz(x); }
__IA32_FN int __bsrd(int x) { return 31 - __builtin_clz(x); }
__IA32_FN int __bswapd(int x) { return (int)__builtin_bswap32(x); }
__IA32_FN int __popcntd(unsigned int x) { return __builtin_popcount(x); }
__IA32_FN int __bsfq(long long x) { return __builtin_ctzll(x); }
__IA32_FN int __bsrq(long long x) { return 63 - __builtin_clzll(x); }
__IA32_FN long long __bswapq(long long x) { return (long long)__builtin_bswap64(x); }
__IA32_FN long long __popcntq(unsigned long long x) { return __builtin_popcountll(x); }

// Rotations; the count is taken modulo the width, as the instructions do.
__IA32_FN unsigned char __rolb(unsigned char x, int c) { c &= 7; return (unsigned char)(x << c | x >> ((8 - c) & 7)); }
__IA32_FN unsigned char __rorb(unsigned char x, int c) { c &= 7; return (unsigned char)(x >> c | x << ((8 - c) & 7)); }
__IA32_FN unsigned short __rolw(unsigned short x, int c) { c &= 15; return (unsigned short)(x << c | x >> ((16 - c) & 15)); }
__IA32_FN unsigned short __rorw(unsigned short x, int c) { c &= 15; return (unsigned short)(x >> c | x << ((16 - c) & 15)); }
__IA32_FN unsigned int __rold(unsigned int x, int c) { c &= 31; return x << c | x >> ((32 - c) & 31); }
__IA32_FN unsigned int __rord(unsigned int x, int c) { c &= 31; return x >> c | x << ((32 - c) & 31); }
__IA32_FN unsigned long long __rolq(unsigned long long x, int c) { c &= 63; return x << c | x >> ((64 - c) & 63); }
__IA32_FN unsigned long long __rorq(unsigned long long x, int c) { c &= 63; return x >> c | x << ((64 - c) & 63); }

__IA32_FN unsigned long long __rdtsc(void) {
  unsigned int lo, hi;
  __asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
  return (unsigned long long)hi << 32 | lo;
}
__IA32_FN unsigned long long __rdtscp(unsigned int *aux) {
  unsigned int lo, hi;
  __asm__ __volatile__("rdtscp" : "=a"(lo), "=d"(hi), "=c"(*aux));
  return (unsigned long long)hi << 32 | lo;
}
__IA32_FN unsigned long long __rdpmc(int counter) {
  unsigned int lo, hi;
  __asm__ __volatile__("rdpmc" : "=a"(lo), "=d"(hi) : "c"(counter));
  return (unsigned long long)hi << 32 | lo;
}
__IA32_FN unsigned long long __readeflags(void) {
  unsigned long long r;
  __asm__ __volatile__("pushfq\n\tpopq %0" : "=r"(r));
  return r;
}
__IA32_FN void __writeeflags(unsigned long long x) { __asm__ __volatile__("pushq %0\n\tpopfq" : : "r"(x) : "cc"); }
__IA32_FN void __pause(void) { __asm__ __volatile__("pause"); }

#define _bit_scan_forward(a) __bsfd(a)
#define _bit_scan_reverse(a) __bsrd(a)
#define _bswap(a) __bswapd(a)
#define _bswap64(a) __bswapq(a)
#define _popcnt32(a) __popcntd(a)
#define _popcnt64(a) __popcntq(a)
#define _rdtsc() __rdtsc()
#define _rdtscp(a) __rdtscp(a)
#define _rdpmc(a) __rdpmc(a)
#define _rotwl(a, b) __rolw((a), (b))
#define _rotwr(a, b) __rorw((a), (b))
#define _rotl(a, b) __rold((a), (b))
#define _rotr(a, b) __rord((a), (b))
#define _lrotl(a, b) __rolq((a), (b))
#define _lrotr(a, b) __rorq((a), (b))

#endif
