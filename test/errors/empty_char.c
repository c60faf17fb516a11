// expect: 3:10: error: empty character constant
int main(void) {
  return '';
}
