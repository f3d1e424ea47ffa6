"""richards: Martin Richards' operating-system scheduler simulation.

Six tasks (an idle task, a worker, two handlers, two devices) pass packets to each other
through a priority scheduler. Exercises method calls on small objects, attribute access and
linked lists. With a count of 10000 the simulation queues 23246 packets and holds 9297 times,
the figures of the original benchmark.
"""
import sys
import time

DEFAULT_ITERATIONS = 5
ROUNDS = 10         # simulations per iteration
IDLE_COUNT = 10000  # idle-task steps per simulation

# Task identities (1-based, as in the original) and packet kinds.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
DEVICE_PACKET, WORK_PACKET = 0, 1
BUFFER_SIZE = 4

# Task state bits.
HAS_PACKET = 1
WAITING = 2
HELD = 4


class Packet(object):
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner  # the task it goes to, then the task it came from
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE


def append_packet(packet, queue):
    """Appends packet to the queue (a chain of packets) and returns the queue's head."""
    packet.link = None
    if queue is None:
        return packet
    last = queue
    while last.link is not None:
        last = last.link
    last.link = packet
    return queue


class Task(object):
    def __init__(self, system, ident, priority, queue, state):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.next = system.tasks
        system.tasks = self
        system.by_ident[ident] = self

    def runnable(self):
        state = self.state
        if state & HELD:
            return False
        return not (state & WAITING) or (state & HAS_PACKET) != 0


class IdleTask(Task):
    def __init__(self, system, count):
        Task.__init__(self, system, IDLE, 0, None, 0)
        self.shift = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.system.hold_current()
        if self.shift & 1 == 0:
            self.shift >>= 1
            return self.system.release(DEVICE_A)
        self.shift = (self.shift >> 1) ^ 0xD008
        return self.system.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, system, queue):
        Task.__init__(self, system, WORKER, 1000, queue, WAITING | HAS_PACKET)
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.system.wait_current()
        if self.destination == HANDLER_A:
            self.destination = HANDLER_B
        else:
            self.destination = HANDLER_A
        packet.owner = self.destination
        packet.datum = 0
        data = packet.data
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = self.letter
        return self.system.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue, WAITING | HAS_PACKET)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work = append_packet(packet, self.work)
            else:
                self.devices = append_packet(packet, self.devices)
        work = self.work
        if work is not None:
            position = work.datum
            if position >= BUFFER_SIZE:
                self.work = work.link
                return self.system.queue_packet(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.datum = work.data[position]
                work.datum = position + 1
                return self.system.queue_packet(device)
        return self.system.wait_current()


class DeviceTask(Task):
    def __init__(self, system, ident, priority):
        Task.__init__(self, system, ident, priority, None, WAITING)
        self.pending = None

    def step(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.system.wait_current()
            self.pending = None
            return self.system.queue_packet(pending)
        self.pending = packet
        return self.system.hold_current()


class System(object):
    def __init__(self):
        self.tasks = None
        self.by_ident = [None] * 7
        self.current = None
        self.queued = 0
        self.holds = 0

    def hold_current(self):
        self.holds += 1
        current = self.current
        current.state |= HELD
        return current.next

    def wait_current(self):
        self.current.state |= WAITING
        return self.current

    def release(self, ident):
        task = self.by_ident[ident]
        task.state &= ~HELD
        if task.priority > self.current.priority:
            return task
        return self.current

    def queue_packet(self, packet):
        task = self.by_ident[packet.owner]
        self.queued += 1
        packet.link = None
        packet.owner = self.current.ident
        if task.queue is None:
            task.queue = packet
            task.state |= HAS_PACKET
            if task.priority > self.current.priority:
                return task
        else:
            append_packet(packet, task.queue)
        return self.current

    def schedule(self):
        task = self.tasks
        while task is not None:
            if not task.runnable():
                task = task.next
                continue
            packet = None
            if task.state & WAITING:
                packet = task.queue
                task.queue = packet.link
                task.state = HAS_PACKET if task.queue is not None else 0
            self.current = task
            task = task.step(packet)


def simulate(count):
    system = System()
    IdleTask(system, count)
    work = Packet(None, 0, WORK_PACKET)
    work = Packet(work, 0, WORK_PACKET)
    WorkerTask(system, work)
    devices = Packet(None, DEVICE_A, DEVICE_PACKET)
    devices = Packet(devices, DEVICE_A, DEVICE_PACKET)
    devices = Packet(devices, DEVICE_A, DEVICE_PACKET)
    HandlerTask(system, HANDLER_A, 2000, devices)
    devices = Packet(None, DEVICE_B, DEVICE_PACKET)
    devices = Packet(devices, DEVICE_B, DEVICE_PACKET)
    devices = Packet(devices, DEVICE_B, DEVICE_PACKET)
    HandlerTask(system, HANDLER_B, 3000, devices)
    DeviceTask(system, DEVICE_A, 4000)
    DeviceTask(system, DEVICE_B, 5000)
    system.schedule()
    return system.queued, system.holds


def run():
    results = [simulate(IDLE_COUNT) for _ in range(ROUNDS)]
    queued, holds = results[0]
    for other in results:
        if other != (queued, holds):
            return "rounds disagree"
    return "queued=%d held=%d" % (queued, holds)


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
