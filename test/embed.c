// C23's #embed (6.10.3) and __has_embed, which 9cc accepts in every mode
// (this file has no -std flag).  gcc learned #embed in version 15; older
// ones compile nothing of it (they do not define `__has_embed`).  The
// resources are in test/embed/: abc.txt is the three bytes "abc",
// bytes.bin the 256 byte values in order, empty.bin empty.  Expected
// values are the bytes themselves, as the standard says.
#include "test.h"

#if defined(__9cc__) || defined(__has_embed)
static const unsigned char all[] = {
#embed "embed/bytes.bin"
};

static signed char as_signed[] = {
#embed "embed/bytes.bin"
};

// Parameters: limit (a constant expression, macros expanded), prefix and
// suffix around the bytes, their __x__ spellings.
#define TWO 1 + 1
static int limited[] = {
#embed "embed/bytes.bin" limit(TWO) prefix(-1, ) suffix(, -2)
};
static int underscored[] = {
#embed "embed/abc.txt" __limit__(1) __prefix__(5, ) __suffix__(, 6)
};

// An empty resource: if_empty's tokens, and no prefix or suffix.
static int empty[] = {
#embed "embed/empty.bin" prefix(1, ) suffix(, 2) if_empty(42)
};
static int limit_zero[] = {
  7,
#embed "embed/abc.txt" limit(0) prefix(1, ) if_empty(8, )
  9
};
static int not_empty[] = {
#embed "embed/abc.txt" if_empty(0)
};

// <...> searches the include paths (run.sh passes -Itest); a macro may
// name the resource, parameters included.
static char angle[] = {
#embed <embed/abc.txt>
};
#define ABC "embed/abc.txt" limit(2)
static char from_macro[] = {
#embed ABC
};

// A wider element, a bool, a struct: each byte is one initializer.
static long wide[] = {
#embed "embed/abc.txt"
};
static _Bool truth[4] = {
#embed "embed/bytes.bin" limit(3)
};
static struct {
  char c[2];
  int i;
} parts = {
#embed "embed/abc.txt"
};
static char fixed[5] = {
#embed "embed/abc.txt"
};

// The vendors' parameters gcc 15 and clang document: gnu::offset and
// clang::offset skip bytes before limit counts (skipping them all leaves
// the resource empty); gnu::base64 gives the bytes of the resource ".".
static int offset_limited[] = {
#embed "embed/bytes.bin" gnu::offset(10) limit(2)
};
static int offset_clang[] = {
#embed "embed/abc.txt" __clang__::__offset__(2) prefix(7, )
};
static int offset_past_end[] = {
#embed "embed/abc.txt" clang::offset(3) if_empty(-5) prefix(1, )
};
static char base64[] = {
#embed "." __gnu__::base64("SGVs" "bG8=") suffix(, 0)
};

static int sum3(int a, int b, int c) { return a + b + c; }

