"""nbody: the Sun and the four giant planets under Newtonian gravity.

Integrates the outer solar system with a fixed time step (symplectic Euler) and reports the
total energy before and after. Exercises float arithmetic, list indexing and tuple unpacking in
a tight loop.
"""
import sys
import time
from math import sqrt

DEFAULT_ITERATIONS = 5
STEPS = 100000
DT = 0.01

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24

# Position (AU), velocity (AU/day) and mass (solar masses) of each body.
BODIES = (
    ("sun", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0),
    ("jupiter",
     (4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01),
     (1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05),
     9.54791938424326609e-04),
    ("saturn",
     (8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01),
     (-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05),
     2.85885980666130812e-04),
    ("uranus",
     (1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01),
     (2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05),
     4.36624404335156298e-05),
    ("neptune",
     (1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01),
     (2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05),
     5.15138902046611451e-05),
)


def make_system():
    """Returns one mutable record [x, y, z, vx, vy, vz, mass] per body, in sun-centred units."""
    system = []
    for _, position, velocity, mass in BODIES:
        record = list(position)
        record.extend(v * DAYS_PER_YEAR for v in velocity)
        record.append(mass * SOLAR_MASS)
        system.append(record)
    return system


def pairs_of(system):
    result = []
    for i in range(len(system)):
        for j in range(i + 1, len(system)):
            result.append((system[i], system[j]))
    return result


def cancel_momentum(system):
    """Gives the sun the velocity that makes the system's total momentum zero."""
    px = py = pz = 0.0
    for body in system:
        mass = body[6]
        px += body[3] * mass
        py += body[4] * mass
        pz += body[5] * mass
    sun = system[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS


def energy(system, pairs):
    total = 0.0
    for body in system:
        total += 0.5 * body[6] * (body[3] * body[3] + body[4] * body[4] + body[5] * body[5])
    for a, b in pairs:
        dx = a[0] - b[0]
        dy = a[1] - b[1]
        dz = a[2] - b[2]
        total -= a[6] * b[6] / sqrt(dx * dx + dy * dy + dz * dz)
    return total


def advance(system, pairs, steps, dt):
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            distance2 = dx * dx + dy * dy + dz * dz
            magnitude = dt / (distance2 * sqrt(distance2))
            mb = b[6] * magnitude
            ma = a[6] * magnitude
            a[3] -= dx * mb
            a[4] -= dy * mb
            a[5] -= dz * mb
            b[3] += dx * ma
            b[4] += dy * ma
            b[5] += dz * ma
        for body in system:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


def run():
    system = make_system()
    pairs = pairs_of(system)
    cancel_momentum(system)
    before = energy(system, pairs)
    advance(system, pairs, STEPS, DT)
    after = energy(system, pairs)
    return "%.9f %.9f" % (before, after)


# --- The protocol, the same in every program of bench/python ---
# prog.py [ITERATIONS]: every iteration does the same, fixed amount of work. Each one prints
# "bench-iteration INDEX SECONDS"; the end prints "bench-checksum VALUE", which must be the
# same on every implementation. An iteration whose result differs from the first one's makes
# the checksum "inconsistent ...", so that a wrong answer is never mistaken for a time.

def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ITERATIONS
    try:
        timer = time.perf_counter
    except AttributeError:  # Python 2.7
        timer = time.time
    first = None
    odd = None
    for index in range(iterations):
        started = timer()
        result = run()
        elapsed = timer() - started
        sys.stdout.write("bench-iteration %d %.6f\n" % (index, elapsed))
        sys.stdout.flush()
        if index == 0:
            first = result
        elif result != first and odd is None:
            odd = result
    if odd is None:
        sys.stdout.write("bench-checksum %s\n" % (first,))
    else:
        sys.stdout.write("bench-checksum inconsistent: %s then %s\n" % (first, odd))


if __name__ == "__main__":
    main()
