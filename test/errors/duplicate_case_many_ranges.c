// expect: 13:3: error: duplicate case value
// More than 1,024 case ranges: a value inside the last is still a duplicate.
#define R(n) case (n) * 4 ... (n) * 4 + 1:
#define R10(n) R(n##0) R(n##1) R(n##2) R(n##3) R(n##4) R(n##5) R(n##6) R(n##7) R(n##8) R(n##9)
#define R100(n) R10(n##0) R10(n##1) R10(n##2) R10(n##3) R10(n##4) \
                R10(n##5) R10(n##6) R10(n##7) R10(n##8) R10(n##9)
int f(int x) {
  switch (x) {
    R100(1) R100(2) R100(3) R100(4) R100(5) R100(6)
    R100(7) R100(8) R100(9) R100(10) R100(11)
    return 1;
  case 0: return 0;
  case 1199 * 4: return 2;
  }
  return 3;
}