static void test_embed_values(void) {
  ASSERT(256, sizeof(all));
  int ok = 1;
  for (int i = 0; i < 256; i++)
    ok &= all[i] == i;
  ASSERT(1, ok);
  ASSERT(-1, as_signed[255]);
  ASSERT(-56, as_signed[200]);
  ASSERT(127, as_signed[127]);

  ASSERT(4, sizeof(limited) / sizeof(int));
  ASSERT(-1, limited[0]);
  ASSERT(0, limited[1]);
  ASSERT(1, limited[2]);
  ASSERT(-2, limited[3]);
  ASSERT(3, sizeof(underscored) / sizeof(int));
  ASSERT(5, underscored[0]);
  ASSERT('a', underscored[1]);
  ASSERT(6, underscored[2]);

  ASSERT(1, sizeof(empty) / sizeof(int));
  ASSERT(42, empty[0]);
  ASSERT(3, sizeof(limit_zero) / sizeof(int));
  ASSERT(8, limit_zero[1]);
  ASSERT(3, sizeof(not_empty) / sizeof(int));

  ASSERT(3, sizeof(angle));
  ASSERT('c', angle[2]);
  ASSERT(2, sizeof(from_macro));
  ASSERT('b', from_macro[1]);

  ASSERT(24, sizeof(wide));
  ASSERT('c', wide[2]);
  ASSERT(0, truth[0]);
  ASSERT(1, truth[1]);
  ASSERT(1, truth[2]);
  ASSERT(0, truth[3]);
  ASSERT('a', parts.c[0]);
  ASSERT('b', parts.c[1]);
  ASSERT('c', parts.i);
  ASSERT('c', fixed[2]);
  ASSERT(0, fixed[3]);

  ASSERT(2, sizeof(offset_limited) / sizeof(int));
  ASSERT(10, offset_limited[0]);
  ASSERT(11, offset_limited[1]);
  ASSERT(2, sizeof(offset_clang) / sizeof(int));
  ASSERT(7, offset_clang[0]);
  ASSERT('c', offset_clang[1]);
  ASSERT(1, sizeof(offset_past_end) / sizeof(int));
  ASSERT(-5, offset_past_end[0]);
  ASSERT(6, sizeof(base64));
  ASSERT(0, strcmp(base64, "Hello"));
}

static void test_embed_in_code(void) {
  // Locals, of char and of int, and the rest of an array left zero.
  unsigned char bytes[] = {
#embed "embed/bytes.bin"
  };
  ASSERT(256, sizeof(bytes));
  ASSERT(255, bytes[255]);
  ASSERT(128, bytes[128]);
  int ints[6] = {
#embed "embed/abc.txt"
  };
  ASSERT('a', ints[0]);
  ASSERT('c', ints[2]);
  ASSERT(0, ints[5]);
  // Anywhere an expression list may be: arguments, a sum.
  ASSERT('a' + 'b' + 'c', sum3(
#embed "embed/abc.txt"
  ));
  int total = 0
#embed "embed/abc.txt" prefix(+) limit(1)
  ;
  ASSERT('a', total);
}

// __has_embed is for #if alone: each check that fails stops the build.
#if __has_embed("embed/abc.txt") != __STDC_EMBED_FOUND__ || __STDC_EMBED_FOUND__ != 1
#error "__has_embed: abc.txt"
#endif
#if __has_embed(<embed/bytes.bin> limit(1) prefix(x) suffix(y) if_empty(z)) != 1
#error "__has_embed: parameters"
#endif
#if __has_embed("embed/empty.bin") != __STDC_EMBED_EMPTY__ || __STDC_EMBED_EMPTY__ != 2
#error "__has_embed: empty"
#endif
#if __has_embed("embed/abc.txt" limit(0)) != 2
#error "__has_embed: limit(0)"
#endif
#if __has_embed("embed/no such file") != __STDC_EMBED_NOT_FOUND__ || __STDC_EMBED_NOT_FOUND__
#error "__has_embed: missing"
#endif
#if __has_embed("embed/abc.txt" unknown_parameter) || __has_embed("embed/abc.txt" vendor::p(1))
#error "__has_embed: unknown parameters"
#endif
#if __has_embed("embed/abc.txt" gnu::offset(2)) != 1 || __has_embed("embed/abc.txt" clang::offset(3)) != 2
#error "__has_embed: offset"
#endif
#if __has_embed("." gnu::base64("SA==")) != 1 || __has_embed("." gnu::base64("")) != 2 || \
    __has_embed("embed/abc.txt" gnu::base64("SA==")) || __has_embed("embed/abc.txt" gnu::other(1))
#error "__has_embed: base64"
#endif
#if __has_embed(ABC) != 1 || !defined(__has_embed)
#error "__has_embed: a macro"
#endif
#endif

int main(void) {
#if defined(__9cc__) || defined(__has_embed)
  test_embed_values();
  test_embed_in_code();
#endif
  test_done(__FILE__);
  return 0;
}
