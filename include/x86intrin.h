// <x86intrin.h>: all the x86 intrinsics 9cc provides (see <immintrin.h>).
#ifndef __X86INTRIN_H
#define __X86INTRIN_H
#include <immintrin.h>
#endif
