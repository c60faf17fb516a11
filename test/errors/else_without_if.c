// expect: 3:3: error: 'else' without a previous 'if'
int main(void) {
  else return 1;
  return 0;
}
