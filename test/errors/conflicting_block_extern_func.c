// expect: 5:14: error: conflicting types for 'f'
// A block-scope declaration names the file-scope f (gnulib's ioctl probe).
int f(int, unsigned long, ...);
int main(void) {
  extern int f(int, int, ...);
  return 0;
}
