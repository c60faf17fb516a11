// test/pp.sh: reached from a/x.h by #include_next.
#define X_FROM_B 2
