// expect: 4:4: error: increment of read-only variable 'x'
int main(void) {
  const int x = 0;
  x++;
  return x;
}
