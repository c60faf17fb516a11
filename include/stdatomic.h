// <stdatomic.h> (C11 7.17, with C17's changes) for 9cc, on gcc's __atomic
// builtins (builtin.c), which 9cc makes lock-free for objects of 1, 2, 4
// and 8 bytes.  The generic functions are macros that take any atomic
// object's address; __auto_type holds a value of its type.
#ifndef __STDATOMIC_H
#define __STDATOMIC_H

typedef enum memory_order {
  memory_order_relaxed = __ATOMIC_RELAXED,
  memory_order_consume = __ATOMIC_CONSUME,
  memory_order_acquire = __ATOMIC_ACQUIRE,
  memory_order_release = __ATOMIC_RELEASE,
  memory_order_acq_rel = __ATOMIC_ACQ_REL,
  memory_order_seq_cst = __ATOMIC_SEQ_CST,
} memory_order;

typedef _Atomic _Bool atomic_bool;
typedef _Atomic char atomic_char;
typedef _Atomic signed char atomic_schar;
typedef _Atomic unsigned char atomic_uchar;
typedef _Atomic short atomic_short;
typedef _Atomic unsigned short atomic_ushort;
typedef _Atomic int atomic_int;
typedef _Atomic unsigned int atomic_uint;
typedef _Atomic long atomic_long;
typedef _Atomic unsigned long atomic_ulong;
typedef _Atomic long long atomic_llong;
typedef _Atomic unsigned long long atomic_ullong;
typedef _Atomic unsigned short atomic_char16_t;
typedef _Atomic unsigned int atomic_char32_t;
typedef _Atomic int atomic_wchar_t;
typedef _Atomic signed char atomic_int_least8_t;
typedef _Atomic unsigned char atomic_uint_least8_t;
typedef _Atomic short atomic_int_least16_t;
typedef _Atomic unsigned short atomic_uint_least16_t;
typedef _Atomic int atomic_int_least32_t;
typedef _Atomic unsigned int atomic_uint_least32_t;
typedef _Atomic long atomic_int_least64_t;
typedef _Atomic unsigned long atomic_uint_least64_t;
typedef _Atomic signed char atomic_int_fast8_t;
typedef _Atomic unsigned char atomic_uint_fast8_t;
typedef _Atomic long atomic_int_fast16_t;
typedef _Atomic unsigned long atomic_uint_fast16_t;
typedef _Atomic long atomic_int_fast32_t;
typedef _Atomic unsigned long atomic_uint_fast32_t;
typedef _Atomic long atomic_int_fast64_t;
typedef _Atomic unsigned long atomic_uint_fast64_t;
typedef _Atomic long atomic_intptr_t;
typedef _Atomic unsigned long atomic_uintptr_t;
typedef _Atomic unsigned long atomic_size_t;
typedef _Atomic long atomic_ptrdiff_t;
typedef _Atomic long atomic_intmax_t;
typedef _Atomic unsigned long atomic_uintmax_t;

#define ATOMIC_BOOL_LOCK_FREE __GCC_ATOMIC_BOOL_LOCK_FREE
#define ATOMIC_CHAR_LOCK_FREE __GCC_ATOMIC_CHAR_LOCK_FREE
#define ATOMIC_CHAR16_T_LOCK_FREE __GCC_ATOMIC_CHAR16_T_LOCK_FREE
#define ATOMIC_CHAR32_T_LOCK_FREE __GCC_ATOMIC_CHAR32_T_LOCK_FREE
#define ATOMIC_WCHAR_T_LOCK_FREE __GCC_ATOMIC_WCHAR_T_LOCK_FREE
#define ATOMIC_SHORT_LOCK_FREE __GCC_ATOMIC_SHORT_LOCK_FREE
#define ATOMIC_INT_LOCK_FREE __GCC_ATOMIC_INT_LOCK_FREE
#define ATOMIC_LONG_LOCK_FREE __GCC_ATOMIC_LONG_LOCK_FREE
#define ATOMIC_LLONG_LOCK_FREE __GCC_ATOMIC_LLONG_LOCK_FREE
#define ATOMIC_POINTER_LOCK_FREE __GCC_ATOMIC_POINTER_LOCK_FREE

#define ATOMIC_VAR_INIT(value) (value)
#define atomic_init(obj, value) __atomic_store_n_any(obj, value, __ATOMIC_RELAXED)
#define kill_dependency(y) (y)

