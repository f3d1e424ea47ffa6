"""deltablue: the DeltaBlue incremental constraint solver (Freeman-Benson, Maloney, Borning).

Constraints of different strengths between variables are added and removed one at a time; the
planner keeps a solution that satisfies the strongest ones by walking the constraint graph,
then extracts a plan and executes it. Two workloads: a long chain of equalities driven from
one end, and a projection through scale constraints driven from both ends. Exercises
polymorphic method calls, class hierarchies, lists used as stacks and queues.
"""
import sys
import time

DEFAULT_ITERATIONS = 5
SIZE = 2000
ROUNDS = 6


class Strength(object):
    """A constraint's strength; a smaller rank is stronger."""

    def __init__(self, rank, name):
        self.rank = rank
        self.name = name

    def stronger_than(self, other):
        return self.rank < other.rank

    def weaker_than(self, other):
        return self.rank > other.rank

    def weakest_of(self, other):
        return self if self.rank > other.rank else other

    def next_weaker(self):
        return STRENGTHS[self.rank + 1]


STRENGTHS = [Strength(rank, name) for rank, name in enumerate(
    ("required", "strong preferred", "preferred", "strong default", "normal",
     "weak default", "weakest"))]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = STRENGTHS

NONE, FORWARD, BACKWARD = 0, 1, 2


class Variable(object):
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def add_constraint(self, constraint):
        self.constraints.append(constraint)

    def remove_constraint(self, constraint):
        # Removing a constraint twice is allowed: destroy() removes after incremental_remove.
        if constraint in self.constraints:
            self.constraints.remove(constraint)
        if self.determined_by is constraint:
            self.determined_by = None


