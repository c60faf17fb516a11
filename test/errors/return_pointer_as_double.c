// expect: 4:10: error: incompatible types when returning type 'int *' but 'double' was expected
// Before, 9cc returned the pointer's bits converted as an integer.
double f(int *p) {
  return p;
}
