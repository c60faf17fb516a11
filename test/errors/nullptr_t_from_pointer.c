// expect: 5:15: error: initialization of 'nullptr_t' from 'int *', which is not a null pointer constant
// flags: -std=c2x
#include <stddef.h>
int x, *p = &x;
nullptr_t n = p;
