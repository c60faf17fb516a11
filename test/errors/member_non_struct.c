// expect: 4:11: error: request for member 'a' in something not a structure or union
int main(void) {
  int x = 1;
  return x.a;
}
