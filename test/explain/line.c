// A #line renumbers what diagnostics say, not the page's lines.
int f(int x) {
#line 100 "renamed.c"
  return x * 3;
}
