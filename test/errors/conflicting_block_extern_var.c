// expect: 5:16: error: conflicting types for 'x'
long x;
int main(void) {
  {
    extern int x;
    return x;
  }
}
