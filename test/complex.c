#include "test.h"
// _Complex and GNU's imaginary constants, __real__, __imag__ and ~ (the
// conjugate).  Values are exact in binary floating point, so == is safe.
double creal(double _Complex z);
double cimag(double _Complex z);
float cimagf(float _Complex z);
double cabs(double _Complex z);

_Complex double gz = 1.0 + 2.0i;
_Complex float gf = 3.0f - 4.0fi;
_Complex double garr[2] = {1.0, 2.0i};
double greal = 5.0 + 6.0i; // the imaginary part is dropped

_Complex double add(_Complex double a, _Complex double b) { return a + b; }
_Complex float mulf(_Complex float a, _Complex float b) { return a * b; }
double re(_Complex double z) { return __real__ z; }

int main() {
  _Complex double a = 1.0 + 2.0i, b = 3.0 - 1.0i;
  ASSERT(16, sizeof(_Complex double));
  ASSERT(8, sizeof(_Complex float));
  ASSERT(32, sizeof(_Complex long double));
  ASSERT(8, _Alignof(_Complex double));
  ASSERT(1, __real__ a == 1.0);
  ASSERT(1, __imag__ a == 2.0);
  ASSERT(1, a + b == 4.0 + 1.0i);
  ASSERT(1, a - b == -2.0 + 3.0i);
  ASSERT(1, a * b == 5.0 + 5.0i);
  ASSERT(1, (4.0 + 2.0i) / (1.0 + 1.0i) == 3.0 - 1.0i);
  ASSERT(1, -a == -1.0 - 2.0i);
  ASSERT(1, ~a == 1.0 - 2.0i);
  ASSERT(1, a != b);
  ASSERT(0, a == b);
  ASSERT(1, a == a);
  ASSERT(1, a + 1 == 2.0 + 2.0i);
  ASSERT(1, 2 * a == 2.0 + 4.0i);
  a += b;
  ASSERT(1, a == 4.0 + 1.0i);
  a *= 2;
  ASSERT(1, a == 8.0 + 2.0i);
  __real__ a = 7.0;
  __imag__ a = -1.0;
  ASSERT(1, a == 7.0 - 1.0i);
  double d = a;
  ASSERT(7, d);
  ASSERT(7, (int)a);
  ASSERT(1, (_Bool)(0.0 + 1.0i));
  ASSERT(0, (_Bool)(0.0 + 0.0i));
  ASSERT(1, (0.0 + 1.0i) ? 1 : 0);
  ASSERT(1, !(0.0 + 0.0i));
  ASSERT(1, gz == 1.0 + 2.0i);
  ASSERT(1, gf == 3.0f - 4.0fi);
  ASSERT(1, garr[0] == 1.0 && garr[1] == 2.0i);
  ASSERT(5, greal);
  ASSERT(1, add(a, b) == 10.0 - 2.0i);
  ASSERT(1, mulf(1.0f + 1.0fi, 1.0f - 1.0fi) == 2.0f);
  ASSERT(7, re(a));
  ASSERT(1, creal(b) == 3.0 && cimag(b) == -1.0);
  ASSERT(-4, cimagf(gf));
  ASSERT(5, cabs(3.0 + 4.0i));
  _Complex float f = a; // double to float parts
  ASSERT(1, f == 7.0f - 1.0fi);
  _Complex long double l = b;
  ASSERT(1, __real__ l == 3.0L && __imag__ l == -1.0L);
  ASSERT(1, _Generic(a, _Complex double: 1, default: 0));
  ASSERT(1, _Generic(1.0fi, _Complex float: 1, default: 0));
  // ?: with a complex branch and a real one: both in the common complex type.
  int no = 0;
  double three = 3;
  ASSERT(1, (no ? a : three) == 3.0);
  ASSERT(1, (!no ? three : a) == 3.0);
  ASSERT(1, (no ? three : a) == 7.0 - 1.0i);
  ASSERT(1, _Generic(no ? 1.0f : gf, _Complex float: 1, default: 0));
  ASSERT(1, _Generic(no ? gf : a, _Complex double: 1, default: 0));
  ASSERT(1, (!no ? gf : a) == 3.0 - 4.0i);
  ASSERT(1, (a ?: three) == 7.0 - 1.0i);
  ASSERT(1, +a == 7.0 - 1.0i); // unary plus: the value
  ASSERT(1, -a == -7.0 + 1.0i);
  test_done(__FILE__);
  return 0;
}
