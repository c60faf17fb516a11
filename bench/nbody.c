/* Floating-point simulation: softened gravity between a cluster of bodies,
   integrated with a leapfrog (kick-drift-kick) scheme.  Checksum: energies
   and the centre of mass after the run.  Optional argument: scale (percent
   of the full problem, default 100). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define NBODY 48
#define STEPS 11000 /* at scale 100 */

typedef struct {
  double pos[3];
  double vel[3];
  double acc[3];
  double mass;
} Body;

static uint64_t seed = 0x243F6A8885A308D3ull;

static double uniform(void) {
  seed ^= seed << 13;
  seed ^= seed >> 7;
  seed ^= seed << 17;
  return (double)(seed >> 11) * (1.0 / 9007199254740992.0);
}

static const double soft2 = 1e-3;

static void forces(Body *b, int n) {
  for (int i = 0; i < n; i++)
    for (int k = 0; k < 3; k++)
      b[i].acc[k] = 0.0;
  for (int i = 0; i < n; i++) {
    for (int j = i + 1; j < n; j++) {
      double d[3];
      double r2 = soft2;
      for (int k = 0; k < 3; k++) {
        d[k] = b[j].pos[k] - b[i].pos[k];
        r2 += d[k] * d[k];
      }
      double inv = 1.0 / (r2 * sqrt(r2));
      double fi = b[j].mass * inv, fj = b[i].mass * inv;
      for (int k = 0; k < 3; k++) {
        b[i].acc[k] += d[k] * fi;
        b[j].acc[k] -= d[k] * fj;
      }
    }
  }
}

static double energy(const Body *b, int n) {
  double e = 0.0;
  for (int i = 0; i < n; i++) {
    const Body *p = &b[i];
    e += 0.5 * p->mass *
         (p->vel[0] * p->vel[0] + p->vel[1] * p->vel[1] + p->vel[2] * p->vel[2]);
    for (int j = i + 1; j < n; j++) {
      double dx = p->pos[0] - b[j].pos[0];
      double dy = p->pos[1] - b[j].pos[1];
      double dz = p->pos[2] - b[j].pos[2];
      e -= p->mass * b[j].mass / sqrt(dx * dx + dy * dy + dz * dz + soft2);
    }
  }
  return e;
}

int main(int argc, char **argv) {
  long scale = argc > 1 ? atol(argv[1]) : 100;
  long steps = STEPS * scale / 100;
  if (steps < 1)
    steps = 1;

  static Body b[NBODY];
  for (int i = 0; i < NBODY; i++) {
    double r = 0.2 + uniform();
    double th = 6.283185307179586 * uniform();
    double z = (uniform() - 0.5) * 0.1;
    b[i].pos[0] = r * cos(th);
    b[i].pos[1] = r * sin(th);
    b[i].pos[2] = z;
    double v = 0.8 / sqrt(r);
    b[i].vel[0] = -v * sin(th);
    b[i].vel[1] = v * cos(th);
    b[i].vel[2] = 0.0;
    b[i].mass = (0.5 + uniform()) / NBODY;
  }

  double e0 = energy(b, NBODY);
  double dt = 0.0005;
  forces(b, NBODY);
  for (long s = 0; s < steps; s++) {
    for (int i = 0; i < NBODY; i++)
      for (int k = 0; k < 3; k++) {
        b[i].vel[k] += 0.5 * dt * b[i].acc[k];
        b[i].pos[k] += dt * b[i].vel[k];
      }
    forces(b, NBODY);
    for (int i = 0; i < NBODY; i++)
      for (int k = 0; k < 3; k++)
        b[i].vel[k] += 0.5 * dt * b[i].acc[k];
  }
  double e1 = energy(b, NBODY);

  double com[3] = {0, 0, 0}, mt = 0;
  for (int i = 0; i < NBODY; i++) {
    mt += b[i].mass;
    for (int k = 0; k < 3; k++)
      com[k] += b[i].mass * b[i].pos[k];
  }
  printf("checksum: %.12e %.12e %.9e %.9e %.9e\n", e0, e1, com[0] / mt,
         com[1] / mt, com[2] / mt);
  return 0;
}
