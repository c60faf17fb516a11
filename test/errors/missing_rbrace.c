// expect: 5:1: error: expected declaration or statement at end of input
int main(void) {
  if (1) {
    return 0;
}
