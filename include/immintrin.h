// <immintrin.h>: with gcc, every Intel intrinsic, those of instruction sets
// the machine may lack behind target attributes.  9cc provides what every
// x86-64 has: SSE and SSE2 (<emmintrin.h>) and the scalar intrinsics of
// <x86gprintrin.h>.  Code that uses later sets tests their macros
// (__SSE3__, __AVX2__, ...), which 9cc does not define.
#ifndef __IMMINTRIN_H
#define __IMMINTRIN_H
#include <x86gprintrin.h>
#include <emmintrin.h>
#endif
