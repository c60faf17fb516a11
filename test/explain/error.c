// A program with an error: the page shows the diagnostic, not half a page.
int main(void) {
  return 1 +;
}
