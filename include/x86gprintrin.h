// <x86gprintrin.h>: the intrinsics on general-purpose registers that 9cc
// provides, those of <ia32intrin.h>.
#ifndef __X86GPRINTRIN_H
#define __X86GPRINTRIN_H
#include <ia32intrin.h>
#endif
