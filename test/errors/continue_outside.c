// expect: 4:11: error: continue statement not within a loop
int f(int x) {
  switch (x) {
  case 1: continue;
  }
  return 0;
}
