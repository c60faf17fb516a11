// Text that HTML would take for markup: the page must show it as text.
char *s = "</script><b>&amp;\"'";
int lt(int a, int b) { return a < b && b > 0; } // <!-- & -->
