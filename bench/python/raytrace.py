"""raytrace: a small recursive ray tracer.

Renders spheres over a checkered floor lit by two point lights, with shadows, Lambert and
Phong shading and mirror reflections, into a grid of 8-bit colours. Exercises a vector class
with operator overloading, many short-lived objects, virtual calls and float arithmetic.
"""
import sys
import time
from math import sqrt

DEFAULT_ITERATIONS = 5
WIDTH = 160
HEIGHT = 120
MAX_DEPTH = 3
EPSILON = 1e-6


class Vector(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scaled(self, factor):
        return Vector(self.x * factor, self.y * factor, self.z * factor)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return sqrt(self.dot(self))

    def normalized(self):
        return self.scaled(1.0 / self.length())

    def times(self, other):
        """Componentwise product (colours)."""
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def reflected(self, normal):
        return self - normal.scaled(2.0 * self.dot(normal))


BLACK = Vector(0.0, 0.0, 0.0)


class Ray(object):
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, distance):
        return self.origin + self.direction.scaled(distance)


class Material(object):
    def __init__(self, colour, diffuse, specular, shininess, reflection):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess  # a power of two: highlights are computed by squaring
        self.reflection = reflection

    def colour_at(self, point):
        return self.colour


class Checkered(Material):
    def __init__(self, colour, other, diffuse, specular, shininess, reflection):
        Material.__init__(self, colour, diffuse, specular, shininess, reflection)
        self.other = other

    def colour_at(self, point):
        if (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2 == 0:
            return self.colour
        return self.other


class Sphere(object):
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        """The distance along ray to the nearest hit in front of its origin, or None."""
        offset = ray.origin - self.centre
        b = offset.dot(ray.direction)
        c = offset.dot(offset) - self.radius * self.radius
        discriminant = b * b - c
        if discriminant < 0.0:
            return None
        root = sqrt(discriminant)
        distance = -b - root
        if distance > EPSILON:
            return distance
        distance = -b + root
        if distance > EPSILON:
            return distance
        return None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane(object):
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        facing = ray.direction.dot(self.normal)
        if abs(facing) < EPSILON:
            return None
        distance = (self.point - ray.origin).dot(self.normal) / facing
        return distance if distance > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light(object):
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


class Scene(object):
    def __init__(self, objects, lights, ambient):
        self.objects = objects
        self.lights = lights
        self.ambient = ambient

    def nearest_hit(self, ray):
        nearest = None
        nearest_distance = 0.0
        for thing in self.objects:
            distance = thing.intersect(ray)
            if distance is not None and (nearest is None or distance < nearest_distance):
                nearest = thing
                nearest_distance = distance
        return nearest, nearest_distance

    def in_shadow(self, point, light):
        towards = light.position - point
        distance = towards.length()
        ray = Ray(point, towards.scaled(1.0 / distance))
        for thing in self.objects:
            hit = thing.intersect(ray)
            if hit is not None and hit < distance:
                return True
        return False

    def trace(self, ray, depth):
        thing, distance = self.nearest_hit(ray)
        if thing is None:
            return BLACK
        point = ray.at(distance)
        normal = thing.normal_at(point)
        material = thing.material
        base = material.colour_at(point)
        colour = base.times(self.ambient)
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            towards = (light.position - point).normalized()
            lambert = normal.dot(towards)
            if lambert > 0.0:
                colour = colour + base.times(light.colour).scaled(lambert * material.diffuse)
            highlight = towards.reflected(normal).dot(ray.direction)
            if highlight > 0.0:
                power = material.shininess
                while power > 1:
                    highlight *= highlight
                    power //= 2
                colour = colour + light.colour.scaled(highlight * material.specular)
        if depth < MAX_DEPTH and material.reflection > 0.0:
            mirrored = Ray(point, ray.direction.reflected(normal))
            colour = colour + self.trace(mirrored, depth + 1).scaled(material.reflection)
        return colour


def make_scene():
    shiny = Material(Vector(0.9, 0.2, 0.2), 0.7, 0.5, 32, 0.3)
    matte = Material(Vector(0.2, 0.8, 0.3), 0.9, 0.1, 4, 0.0)
    mirror = Material(Vector(0.8, 0.8, 0.9), 0.3, 0.9, 64, 0.6)
    floor = Checkered(Vector(0.9, 0.9, 0.9), Vector(0.1, 0.1, 0.1), 0.8, 0.2, 8, 0.2)
    objects = [
        Plane(Vector(0.0, -1.0, 0.0), Vector(0.0, 1.0, 0.0), floor),
        Sphere(Vector(0.0, 0.0, 5.0), 1.0, shiny),
        Sphere(Vector(-2.2, -0.3, 6.0), 0.7, matte),
        Sphere(Vector(2.0, 0.5, 7.0), 1.5, mirror),
        Sphere(Vector(0.6, -0.7, 3.5), 0.3, matte),
    ]
    lights = [
        Light(Vector(-5.0, 5.0, -2.0), Vector(0.8, 0.8, 0.8)),
        Light(Vector(4.0, 6.0, 2.0), Vector(0.5, 0.4, 0.3)),
    ]
    return Scene(objects, lights, Vector(0.1, 0.1, 0.1))


def to_byte(component):
    if component <= 0.0:
        return 0
    if component >= 1.0:
        return 255
    return int(component * 255.0)


def run():
    scene = make_scene()
    eye = Vector(0.0, 0.5, -1.0)
    digest = 0
    for row in range(HEIGHT):
        for column in range(WIDTH):
            x = (column - WIDTH / 2.0) / HEIGHT
            y = (HEIGHT / 2.0 - row) / HEIGHT
            ray = Ray(eye, Vector(x, y - 0.1, 1.0).normalized())
            colour = scene.trace(ray, 0)
            pixel = (to_byte(colour.x) << 16) | (to_byte(colour.y) << 8) | to_byte(colour.z)
            digest = (digest * 131 + pixel) % 2147483647
    return "%d" % digest


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
