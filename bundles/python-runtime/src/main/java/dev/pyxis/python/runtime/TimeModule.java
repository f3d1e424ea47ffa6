package dev.pyxis.python.runtime;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The time module: clocks (time, monotonic, perf_counter, process_time and their _ns forms),
 * sleep, struct_time with gmtime/localtime/mktime, and strftime/asctime/ctime in the C
 * locale (the directives of glibc's strftime). Local time is the JVM's default time zone.
 */
final class TimeModule {
    private TimeModule() {}

    private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
            "tm_wday", "tm_yday", "tm_isdst"};
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final long NANOS = 1_000_000_000L;

    /** Broken-down time as C's struct tm holds it: month 0-11, weekday 0 = Sunday, yday 0-365. */
    private record Tm(long year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst) {}

    private static PyType structTime(Space s) {
        return StructSeq.type(s, "time.struct_time", FIELDS, 11);
    }

    // ---------------------------------------------------------------- clocks

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * NANOS + now.getNano();
    }

    private static long processNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos)
                .orElseGet(() -> java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
    }

    private static long threadNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static final List<Builtin> FUNCTIONS = new ArrayList<>();

    /** The POSIX clocks this JVM can read, by their Linux ids (CLOCK_REALTIME ... CLOCK_THREAD_CPUTIME_ID). */
    private static final String[] CLOCK_NAMES = {"CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID",
            "CLOCK_THREAD_CPUTIME_ID"};

    private static long clockNanos(Space s, int idSlot) {
        long id = Subscripts.index(s, idSlot, "'%s' object cannot be interpreted as an integer");
        return switch ((int) Math.max(-1, Math.min(Integer.MAX_VALUE, id))) {
            case 0 -> nowNanos();
            case 1 -> System.nanoTime();
            case 2 -> processNanos();
            case 3 -> threadNanos();
            default -> {
                // As clock_gettime(2) answers for a clock it does not have: EINVAL.
                int base = s.ts.push(Py.smallInt(22));
                s.ts.push(s.newStr("Invalid argument"));
                throw s.ts.raise(Exceptions.createWithArgs(s, s.builtinTypes.get("OSError"), base, 2));
            }
        };
    }

    private static void clock(String name, java.util.function.LongSupplier nanos) {
        FUNCTIONS.add(Builtin.function(name + "()", (s, a) -> s.newFloat(nanos.getAsLong() / 1e9)));
        FUNCTIONS.add(Builtin.function(name + "_ns()", (s, a) -> s.newInt(nanos.getAsLong())));
    }

    // ---------------------------------------------------------------- conversions

    /** Seconds as a time_t: floats floored (NaN rejected), ints exactly, others through __index__. */
    private static long seconds(Space s, int slot) {
        long w = s.ts.get(slot);
        if (s.typeOf(w).isSubtypeOf(s.floatType)) {
            double d = s.floatValue(w);
            if (d != d) {
                throw Errors.valueError(s, "Invalid value NaN (not a number)");
            }
            double f = Math.floor(d);
            if (!(f >= -0x1p63 && f < 0x1p63)) {
                throw outOfRange(s);
            }
            return (long) f;
        }
        BigInteger v = s.bigValue(BuiltinFunctions.index(s, slot));
        if (v.bitLength() > 63) {
            throw outOfRange(s);
        }
        return v.longValue();
    }

    private static PyException outOfRange(Space s) {
        return Errors.overflow(s, "timestamp out of range for platform time_t");
    }

    private static Tm breakDown(Space s, long secs, ZoneId zone) {
        try {
            ZonedDateTime t = Instant.ofEpochSecond(secs).atZone(zone);
            boolean dst = zone.getRules().isDaylightSavings(t.toInstant());
            return new Tm(t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth(), t.getHour(), t.getMinute(),
                    t.getSecond(), t.getDayOfWeek().getValue() % 7, t.getDayOfYear() - 1, dst ? 1 : 0);
        } catch (DateTimeException | ArithmeticException e) {
            throw outOfRange(s);
        }
    }

    /** A struct_time of broken-down time (Python's fields: month 1-12, Monday = 0, yday 1-366). */
    private static long structOf(Space s, Tm t) {
        int base = s.ts.top();
        try {
            s.ts.push(s.newInt(t.year));
            s.ts.push(Py.smallInt(t.mon + 1));
            s.ts.push(Py.smallInt(t.mday));
            s.ts.push(Py.smallInt(t.hour));
            s.ts.push(Py.smallInt(t.min));
            s.ts.push(Py.smallInt(t.sec));
            s.ts.push(Py.smallInt((t.wday + 6) % 7));
            s.ts.push(Py.smallInt(t.yday + 1));
            s.ts.push(Py.smallInt(t.isdst));
            return StructSeq.make(s, structTime(s), base, 9);
        } finally {
            s.ts.truncate(base);
        }
    }

    /** The time tuple argument of strftime/asctime/mktime, as C's struct tm (not yet range-checked). */
    private static Tm timeTuple(Space s, int slot, String function) {
        long w = s.ts.get(slot);
        if (s.typeOf(w).nativeKind != PyType.Native.TUPLE) {
            throw Errors.typeError(s, "Tuple or struct_time argument required");
        }
        if (Space.length(s.unwrap(w)) != 9) {
            throw Errors.typeError(s, function + "(): illegal time tuple argument");
        }
        long[] v = new long[9];
        for (int i = 0; i < 9; i++) {
            int item = s.ts.push(Space.item(s.unwrap(s.ts.get(slot)), i));
            try {
                BigInteger b = s.bigValue(BuiltinFunctions.index(s, item));
                if (i > 0 && b.bitLength() > 31 || b.bitLength() > 63) {
                    throw Errors.overflow(s, "Python int too large to convert to C " + (i > 0 ? "int" : "long"));
                }
                v[i] = b.longValue();
            } finally {
                s.ts.truncate(item);
            }
        }
        // C's remainder, as CPython computes the weekday: -1 stays negative and fails the check.
        return new Tm(v[0], (int) v[1] - 1, (int) v[2], (int) v[3], (int) v[4], (int) v[5], (int) ((v[6] + 1) % 7),
                (int) v[7] - 1, (int) v[8]);
    }

    /** CPython's checks of a time tuple for strftime and asctime, with its normalization of zeros. */
    private static Tm checked(Space s, Tm t) {
        int mon = t.mon == -1 ? 0 : t.mon;
        int mday = t.mday == 0 ? 1 : t.mday;
        int yday = t.yday == -1 ? 0 : t.yday;
        String error = mon < 0 || mon > 11 ? "month out of range"
                : mday < 0 || mday > 31 ? "day of month out of range"
                : t.hour < 0 || t.hour > 23 ? "hour out of range"
                : t.min < 0 || t.min > 59 ? "minute out of range"
                : t.sec < 0 || t.sec > 61 ? "seconds out of range"
                : t.wday < 0 ? "day of week out of range"
                : yday < 0 || yday > 365 ? "day of year out of range" : null;
        if (error != null) {
            throw Errors.valueError(s, error);
        }
        return new Tm(t.year, mon, mday, t.hour, t.min, t.sec, t.wday, yday, Math.max(-1, Math.min(1, t.isdst)));
    }

    /** The time tuple in an optional argument slot, or the local time now. */
    private static Tm argumentOrNow(Space s, Builtin.Args a, int i, String function) {
        if (!a.given(i) || a.get(i) == Py.NONE) {
            return breakDown(s, Math.floorDiv(nowNanos(), NANOS), ZoneId.systemDefault());
        }
        return checked(s, timeTuple(s, a.slot(i), function));
    }

    private static long mktime(Space s, Tm t) {
        try {
            LocalDateTime local = LocalDateTime.of((int) t.year, 1, 1, 0, 0).plusMonths(t.mon).plusDays(t.mday - 1L)
                    .plusHours(t.hour).plusMinutes(t.min).plusSeconds(t.sec);
            return local.atZone(ZoneId.systemDefault()).toEpochSecond();
        } catch (DateTimeException | ArithmeticException e) {
            throw Errors.overflow(s, "mktime argument out of range");
        }
    }

    // ---------------------------------------------------------------- formatting

    private static String asctime(Tm t) {
        return String.format(Locale.ROOT, "%s %s%3d %02d:%02d:%02d %d", DAYS[t.wday].substring(0, 3),
                MONTHS[t.mon].substring(0, 3), t.mday, t.hour, t.min, t.sec, t.year);
    }

    private static boolean leap(long y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    /** Days since the Monday starting ISO week 1 of the year whose 0-based day is yday (may be negative). */
    private static int isoWeekDays(int yday, int wday) {
        // A large multiple of 7 keeps the remainder's operand positive for yday down to -366.
        return yday - (yday - wday + 4 + 378) % 7 + 3;
    }

    /** The ISO year and week (year, 1-53) of a date. */
    private static long[] isoWeek(Tm t) {
        long year = t.year;
        int days = isoWeekDays(t.yday, t.wday);
        if (days < 0) {
            year--;
            days = isoWeekDays(t.yday + (leap(year) ? 366 : 365), t.wday);
        } else {
            int next = isoWeekDays(t.yday - (leap(year) ? 366 : 365), t.wday);
            if (next >= 0) {
                year++;
                days = next;
            }
        }
        return new long[] {year, days / 7 + 1};
    }

    private static String zoneName(int isdst) {
        TimeZone z = TimeZone.getDefault();
        return z.getDisplayName(isdst > 0 && z.useDaylightTime(), TimeZone.SHORT, Locale.ROOT);
    }

    /** strftime in the C locale. Unknown directives are copied as they are, as glibc does. */
    static String strftime(Space s, String format, Tm t) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char d = format.charAt(++i);
            switch (d) {
                case 'a' -> out.append(DAYS[t.wday], 0, 3);
                case 'A' -> out.append(DAYS[t.wday]);
                case 'b', 'h' -> out.append(MONTHS[t.mon], 0, 3);
                case 'B' -> out.append(MONTHS[t.mon]);
                case 'c' -> out.append(strftime(s, "%a %b %e %H:%M:%S %Y", t));
                case 'C' -> out.append(pad(Math.floorDiv(t.year, 100), 2, '0'));
                case 'd' -> out.append(pad(t.mday, 2, '0'));
                case 'D', 'x' -> out.append(strftime(s, "%m/%d/%y", t));
                case 'e' -> out.append(pad(t.mday, 2, ' '));
                case 'F' -> out.append(strftime(s, "%Y-%m-%d", t));
                case 'G' -> out.append(isoWeek(t)[0]);
                case 'g' -> out.append(pad(Math.floorMod(isoWeek(t)[0], 100), 2, '0'));
                case 'H' -> out.append(pad(t.hour, 2, '0'));
                case 'I' -> out.append(pad(hour12(t.hour), 2, '0'));
                case 'j' -> out.append(pad(t.yday + 1, 3, '0'));
                case 'k' -> out.append(pad(t.hour, 2, ' '));
                case 'l' -> out.append(pad(hour12(t.hour), 2, ' '));
                case 'm' -> out.append(pad(t.mon + 1, 2, '0'));
                case 'M' -> out.append(pad(t.min, 2, '0'));
                case 'n' -> out.append('\n');
                case 'p' -> out.append(t.hour < 12 ? "AM" : "PM");
                case 'P' -> out.append(t.hour < 12 ? "am" : "pm");
                case 'r' -> out.append(strftime(s, "%I:%M:%S %p", t));
                case 'R' -> out.append(strftime(s, "%H:%M", t));
                case 's' -> out.append(mktime(s, t));
                case 'S' -> out.append(pad(t.sec, 2, '0'));
                case 't' -> out.append('\t');
                case 'T', 'X' -> out.append(strftime(s, "%H:%M:%S", t));
                case 'u' -> out.append(t.wday == 0 ? 7 : t.wday);
                case 'U' -> out.append(pad((t.yday + 7 - t.wday) / 7, 2, '0'));
                case 'V' -> out.append(pad(isoWeek(t)[1], 2, '0'));
                case 'w' -> out.append(t.wday);
                case 'W' -> out.append(pad((t.yday + 7 - (t.wday + 6) % 7) / 7, 2, '0'));
                case 'y' -> out.append(pad(Math.floorMod(t.year, 100), 2, '0'));
                case 'Y' -> out.append(t.year);
                case 'z' -> out.append("+0000");
                case 'Z' -> out.append(zoneName(t.isdst));
                case '%' -> out.append('%');
                default -> out.append('%').append(d);
            }
        }
        return out.toString();
    }

    private static int hour12(int h) {
        return h % 12 == 0 ? 12 : h % 12;
    }

    private static String pad(long v, int width, char fill) {
        String digits = Long.toString(v);
        return digits.length() >= width ? digits : String.valueOf(fill).repeat(width - digits.length()) + digits;
    }

    // ---------------------------------------------------------------- functions

    static {
        clock("time", TimeModule::nowNanos);
        clock("monotonic", System::nanoTime);
        clock("perf_counter", System::nanoTime);
        clock("process_time", TimeModule::processNanos);
        clock("thread_time", TimeModule::threadNanos);
        FUNCTIONS.add(Builtin.function("clock_gettime(clk_id, /)", (s, a) -> s.newFloat(clockNanos(s, a.slot(0)) / 1e9)));
        FUNCTIONS.add(Builtin.function("clock_gettime_ns(clk_id, /)", (s, a) -> s.newInt(clockNanos(s, a.slot(0)))));
        FUNCTIONS.add(Builtin.function("clock_getres(clk_id, /)", (s, a) -> {
            clockNanos(s, a.slot(0));
            return s.newFloat(1e-9);
        }));
        FUNCTIONS.add(Builtin.function("sleep(secs, /)", (s, a) -> {
            long w = a.get(0);
            double secs;
            if (s.typeOf(w).isSubtypeOf(s.floatType)) {
                secs = s.floatValue(w);
                if (secs != secs) {
                    throw Errors.valueError(s, "Invalid value NaN (not a number)");
                }
            } else {
                BigInteger v = s.bigValue(BuiltinFunctions.index(s, a.slot(0)));
                secs = v.bitLength() > 63 ? v.signum() * Double.MAX_VALUE : v.longValue();
            }
            if (secs < 0) {
                throw Errors.valueError(s, "sleep length must be non-negative");
            }
            if (secs * 1e9 >= 0x1p63) {
                throw outOfRange(s);
            }
            long nanos = (long) Math.ceil(secs * 1e9);
            try {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            } catch (InterruptedException e) {
                if (s.interruptRequested) {
                    throw Interpreter.keyboardInterrupt(s);
                }
                Thread.currentThread().interrupt();
            }
            return Py.NONE;
        }));
        FUNCTIONS.add(Builtin.function("gmtime(seconds=None, /)", (s, a) -> structOf(s, breakDown(s,
                a.get(0) == Py.NONE ? Math.floorDiv(nowNanos(), NANOS) : seconds(s, a.slot(0)), ZoneOffset.UTC))));
        FUNCTIONS.add(Builtin.function("localtime(seconds=None, /)", (s, a) -> structOf(s, breakDown(s,
                a.get(0) == Py.NONE ? Math.floorDiv(nowNanos(), NANOS) : seconds(s, a.slot(0)), ZoneId.systemDefault()))));
        FUNCTIONS.add(Builtin.function("mktime(t, /)", (s, a) -> s.newFloat(mktime(s, timeTuple(s, a.slot(0), "mktime")))));
        FUNCTIONS.add(Builtin.function("strftime(format, t=?, /)", (s, a) -> {
            long f = a.get(0);
            if (!s.isStr(f)) {
                throw Errors.typeError(s, "strftime() argument 1 must be str, not " + s.typeOf(f).name);
            }
            Tm t = argumentOrNow(s, a, 1, "strftime");
            return s.newStr(strftime(s, s.str(a.get(0)), t));
        }));
        FUNCTIONS.add(Builtin.function("asctime(t=?, /)", (s, a) -> s.newStr(asctime(argumentOrNow(s, a, 0, "asctime")))));
        FUNCTIONS.add(Builtin.function("ctime(seconds=None, /)", (s, a) -> s.newStr(asctime(breakDown(s,
                a.get(0) == Py.NONE ? Math.floorDiv(nowNanos(), NANOS) : seconds(s, a.slot(0)), ZoneId.systemDefault())))));
    }

    /** Creates the module object (on first import). */
    static long create(Space s) {
        int m = s.ts.push(Modules.create(s, "time"));
        int d = s.ts.push(Modules.dict(s.ts.get(m)));
        try {
            for (Builtin b : FUNCTIONS) {
                Dicts.putStr(s, d, b.name(), Methods.builtin(s, b));
            }
            Dicts.putStr(s, d, "struct_time", s.typeWord(structTime(s)));
            for (int id = 0; id < CLOCK_NAMES.length; id++) {
                Dicts.putStr(s, d, CLOCK_NAMES[id], Py.smallInt(id));
            }
            TimeZone zone = TimeZone.getDefault();
            int standard = -zone.getRawOffset() / 1000;
            Dicts.putStr(s, d, "timezone", Py.smallInt(standard));
            Dicts.putStr(s, d, "altzone", Py.smallInt(zone.useDaylightTime() ? standard - zone.getDSTSavings() / 1000 : standard));
            Dicts.putStr(s, d, "daylight", Py.smallInt(zone.useDaylightTime() ? 1 : 0));
            int names = s.ts.push(s.newStr(zoneName(0)));
            s.ts.push(s.newStr(zoneName(1)));
            Dicts.putStr(s, d, "tzname", s.newTupleFromRoots(names, 2));
            return s.ts.get(m);
        } finally {
            s.ts.truncate(m);
        }
    }
}
