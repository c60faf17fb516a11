/* Recursion and allocation: complete binary trees built with malloc,
   walked and freed, plus an unbalanced binary search tree of random keys
   with in-order traversal and recursive free.  Optional argument: scale
   (percent of the full problem, default 100). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define ROUNDS 80 /* at scale 100 */

typedef struct Node Node;
struct Node {
  Node *left, *right;
  long value;
};

static Node *make(long value, Node *l, Node *r) {
  Node *n = malloc(sizeof *n);
  if (!n) {
    fprintf(stderr, "out of memory\n");
    exit(2);
  }
  n->left = l;
  n->right = r;
  n->value = value;
  return n;
}

static Node *build(int depth, long value) {
  if (depth == 0)
    return make(value, NULL, NULL);
  return make(value, build(depth - 1, 2 * value), build(depth - 1, 2 * value + 1));
}

static long check(const Node *n) {
  if (!n->left)
    return n->value & 7;
  return 1 + check(n->left) - check(n->right) + (n->value & 3);
}

static void release(Node *n) {
  if (!n)
    return;
  release(n->left);
  release(n->right);
  free(n);
}

static Node *bst_insert(Node *root, long key) {
  if (!root)
    return make(key, NULL, NULL);
  if (key < root->value)
    root->left = bst_insert(root->left, key);
  else if (key > root->value)
    root->right = bst_insert(root->right, key);
  return root;
}

static void inorder(const Node *n, uint64_t *h, long *count) {
  if (!n)
    return;
  inorder(n->left, h, count);
  *h = (*h ^ (uint64_t)n->value) * 0x100000001b3ull;
  ++*count;
  inorder(n->right, h, count);
}

static int height(const Node *n) {
  if (!n)
    return 0;
  int l = height(n->left), r = height(n->right);
  return 1 + (l > r ? l : r);
}

static uint64_t rng = 0x853c49e6748fea9bull;

static uint32_t next(void) {
  rng = rng * 6364136223846793005ull + 1442695040888963407ull;
  return (uint32_t)(rng >> 33);
}

int main(int argc, char **argv) {
  long scale = argc > 1 ? atol(argv[1]) : 100;
  long rounds = ROUNDS * scale / 100;
  if (rounds < 1)
    rounds = 1;
  long total = 0;
  uint64_t h = 0xcbf29ce484222325ull;
  long nodes = 0;
  int maxh = 0;
  Node *keep = build(12, 1);
  for (long r = 0; r < rounds; r++) {
    for (int d = 4; d <= 14; d += 2) {
      int iters = 1 << (14 - d);
      for (int i = 0; i < iters; i++) {
        Node *t = build(d, i + r);
        total += check(t);
        release(t);
      }
    }
    Node *root = NULL;
    for (int i = 0; i < 6000; i++)
      root = bst_insert(root, next() % 100000);
    inorder(root, &h, &nodes);
    int ht = height(root);
    if (ht > maxh)
      maxh = ht;
    release(root);
  }
  total += check(keep);
  release(keep);
  printf("checksum: %ld %016llx %ld %d\n", total, (unsigned long long)h, nodes,
         maxh);
  return 0;
}
