/* limits.h: 9cc's header.  The C11 limits for x86-64 (LP64), then
   glibc's own limits.h for the POSIX ones (PATH_MAX and friends). */
#ifndef __9CC_LIMITS_H
#define __9CC_LIMITS_H

#define CHAR_BIT 8
#define SCHAR_MIN (-128)
#define SCHAR_MAX 127
#define UCHAR_MAX 255
#ifdef __CHAR_UNSIGNED__
#define CHAR_MIN 0
#define CHAR_MAX UCHAR_MAX
#else
#define CHAR_MIN SCHAR_MIN
#define CHAR_MAX SCHAR_MAX
#endif
#define MB_LEN_MAX 16
#define SHRT_MIN (-32768)
#define SHRT_MAX 32767
#define USHRT_MAX 65535
#define INT_MIN (-2147483647 - 1)
#define INT_MAX 2147483647
#define UINT_MAX 4294967295U
#define LONG_MIN (-9223372036854775807L - 1)
#define LONG_MAX 9223372036854775807L
#define ULONG_MAX 18446744073709551615UL
#define LLONG_MIN (-9223372036854775807LL - 1)
#define LLONG_MAX 9223372036854775807LL
#define ULLONG_MAX 18446744073709551615ULL

#if __STDC_VERSION__ > 201710L
/* C23: the widest _BitInt(N) 9cc has. */
#define BITINT_MAXWIDTH 128
#endif

#endif

/* glibc's limits.h includes the compiler's with #include_next when
   _GCC_LIMITS_H_ is undefined; defining it stops that loop. */
#ifndef _GCC_LIMITS_H_
#define _GCC_LIMITS_H_
#endif
#include_next <limits.h>
