// expect: 4:10: error: last argument of '__builtin_object_size' is not integer constant between 0 and 3
int main(void) {
  char buf[4];
  return __builtin_object_size(buf, 4);
}
