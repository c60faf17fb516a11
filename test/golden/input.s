  .intel_syntax noprefix
  .globl count
  .data
  .type count, @object
  .size count, 4
  .align 4
count:
  .byte 2
  .byte 0
  .byte 0
  .byte 0
  .local .L..2
  .section .rodata
  .type .L..2, @object
  .size .L..2, 3
  .align 1
.L..2:
  .byte 104
  .byte 105
  .byte 0
  .globl area
  .text
  .type area, @function
area:
  .cfi_startproc
  # input.c:12: long area(struct point *p, int n) {
  push rbp
  .cfi_def_cfa_offset 16
  .cfi_offset rbp, -16
  mov rbp, rsp
  .cfi_def_cfa_register rbp
  sub rsp, 32
  mov QWORD PTR [rbp-16], rsp
  mov QWORD PTR [rbp-24], rdi
  mov DWORD PTR [rbp-28], esi
  # input.c:13: long total = 0;
  mov rax, 0
  mov rdx, rax
  lea rax, [rbp-8]
  mov rdi, rax
  mov rax, rdx
  mov QWORD PTR [rdi], rax
  # input.c:14: while (n > 0) {
.L.begin.1:
  mov eax, 0
  mov edi, DWORD PTR [rbp-28]
  cmp eax, edi
  jge .L..0
  # input.c:15: n = n - 1;
  mov eax, DWORD PTR [rbp-28]
  mov edi, 1
  sub eax, edi
  mov rdx, rax
  lea rax, [rbp-28]
  mov rdi, rax
  mov rax, rdx
  mov DWORD PTR [rdi], eax
  # input.c:16: total = total + p[n].x * (p + n)->y;
  mov eax, DWORD PTR [rbp-28]
  movsxd rax, eax
  mov rdi, 16
  imul rax, rdi
  push rax
  # depth 1
  mov rax, QWORD PTR [rbp-24]
  pop rdi
  # depth 0
  add rax, rdi
  add rax, 8
  mov rax, QWORD PTR [rax]
  push rax
  # depth 1
  mov eax, DWORD PTR [rbp-28]
  movsxd rax, eax
  mov rdi, 16
  imul rax, rdi
  push rax
  # depth 2
  mov rax, QWORD PTR [rbp-24]
  pop rdi
  # depth 1
  add rax, rdi
  add rax, 4
  mov eax, DWORD PTR [rax]
  movsxd rax, eax
  pop rdi
  # depth 0
  imul rax, rdi
  push rax
  # depth 1
  mov rax, QWORD PTR [rbp-8]
  pop rdi
  # depth 0
  add rax, rdi
  mov rdx, rax
  lea rax, [rbp-8]
  mov rdi, rax
  mov rax, rdx
  mov QWORD PTR [rdi], rax
.L..1:
  jmp .L.begin.1
.L..0:
  # input.c:18: return total;
  mov rax, QWORD PTR [rbp-8]
  jmp .L.return.0
.L.return.0:
  mov rsp, rbp
  pop rbp
  .cfi_def_cfa rsp, 8
  ret
  .cfi_endproc
  .size area, .-area
  .globl main
  .text
  .type main, @function
main:
  .cfi_startproc
  # input.c:21: int main(void) {
  push rbp
  .cfi_def_cfa_offset 16
  .cfi_offset rbp, -16
  mov rbp, rsp
  .cfi_def_cfa_register rbp
  sub rsp, 64
  mov QWORD PTR [rbp-56], rsp
  # input.c:23: pts[0].x = 3;
  mov rax, 0
  mov rdi, 16
  imul rax, rdi
  push rax
  # depth 1
  lea rax, [rbp-48]
  pop rdi
  # depth 0
  add rax, rdi
  add rax, 4
  push rax
  # depth 1
  mov eax, 3
  pop rdi
  # depth 0
  mov DWORD PTR [rdi], eax
  # input.c:24: pts[0].y = 4;
  mov rax, 0
  mov rdi, 16
  imul rax, rdi
  push rax
  # depth 1
  lea rax, [rbp-48]
  pop rdi
  # depth 0
  add rax, rdi
  add rax, 8
  push rax
  # depth 1
  mov rax, 4
  pop rdi
  # depth 0
  mov QWORD PTR [rdi], rax
  # input.c:25: pts[1].x = 5;
  mov rax, 1
  mov rdi, 16
  imul rax, rdi
  push rax
  # depth 1
  lea rax, [rbp-48]
  pop rdi
  # depth 0
  add rax, rdi
  add rax, 4
  push rax
  # depth 1
  mov eax, 5
  pop rdi
  # depth 0
  mov DWORD PTR [rdi], eax
  # input.c:26: pts[1].y = 6;
  mov rax, 1
  mov rdi, 16
  imul rax, rdi
  push rax
  # depth 1
  lea rax, [rbp-48]
  pop rdi
  # depth 0
  add rax, rdi
  add rax, 8
  push rax
  # depth 1
  mov rax, 6
  pop rdi
  # depth 0
  mov QWORD PTR [rdi], rax
  # input.c:27: char *msg = "hi";
  lea rax, [rip+.L..2]
  mov rdx, rax
  lea rax, [rbp-16]
  mov rdi, rax
  mov rax, rdx
  mov QWORD PTR [rdi], rax
  # input.c:28: double d = 1.5;
  mov rax, 4609434218613702656  # double 1.5
  movq xmm0, rax
  mov rdx, rax
  lea rax, [rbp-8]
  mov rdi, rax
  mov rax, rdx
  movsd QWORD PTR [rdi], xmm0
  # input.c:29: if (msg[0] != 'h')
  mov rax, 0
  mov rdi, 1
  imul rax, rdi
  push rax
  # depth 1
  mov rax, QWORD PTR [rbp-16]
  pop rdi
  # depth 0
  add rax, rdi
  movsx eax, BYTE PTR [rax]
  mov edi, 104
  cmp eax, edi
  je .L.else.3
  # input.c:30: return 1;
  mov eax, 1
  jmp .L.return.2
  jmp .L.end.3
.L.else.3:
.L.end.3:
  # input.c:31: return MAX(area(pts, count), (long)d); // 3*4 + 5*6 = 42
  lea rax, [rbp-48]
  push rax
  # depth 1
  lea rax, [rip+count]
  mov eax, DWORD PTR [rax]
  push rax
  # depth 2
  pop rsi
  # depth 1
  pop rdi
  # depth 0
  mov eax, 0
  call area@PLT
  push rax
  # depth 1
  lea rax, [rbp-8]
  movsd xmm0, QWORD PTR [rax]
  cvttsd2si rax, xmm0
  pop rdi
  # depth 0
  cmp rax, rdi
  setl al
  movzx eax, al
  cmp eax, 0
  je .L.else.4
  lea rax, [rbp-48]
  push rax
  # depth 1
  lea rax, [rip+count]
  mov eax, DWORD PTR [rax]
  push rax
  # depth 2
  pop rsi
  # depth 1
  pop rdi
  # depth 0
  mov eax, 0
  call area@PLT
  jmp .L.end.4
.L.else.4:
  lea rax, [rbp-8]
  movsd xmm0, QWORD PTR [rax]
  cvttsd2si rax, xmm0
.L.end.4:
  jmp .L.return.2
  xor eax, eax
.L.return.2:
  mov rsp, rbp
  pop rbp
  .cfi_def_cfa rsp, 8
  ret
  .cfi_endproc
  .size main, .-main
  .section .note.GNU-stack,"",@progbits
