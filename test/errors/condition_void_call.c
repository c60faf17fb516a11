// expect: 5:7: error: void value not ignored as it ought to be
// Before, 9cc tested whatever rax held after the call.
void g(void);
int f(void) {
  if (g())
    return 1;
  return 0;
}
