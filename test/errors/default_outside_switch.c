// expect: 3:3: error: 'default' label not within a switch statement
int f(int x) {
  default: return x;
}