#define atomic_thread_fence(order) __atomic_thread_fence(order)
#define atomic_signal_fence(order) __atomic_signal_fence(order)
#define atomic_is_lock_free(obj) __atomic_is_lock_free(sizeof(*(obj)), (obj))

// Stores and loads through the generic builtins, which take objects of
// any type of 1, 2, 4 or 8 bytes (a double as well as an int).
#define __atomic_store_n_any(obj, desired, order)                              \
  ({ __auto_type __9cc_p = (obj);                                              \
     __typeof__((void)0, *__9cc_p) __9cc_v = (desired);                        \
     __atomic_store(__9cc_p, &__9cc_v, order); })
#define atomic_store_explicit(obj, desired, order) __atomic_store_n_any(obj, desired, order)
#define atomic_store(obj, desired) atomic_store_explicit(obj, desired, __ATOMIC_SEQ_CST)

#define atomic_load_explicit(obj, order)                                       \
  ({ __auto_type __9cc_p = (obj);                                              \
     __typeof__((void)0, *__9cc_p) __9cc_r;                                    \
     __atomic_load(__9cc_p, &__9cc_r, order);                                  \
     __9cc_r; })
#define atomic_load(obj) atomic_load_explicit(obj, __ATOMIC_SEQ_CST)

#define atomic_exchange_explicit(obj, desired, order)                          \
  ({ __auto_type __9cc_p = (obj);                                              \
     __typeof__((void)0, *__9cc_p) __9cc_v = (desired), __9cc_r;               \
     __atomic_exchange(__9cc_p, &__9cc_v, &__9cc_r, order);                    \
     __9cc_r; })
#define atomic_exchange(obj, desired) atomic_exchange_explicit(obj, desired, __ATOMIC_SEQ_CST)

#define atomic_compare_exchange_strong_explicit(obj, expected, desired, success, failure) \
  ({ __auto_type __9cc_p = (obj);                                              \
     __typeof__((void)0, *__9cc_p) __9cc_v = (desired);                        \
     __atomic_compare_exchange(__9cc_p, (expected), &__9cc_v, 0, success, failure); })
#define atomic_compare_exchange_strong(obj, expected, desired)                 \
  atomic_compare_exchange_strong_explicit(obj, expected, desired, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)
#define atomic_compare_exchange_weak_explicit(obj, expected, desired, success, failure) \
  ({ __auto_type __9cc_p = (obj);                                              \
     __typeof__((void)0, *__9cc_p) __9cc_v = (desired);                        \
     __atomic_compare_exchange(__9cc_p, (expected), &__9cc_v, 1, success, failure); })
#define atomic_compare_exchange_weak(obj, expected, desired)                   \
  atomic_compare_exchange_weak_explicit(obj, expected, desired, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)

#define atomic_fetch_add_explicit(obj, arg, order) __atomic_fetch_add(obj, arg, order)
#define atomic_fetch_add(obj, arg) __atomic_fetch_add(obj, arg, __ATOMIC_SEQ_CST)
#define atomic_fetch_sub_explicit(obj, arg, order) __atomic_fetch_sub(obj, arg, order)
#define atomic_fetch_sub(obj, arg) __atomic_fetch_sub(obj, arg, __ATOMIC_SEQ_CST)
#define atomic_fetch_or_explicit(obj, arg, order) __atomic_fetch_or(obj, arg, order)
#define atomic_fetch_or(obj, arg) __atomic_fetch_or(obj, arg, __ATOMIC_SEQ_CST)
#define atomic_fetch_xor_explicit(obj, arg, order) __atomic_fetch_xor(obj, arg, order)
#define atomic_fetch_xor(obj, arg) __atomic_fetch_xor(obj, arg, __ATOMIC_SEQ_CST)
#define atomic_fetch_and_explicit(obj, arg, order) __atomic_fetch_and(obj, arg, order)
#define atomic_fetch_and(obj, arg) __atomic_fetch_and(obj, arg, __ATOMIC_SEQ_CST)

typedef struct atomic_flag { _Bool __val; } atomic_flag;
#define ATOMIC_FLAG_INIT {0}
#define atomic_flag_test_and_set_explicit(obj, order) __atomic_test_and_set(&(obj)->__val, order)
#define atomic_flag_test_and_set(obj) atomic_flag_test_and_set_explicit(obj, __ATOMIC_SEQ_CST)
#define atomic_flag_clear_explicit(obj, order) __atomic_clear(&(obj)->__val, order)
#define atomic_flag_clear(obj) atomic_flag_clear_explicit(obj, __ATOMIC_SEQ_CST)

#endif
