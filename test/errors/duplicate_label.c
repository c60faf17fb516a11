// expect: 5:1: error: duplicate label 'again'
int main(void) {
again:
  ;
again:
  return 0;
}
