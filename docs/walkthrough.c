// The program that docs/ARCHITECTURE.md follows through 9cc.
#define N 4

int square(int x) { return x * x; }

int main(void) {
  int sum = 0;
  for (int i = 1; i <= N; i++)
    sum = sum + square(i);
  return sum; // 1 + 4 + 9 + 16 = 30
}
