// expect: 3:3: error: case label not within a switch statement
int f(int x) {
  case 1: return x;
  return 0;
}
