// expect: 4:29: error: '__atomic_fetch_add' on 'struct S': 9cc's atomics take integers and pointers of 1, 2, 4, 8 or 16 bytes
struct S { int a[4]; } s;
int main(void) {
  return __atomic_fetch_add(&s, 1, __ATOMIC_SEQ_CST) != 0;
}
