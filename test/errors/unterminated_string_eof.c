// expect: 4:13: error: missing terminating " character
// note: the file ends inside the string literal, with no newline
int main(void) {
  char *s = "abc