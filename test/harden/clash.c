// A thread's stack with a guard page below it, and other memory (the
// "victim") below the guard: a frame or alloca bigger than what is left
// either touches the guard (SIGSEGV, what stack clash protection is for)
// or jumps over it and writes into the victim.
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

enum { STACK = 64 * 1024, GUARD = 4096, VICTIM = 256 * 1024 };

static int __attribute__((noinline)) big_frame(void) {
  volatile char big[100000];
  big[0] = 1;
  return big[0];
}

static int __attribute__((noinline)) big_alloca(int n) {
  volatile char *p = __builtin_alloca(n);
  p[0] = 1;
  return p[0];
}

static void *run(void *arg) {
  return (void *)(long)(*(int *)arg ? big_alloca(100000) : big_frame());
}

// 1 if the child died on the guard page, 0 if it ran through it.
static int dies_on_guard(int use_alloca) {
  pid_t pid = fork();
  if (pid == 0) {
    char *m = mmap(NULL, VICTIM + GUARD + STACK, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED || mprotect(m + VICTIM, GUARD, PROT_NONE))
      _exit(2);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstack(&attr, m + VICTIM + GUARD, STACK);
    pthread_attr_setguardsize(&attr, 0);
    pthread_t t;
    if (pthread_create(&t, &attr, run, &use_alloca))
      _exit(3);
    pthread_join(t, NULL);
    _exit(0);
  }
  int st;
  waitpid(pid, &st, 0);
  if (WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV)
    return 1;
  if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
    return 0;
  return 9;
}

int main(void) {
  // With room enough, both run as usual (the probes loop and stop).
  printf("%d %d\n", big_frame(), big_alloca(100000));
  printf("%d %d\n", dies_on_guard(0), dies_on_guard(1));
  return 0;
}
