// expect: 4:12: error: storage size of 's' isn't known
struct S;
int main(void) {
  struct S s;
  return 0;
}
