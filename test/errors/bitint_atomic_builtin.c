// expect: 3:35: error: '__atomic_fetch_add' on a _BitInt is not supported
_BitInt(33) x;
void f(void) { __atomic_fetch_add(&x, 1, 5); }
