/* tgmath.h: 9cc's type-generic math, written with C11's _Generic.
   An argument of integer type counts as double (C11 7.25p3); the
   function chosen is the one for the widest real type among the
   arguments.  Complex types are not supported. */
#ifndef __9CC_TGMATH_H
#define __9CC_TGMATH_H

#include <math.h>

/* A value of the type an argument is treated as: float, double or long double. */
#define __tg_real(x) _Generic((x), float: 0.0f, long double: 0.0L, default: 0.0)

#define __tg1(fn, x) \
  _Generic(__tg_real(x), float: fn##f, long double: fn##l, default: fn)(x)
#define __tg2(fn, x, y) \
  _Generic(__tg_real(x) + __tg_real(y), float: fn##f, long double: fn##l, default: fn)(x, y)
#define __tg3(fn, x, y, z) \
  _Generic(__tg_real(x) + __tg_real(y) + __tg_real(z), \
           float: fn##f, long double: fn##l, default: fn)(x, y, z)

#define acos(x) __tg1(acos, x)
#define asin(x) __tg1(asin, x)
#define atan(x) __tg1(atan, x)
#define acosh(x) __tg1(acosh, x)
#define asinh(x) __tg1(asinh, x)
#define atanh(x) __tg1(atanh, x)
#define cos(x) __tg1(cos, x)
#define sin(x) __tg1(sin, x)
#define tan(x) __tg1(tan, x)
#define cosh(x) __tg1(cosh, x)
#define sinh(x) __tg1(sinh, x)
#define tanh(x) __tg1(tanh, x)
#define exp(x) __tg1(exp, x)
#define log(x) __tg1(log, x)
#define sqrt(x) __tg1(sqrt, x)
#define fabs(x) __tg1(fabs, x)
#define cbrt(x) __tg1(cbrt, x)
#define ceil(x) __tg1(ceil, x)
#define erf(x) __tg1(erf, x)
#define erfc(x) __tg1(erfc, x)
#define exp2(x) __tg1(exp2, x)
#define expm1(x) __tg1(expm1, x)
#define floor(x) __tg1(floor, x)
#define lgamma(x) __tg1(lgamma, x)
#define log10(x) __tg1(log10, x)
#define log1p(x) __tg1(log1p, x)
#define log2(x) __tg1(log2, x)
#define logb(x) __tg1(logb, x)
#define nearbyint(x) __tg1(nearbyint, x)
#define rint(x) __tg1(rint, x)
#define round(x) __tg1(round, x)
#define tgamma(x) __tg1(tgamma, x)
#define trunc(x) __tg1(trunc, x)
#define ilogb(x) __tg1(ilogb, x)
#define llrint(x) __tg1(llrint, x)
#define llround(x) __tg1(llround, x)
#define lrint(x) __tg1(lrint, x)
#define lround(x) __tg1(lround, x)
#define pow(x, y) __tg2(pow, x, y)
#define atan2(x, y) __tg2(atan2, x, y)
#define copysign(x, y) __tg2(copysign, x, y)
#define fdim(x, y) __tg2(fdim, x, y)
#define fmax(x, y) __tg2(fmax, x, y)
#define fmin(x, y) __tg2(fmin, x, y)
#define fmod(x, y) __tg2(fmod, x, y)
#define hypot(x, y) __tg2(hypot, x, y)
#define nextafter(x, y) __tg2(nextafter, x, y)
#define remainder(x, y) __tg2(remainder, x, y)
#define fma(x, y, z) __tg3(fma, x, y, z)
#define frexp(x, e) \
  _Generic(__tg_real(x), float: frexpf, long double: frexpl, default: frexp)(x, e)
#define ldexp(x, e) \
  _Generic(__tg_real(x), float: ldexpf, long double: ldexpl, default: ldexp)(x, e)
#define scalbn(x, e) \
  _Generic(__tg_real(x), float: scalbnf, long double: scalbnl, default: scalbn)(x, e)
#define scalbln(x, e) \
  _Generic(__tg_real(x), float: scalblnf, long double: scalblnl, default: scalbln)(x, e)
#define nexttoward(x, y) \
  _Generic(__tg_real(x), float: nexttowardf, long double: nexttowardl, default: nexttoward)(x, y)
#define remquo(x, y, q) \
  _Generic(__tg_real(x) + __tg_real(y), float: remquof, long double: remquol, default: remquo)(x, y, q)

#endif