class Constraint(object):
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def enable(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        """Satisfies this constraint if it can; returns the constraint it overrides, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise ValueError("a required constraint cannot be satisfied")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise ValueError("cycle in the constraint graph")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, variable, strength):
        Constraint.__init__(self, planner, strength)
        self.variable = variable
        self.satisfied = False
        self.enable()

    def add_to_graph(self):
        self.variable.add_constraint(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.variable.remove_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        variable = self.variable
        self.satisfied = (variable.mark != mark
                          and self.strength.stronger_than(variable.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def inputs_known(self, mark):
        return True

    def output(self):
        return self.variable

    def mark_unsatisfied(self):
        self.satisfied = False

    def recalculate(self):
        variable = self.variable
        variable.walk_strength = self.strength
        variable.stay = not self.is_input()
        if variable.stay:
            self.execute()

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keeps a variable's value unless something stronger changes it."""


class EditConstraint(UnaryConstraint):
    """Marks a variable as set from outside the solver."""

    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    def __init__(self, planner, first, second, strength):
        Constraint.__init__(self, planner, strength)
        self.first = first
        self.second = second
        self.direction = NONE

    def add_to_graph(self):
        self.first.add_constraint(self)
        self.second.add_constraint(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.first.remove_constraint(self)
        self.second.remove_constraint(self)
        self.direction = NONE

    def choose_method(self, mark):
        first = self.first
        second = self.second
        strength = self.strength
        if first.mark == mark:
            if second.mark != mark and strength.stronger_than(second.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = NONE
        elif second.mark == mark:
            if first.mark != mark and strength.stronger_than(first.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
        elif first.walk_strength.weaker_than(second.walk_strength):
            self.direction = BACKWARD if strength.stronger_than(first.walk_strength) else NONE
        else:
            self.direction = FORWARD if strength.stronger_than(second.walk_strength) else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def input(self):
        return self.first if self.direction == FORWARD else self.second

    def output(self):
        return self.second if self.direction == FORWARD else self.first

    def mark_inputs(self, mark):
        self.input().mark = mark

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None

    def mark_unsatisfied(self):
        self.direction = NONE

    def recalculate(self):
        source = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_of(source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def __init__(self, planner, first, second, strength):
        BinaryConstraint.__init__(self, planner, first, second, strength)
        self.enable()

    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """second = first * scale + offset, in either direction."""

    def __init__(self, planner, source, scale, offset, destination, strength):
        BinaryConstraint.__init__(self, planner, source, destination, strength)
        self.scale = scale
        self.offset = offset
        self.enable()

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def recalculate(self):
        source = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_of(source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()

    def execute(self):
        if self.direction == FORWARD:
            self.second.value = self.first.value * self.scale.value + self.offset.value
        else:
            self.first.value = (self.second.value - self.offset.value) // self.scale.value


class Plan(object):
    def __init__(self):
        self.steps = []

    def execute(self):
        for constraint in self.steps:
            constraint.execute()


class Planner(object):
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for candidate in unsatisfied:
                if candidate.strength is strength:
                    self.incremental_add(candidate)
            if strength is WEAKEST:
                break
            strength = strength.next_weaker()

    def add_propagate(self, constraint, mark):
        """Recomputes what depends on constraint; False if that leads back to it (a cycle)."""
        todo = [constraint]
        while todo:
            current = todo.pop()
            if current.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            current.recalculate()
            self.add_consumers(current.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            variable = todo.pop()
            for constraint in variable.constraints:
                if not constraint.is_satisfied():
                    unsatisfied.append(constraint)
            determining = variable.determined_by
            for constraint in variable.constraints:
                if constraint is not determining and constraint.is_satisfied():
                    constraint.recalculate()
                    todo.append(constraint.output())
        return unsatisfied

    def add_consumers(self, variable, into):
        determining = variable.determined_by
        for constraint in variable.constraints:
            if constraint is not determining and constraint.is_satisfied():
                into.append(constraint)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        position = 0
        while position < len(todo):
            constraint = todo[position]
            position += 1
            out = constraint.output()
            if out.mark != mark and constraint.inputs_known(mark):
                plan.steps.append(constraint)
                out.mark = mark
                self.add_consumers(out, todo)
        return plan

    def plan_for(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])


def chain_test(n):
    """A chain of n equalities, a stay on the last variable, edits on the first."""
    planner = Planner()
    variables = [Variable("v%d" % i) for i in range(n + 1)]
    for first, second in zip(variables, variables[1:]):
        EqualityConstraint(planner, first, second, REQUIRED)
    StayConstraint(planner, variables[-1], STRONG_DEFAULT)
    edit = EditConstraint(planner, variables[0], PREFERRED)
    plan = planner.plan_for([edit])
    total = 0
    for value in range(100):
        variables[0].value = value
        plan.execute()
        if variables[-1].value != value:
            raise ValueError("chain test failed")
        total += variables[-1].value
    edit.destroy()
    return total + len(plan.steps)


def change(planner, variable, value):
    edit = EditConstraint(planner, variable, PREFERRED)
    plan = planner.plan_for([edit])
    for _ in range(10):
        variable.value = value
        plan.execute()
    edit.destroy()
    return len(plan.steps)


def projection_test(n):
    """n sources projected to n destinations through one shared scale and offset."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    source = destination = None
    destinations = []
    for i in range(n):
        source = Variable("src%d" % i, i)
        destination = Variable("dst%d" % i, i)
        destinations.append(destination)
        StayConstraint(planner, source, NORMAL)
        ScaleConstraint(planner, source, scale, offset, destination, REQUIRED)
    steps = change(planner, source, 17)
    if destination.value != 1170:
        raise ValueError("projection 1 failed")
    steps += change(planner, destination, 1050)
    if source.value != 5:
        raise ValueError("projection 2 failed")
    steps += change(planner, scale, 5)
    total = 0
    for i, variable in enumerate(destinations[:-1]):
        if variable.value != i * 5 + 1000:
            raise ValueError("projection 3 failed")
        total += variable.value
    steps += change(planner, offset, 2000)
    for i, variable in enumerate(destinations[:-1]):
        if variable.value != i * 5 + 2000:
            raise ValueError("projection 4 failed")
        total += variable.value
    return total + steps


def run():
    total = 0
    for _ in range(ROUNDS):
        total += chain_test(SIZE) + projection_test(SIZE)
    return "%d" % total


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
