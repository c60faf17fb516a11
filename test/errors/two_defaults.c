// expect: 6:3: error: multiple default labels in one switch
int f(int x) {
  switch (x) {
  default: return 1;
  case 2: return 2;
  default: return 3;
  }
}
