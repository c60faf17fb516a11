# 9cc: make builds ./9cc with the system's C compiler; make test runs the
# assertion programs under test/.  See README.md.

CFLAGS = -std=c11 -g -O2 -Wall -Wextra -fno-common
SRCS = util.c tokenize.c preprocess.c parse.c type.c codegen.c main.c
OBJS = $(SRCS:.c=.o)

9cc: $(OBJS)
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS)

$(OBJS): 9cc.h

test: 9cc
	@./test/run.sh ./9cc

clean:
	rm -rf 9cc *.o build

.PHONY: test clean
