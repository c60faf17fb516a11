// expect: 2:11: error: missing terminating " character
char *s = "hello;
int main(void) { return 0; }
