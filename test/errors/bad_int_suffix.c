// expect: 3:10: error: invalid suffix "abc" on integer constant
int main(void) {
  return 123abc;
}
