// expect: 4:19: error: invalid operands to binary - (have 'int *' and 'double *')
// A difference counts elements of one type; 9cc divided by the left one's size.
long f(int *p, double *q) {
  return (long)(p - q);
}
