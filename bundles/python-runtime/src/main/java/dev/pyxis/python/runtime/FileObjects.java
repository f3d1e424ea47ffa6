package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.support.Codecs;
import dev.pyxis.python.support.PyFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * open() and the file objects it returns: {@code _io.TextIOWrapper} for text modes,
 * {@code _io.BufferedReader}/{@code BufferedWriter}/{@code BufferedRandom} for binary ones. A
 * file object holds its Java side (a {@link BinaryFile}, wrapped by a {@link TextFile} in text
 * mode) in the handle table; F1 holds the name object open() was given.
 *
 * <p>Text files share the {@code _io.TextIOWrapper} type with the standard streams of
 * {@link Streams}; the methods here dispatch on the kind of handle.
 */
final class FileObjects {
    private FileObjects() {}

    static final String TEXT = "_io.TextIOWrapper";
    static final String READER = "_io.BufferedReader";
    static final String WRITER = "_io.BufferedWriter";
    static final String RANDOM = "_io.BufferedRandom";

    // ---------------------------------------------------------------- Java side

    /** A buffered binary file over a channel: one read buffer, one write buffer, never both full. */
    static final class BinaryFile {
        final FileChannel ch;
        final boolean readable, writable, append;
        final String rawMode;
        private final byte[] rbuf = new byte[8192];
        private int rpos, rlim;
        private final ByteArrayOutputStream wbuf = new ByteArrayOutputStream();
        boolean closed;

        BinaryFile(FileChannel ch, boolean readable, boolean writable, boolean append, String rawMode) {
            this.ch = ch;
            this.readable = readable;
            this.writable = writable;
            this.append = append;
            this.rawMode = rawMode;
        }

        long position() throws IOException {
            return ch.position() - (rlim - rpos) + wbuf.size();
        }

        void flushWrite() throws IOException {
            if (wbuf.size() == 0) {
                return;
            }
            if (append) {
                ch.position(ch.size());
            }
            ByteBuffer bb = ByteBuffer.wrap(wbuf.toByteArray());
            while (bb.hasRemaining()) {
                ch.write(bb);
            }
            wbuf.reset();
        }

        private void dropRead() throws IOException {
            if (rpos < rlim) {
                ch.position(ch.position() - (rlim - rpos));
            }
            rpos = rlim = 0;
        }

        private boolean fill() throws IOException {
            rpos = rlim = 0;
            int n = ch.read(ByteBuffer.wrap(rbuf));
            if (n <= 0) {
                return false;
            }
            rlim = n;
            return true;
        }

        byte[] read(long n) throws IOException {
            flushWrite();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (n < 0 || out.size() < n) {
                if (rpos == rlim && !fill()) {
                    break;
                }
                int take = n < 0 ? rlim - rpos : (int) Math.min(rlim - rpos, n - out.size());
                out.write(rbuf, rpos, take);
                rpos += take;
            }
            return out.toByteArray();
        }

        byte[] readline(long limit) throws IOException {
            flushWrite();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (limit < 0 || out.size() < limit) {
                if (rpos == rlim && !fill()) {
                    break;
                }
                byte b = rbuf[rpos++];
                out.write(b);
                if (b == '\n') {
                    break;
                }
            }
            return out.toByteArray();
        }

        void write(byte[] b) throws IOException {
            dropRead();
            wbuf.write(b);
            if (wbuf.size() >= 65536) {
                flushWrite();
            }
        }

        long seek(long target) throws IOException {
            flushWrite();
            rpos = rlim = 0;
            ch.position(target);
            return target;
        }

        long size() throws IOException {
            flushWrite();
            return ch.size();
        }

        void truncate(long size) throws IOException {
            flushWrite();
            long pos = position();
            rpos = rlim = 0;
            if (size < ch.size()) {
                ch.truncate(size);
            } else if (size > ch.size()) {
                ch.write(ByteBuffer.allocate(1), size - 1);
            }
            ch.position(pos);
        }

        void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                flushWrite();
            } finally {
                ch.close();
            }
        }
    }

    /** A text layer: decodes chunks of the binary file, keeping the decoded text untranslated. */
    static final class TextFile {
        final BinaryFile raw;
        final String mode;
        final String encoding;
        final String codec;
        final String errors;
        /** null: universal newlines (translated); otherwise "", "\n", "\r" or "\r\n". */
        final String newline;
        final boolean lineBuffering;
        private final StringBuilder dec = new StringBuilder();
        private int decPos;
        private byte[] pending = new byte[0];
        private boolean eof;

        TextFile(BinaryFile raw, String mode, String encoding, String codec, String errors, String newline, boolean lineBuffering) {
            this.raw = raw;
            this.mode = mode;
            this.encoding = encoding;
            this.codec = codec;
            this.errors = errors;
            this.newline = newline;
            this.lineBuffering = lineBuffering;
        }

        private boolean wholeFileCodec() {
            return codec.startsWith("utf-16") || codec.startsWith("utf-32");
        }

        /** Decodes one more chunk into dec; false when nothing is left. */
        private boolean fillChunk() throws IOException {
            if (eof) {
                return false;
            }
            boolean atStart = raw.position() == 0 && pending.length == 0;
            byte[] chunk = raw.read(wholeFileCodec() ? -1 : 8192);
            if (chunk.length == 0 || wholeFileCodec()) {
                eof = true;
            }
            byte[] all = concat(pending, chunk);
            int keep = eof ? 0 : incompleteTail(all);
            pending = java.util.Arrays.copyOfRange(all, all.length - keep, all.length);
            byte[] body = keep == 0 ? all : java.util.Arrays.copyOf(all, all.length - keep);
            String c = codec.equals("utf-8-sig") && !atStart ? "utf-8" : codec;
            if (decPos > 65536) {
                dec.delete(0, decPos);
                decPos = 0;
            }
            dec.append(Codecs.decode(body, c, errors));
            return body.length > 0 || !eof;
        }

        /** How many trailing bytes of a UTF-8 chunk start a sequence the chunk does not finish. */
        private int incompleteTail(byte[] b) {
            if (!codec.startsWith("utf-8")) {
                return 0;
            }
            for (int back = 1; back <= 3 && back <= b.length; back++) {
                int v = b[b.length - back] & 0xFF;
                if (v < 0x80) {
                    return 0;
                }
                if (v >= 0xC0) {
                    int need = v >= 0xF0 ? 4 : v >= 0xE0 ? 3 : 2;
                    return need > back ? back : 0;
                }
            }
            return 0;
        }

        private int peek(int i) throws IOException {
            while (decPos + i >= dec.length()) {
                if (!fillChunk()) {
                    return -1;
                }
            }
            return dec.charAt(decPos + i);
        }

        boolean hasBuffered() {
            return decPos < dec.length() || pending.length > 0;
        }

        void resetDecoder() {
            dec.setLength(0);
            decPos = 0;
            pending = new byte[0];
            eof = false;
        }

        long tell() throws IOException {
            long pos = raw.position() - pending.length;
            if (decPos < dec.length()) {
                pos -= Codecs.encode(dec.substring(decPos), codec.equals("utf-8-sig") ? "utf-8" : codec, "surrogatepass").length;
            }
            return pos;
        }

        /**
         * Before a write: the text decoded ahead is dropped and the write goes where the binary
         * file is, after the last chunk read (as CPython's text layer does).
         */
        void syncForWrite() {
            resetDecoder();
        }

        String read(long n) throws IOException {
            if (n < 0) {
                while (fillChunk()) {
                    // all of it
                }
                String rest = dec.substring(decPos);
                dec.setLength(0);
                decPos = 0;
                if (newline == null) {
                    rest = rest.replace("\r\n", "\n").replace('\r', '\n');
                }
                return rest;
            }
            StringBuilder out = new StringBuilder();
            long count = 0;
            while (count < n) {
                int c = peek(0);
                if (c < 0) {
                    break;
                }
                decPos++;
                if (c == '\r' && newline == null) {
                    if (peek(0) == '\n') {
                        decPos++;
                    }
                    c = '\n';
                }
                out.append((char) c);
                takeLowSurrogate(c, out);
                count++;
            }
            return out.toString();
        }

        private void takeLowSurrogate(int c, StringBuilder out) throws IOException {
            if (Character.isHighSurrogate((char) c)) {
                int d = peek(0);
                if (d >= 0 && Character.isLowSurrogate((char) d)) {
                    decPos++;
                    out.append((char) d);
                }
            }
        }

        String readline(long limit) throws IOException {
            StringBuilder out = new StringBuilder();
            long count = 0;
            while (limit < 0 || count < limit) {
                int c = peek(0);
                if (c < 0) {
                    break;
                }
                decPos++;
                if (newline == null) {
                    if (c == '\r') {
                        if (peek(0) == '\n') {
                            decPos++;
                        }
                        c = '\n';
                    }
                    out.append((char) c);
                    if (c == '\n') {
                        break;
                    }
                } else {
                    out.append((char) c);
                    if (newline.isEmpty()) {
                        if (c == '\n') {
                            break;
                        }
                        if (c == '\r') {
                            if (peek(0) == '\n') {
                                decPos++;
                                out.append('\n');
                            }
                            break;
                        }
                    } else if (newline.equals("\r\n")) {
                        if (c == '\r' && peek(0) == '\n') {
                            decPos++;
                            out.append('\n');
                            break;
                        }
                    } else if (c == newline.charAt(0)) {
                        break;
                    }
                }
                takeLowSurrogate(c, out);
                count++;
            }
            return out.toString();
        }

        void write(String text) throws IOException {
            syncForWrite();
            if (newline != null && (newline.equals("\r") || newline.equals("\r\n"))) {
                text = text.replace("\n", newline);
            }
            String c = codec;
            if (raw.position() != 0) {
                c = switch (codec) {
                    case "utf-8-sig" -> "utf-8";
                    case "utf-16" -> "utf-16-le";
                    case "utf-32" -> "utf-32-le";
                    default -> codec;
                };
            }
            raw.write(Codecs.encode(text, c, errors));
            if (lineBuffering && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
                raw.flushWrite();
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    // ---------------------------------------------------------------- errors

    /** Raises OSError(errno, strerror, filename): the errno picks the subclass. */
    static PyException osError(Space s, int errno, String strerror, int nameSlot) {
        int base = s.ts.push(s.typeWord(s.builtinTypes.get("OSError")));
        try {
            s.ts.push(Py.smallInt(errno));
            s.ts.push(s.newStr(strerror));
            int n = 2;
            if (nameSlot >= 0) {
                s.ts.push(s.ts.get(nameSlot));
                n = 3;
            }
            long e = Calls.call(s, base, base + 1, n, -1);
            return s.ts.raise(e);
        } finally {
            s.ts.truncate(base);
        }
    }

    static PyException ioError(Space s, IOException e, int nameSlot) {
        if (e instanceof NoSuchFileException) {
            return osError(s, 2, "No such file or directory", nameSlot);
        }
        if (e instanceof FileAlreadyExistsException) {
            return osError(s, 17, "File exists", nameSlot);
        }
        if (e instanceof AccessDeniedException) {
            return osError(s, 13, "Permission denied", nameSlot);
        }
        if (e instanceof NotDirectoryException) {
            return osError(s, 20, "Not a directory", nameSlot);
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            String r = fse.getReason();
            if (r.contains("Is a directory")) {
                return osError(s, 21, "Is a directory", nameSlot);
            }
            if (r.contains("Not a directory")) {
                return osError(s, 20, "Not a directory", nameSlot);
            }
            if (r.contains("Too many open files")) {
                return osError(s, 24, "Too many open files", nameSlot);
            }
            if (r.contains("No space left")) {
                return osError(s, 28, "No space left on device", nameSlot);
            }
        }
        return Errors.raise(s, "OSError", String.valueOf(e.getMessage()));
    }

    private static PyException unsupported(Space s, String message) {
        return Errors.raise(s, "io.UnsupportedOperation", message);
    }

    private static PyException closedError(Space s) {
        return Errors.valueError(s, "I/O operation on closed file.");
    }

    // ---------------------------------------------------------------- open()

    static final Builtin OPEN = Builtin.function(
            "open(file, mode=?, buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
            FileObjects::open);

    private static String optionalStr(Space s, long w, String param, boolean noneOk) {
        if (w == Py.NONE || w == 0) {
            return null;
        }
        if (!s.isStr(w)) {
            throw Errors.typeError(s, "open() argument '" + param + "' must be str" + (noneOk ? " or None" : "")
                    + ", not " + s.typeOf(w).name);
        }
        return s.str(w);
    }

    private static long open(Space s, Builtin.Args a) {
        long fileW = a.get(0);
        String path;
        if (s.isStr(fileW)) {
            path = s.str(fileW);
        } else if (BytesMethods.bytesLike(s, fileW) != null && s.typeOf(fileW) == s.bytesType) {
            path = new String(s.bytes(fileW), java.nio.charset.StandardCharsets.UTF_8);
        } else if (s.isInt(fileW) && Py.isSmallInt(fileW)) {
            throw osError(s, 9, "Bad file descriptor", -1);
        } else {
            throw Errors.typeError(s, "expected str, bytes or os.PathLike object, not " + s.typeOf(fileW).name);
        }
        if (a.get(1) != 0 && !s.isStr(a.get(1))) {
            throw Errors.typeError(s, "open() argument 'mode' must be str, not " + s.typeOf(a.get(1)).name);
        }
        String mode = a.get(1) == 0 ? "r" : s.str(a.get(1));
        long buffering = Py.isSmallInt(a.get(2)) ? Py.smallValue(a.get(2)) : Subscripts.index(s, a.slot(2), "'%s' object cannot be interpreted as an integer");
        String encoding = optionalStr(s, a.get(3), "encoding", true);
        String errors = optionalStr(s, a.get(4), "errors", true);
        String newline = optionalStr(s, a.get(5), "newline", true);

        boolean r = false, w = false, x = false, ap = false, plus = false, t = false, b = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            boolean dup = switch (c) {
                case 'r' -> r ? true : !(r = true);
                case 'w' -> w ? true : !(w = true);
                case 'x' -> x ? true : !(x = true);
                case 'a' -> ap ? true : !(ap = true);
                case '+' -> plus ? true : !(plus = true);
                case 't' -> t ? true : !(t = true);
                case 'b' -> b ? true : !(b = true);
                default -> true;
            };
            if (dup) {
                throw Errors.valueError(s, "invalid mode: '" + mode + "'");
            }
        }
        if (t && b) {
            throw Errors.valueError(s, "can't have text and binary mode at once");
        }
        int kinds = (r ? 1 : 0) + (w ? 1 : 0) + (x ? 1 : 0) + (ap ? 1 : 0);
        if (kinds > 1) {
            throw Errors.valueError(s, "must have exactly one of create/read/write/append mode");
        }
        if (b && encoding != null) {
            throw Errors.valueError(s, "binary mode doesn't take an encoding argument");
        }
        if (b && errors != null) {
            throw Errors.valueError(s, "binary mode doesn't take an errors argument");
        }
        if (b && newline != null) {
            throw Errors.valueError(s, "binary mode doesn't take a newline argument");
        }
        if (!b && buffering == 0) {
            throw Errors.valueError(s, "can't have unbuffered text I/O");
        }
        if (kinds == 0) {
            throw Errors.valueError(s, "Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (a.get(7) != Py.NONE) {
            throw Errors.raise(s, "NotImplementedError", "open(): opener is not supported");
        }
        if (a.get(6) == Py.FALSE || a.get(6) == Py.smallInt(0)) {
            throw Errors.valueError(s, "Cannot use closefd=False with file name");
        }
        if (path.indexOf('\0') >= 0) {
            throw Errors.valueError(s, "embedded null byte");
        }

        boolean readable = r || plus, writable = !r || plus;
        String rawMode = x ? (plus ? "xb+" : "xb") : ap ? (plus ? "ab+" : "ab") : plus ? "rb+" : w ? "wb" : "rb";
        flushAll(s);
        FileChannel ch;
        int nameSlot = a.slot(0);
        try {
            Path p = Path.of(path.isEmpty() ? "" : path);
            if (path.isEmpty()) {
                throw new NoSuchFileException(path);
            }
            if (Files.isDirectory(p)) {
                if (x) {
                    throw new FileAlreadyExistsException(path);
                }
                throw osError(s, 21, "Is a directory", nameSlot);
            }
            List<OpenOption> opts = new ArrayList<>();
            if (readable) {
                opts.add(StandardOpenOption.READ);
            }
            if (writable) {
                opts.add(StandardOpenOption.WRITE);
            }
            if (w) {
                opts.add(StandardOpenOption.CREATE);
                opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            } else if (ap) {
                opts.add(StandardOpenOption.CREATE);
            } else if (x) {
                opts.add(StandardOpenOption.CREATE_NEW);
            }
            ch = FileChannel.open(p, opts.toArray(new OpenOption[0]));
            if (ap) {
                ch.position(ch.size());
            }
        } catch (InvalidPathException e) {
            throw Errors.valueError(s, e.getMessage());
        } catch (IOException e) {
            throw ioError(s, e, nameSlot);
        }
        BinaryFile bin = new BinaryFile(ch, readable, writable, ap, rawMode);
        Object handle = bin;
        PyType type;
        if (b) {
            type = s.builtinTypes.get(plus ? RANDOM : r ? READER : WRITER);
        } else {
            type = s.builtinTypes.get(TEXT);
            String codec;
            try {
                if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                        && !newline.equals("\r\n")) {
                    throw Errors.valueError(s, "illegal newline value: " + newline);
                }
                codec = Codecs.lookup(encoding == null ? "utf-8" : encoding);
            } catch (PyFailure f) {
                closeQuietly(bin);
                throw Errors.fromFailure(s, f);
            } catch (PyException e) {
                closeQuietly(bin);
                throw e;
            }
            handle = new TextFile(bin, mode, encoding == null ? "UTF-8" : encoding, codec,
                    errors == null ? "strict" : errors, newline, buffering == 1);
        }
        s.openFiles.add(bin);
        long f = s.allocFixed(HANDLED, type.rootShape);
        Space.putRaw(f, F1, 0);
        Space.putRaw(f, F2, 0);
        Space.putRaw(f, HANDLE, s.heap.handles().add(handle, f));
        int fs = s.ts.push(f);
        s.put(s.ts.get(fs), F1, a.get(0));
        f = s.ts.get(fs);
        s.ts.truncate(fs);
        return f;
    }

    private static void closeQuietly(BinaryFile bin) {
        try {
            bin.close();
        } catch (IOException e) {
            // nothing to report
        }
    }

    /** Flushes every file still open (before another open, and when the session ends). */
    static void flushAll(Space s) {
        for (BinaryFile f : s.openFiles) {
            try {
                f.flushWrite();
            } catch (IOException e) {
                // reported when the program flushes or closes it
            }
        }
    }

    /** Closes every file the program left open. */
    static void closeAll(Space s) {
        for (BinaryFile f : new ArrayList<>(s.openFiles)) {
            closeQuietly(f);
        }
        s.openFiles.clear();
    }

    // ---------------------------------------------------------------- handles

    static Object handle(Space s, long f) {
        return s.heap.handles().get(Space.get(f, HANDLE));
    }

    static BinaryFile binary(Space s, long f) {
        Object h = handle(s, f);
        return h instanceof TextFile t ? t.raw : (BinaryFile) h;
    }

    private static BinaryFile open(Space s, Builtin.Args a, int i) {
        return open(s, a, i, "I/O operation on closed file.");
    }

    private static BinaryFile open(Space s, Builtin.Args a, int i, String closedMessage) {
        BinaryFile bf = binary(s, a.get(i));
        if (bf.closed) {
            throw Errors.valueError(s, closedMessage);
        }
        return bf;
    }

    private static BinaryFile readable(Space s, Builtin.Args a) {
        return readable(s, a, "I/O operation on closed file.");
    }

    private static BinaryFile readable(Space s, Builtin.Args a, String closedMessage) {
        BinaryFile bf = open(s, a, 0, closedMessage);
        if (!bf.readable) {
            throw unsupported(s, handle(s, a.get(0)) instanceof TextFile ? "not readable" : "read");
        }
        return bf;
    }

    private static BinaryFile writable(Space s, Builtin.Args a, String closedMessage) {
        BinaryFile bf = open(s, a, 0, closedMessage);
        if (!bf.writable) {
            throw unsupported(s, handle(s, a.get(0)) instanceof TextFile ? "not writable" : "write");
        }
        return bf;
    }

    private static long size(Space s, Builtin.Args a, int i) {
        long w = a.get(i);
        if (w == Py.NONE || w == 0) {
            return -1;
        }
        if (!s.isInt(w) && Ops.userSpecial(s, w, "__index__") == 0) {
            throw Errors.typeError(s, "argument should be integer or None, not '" + s.typeOf(w).name + "'");
        }
        return Subscripts.index(s, a.slot(i), "argument should be integer or None, not '%s'");
    }

    // ---------------------------------------------------------------- methods

    interface Body {
        long call(Space s, Builtin.Args a) throws IOException;
    }

    /** A method of every file type; IOException becomes OSError. */
    private static Builtin method(String owner, String sig, Body body) {
        return Builtin.method(owner, sig, (s, a) -> {
            try {
                return body.call(s, a);
            } catch (IOException e) {
                throw ioError(s, e, -1);
            } catch (PyFailure f) {
                throw Errors.fromFailure(s, f);
            }
        });
    }

    /** A text method that leaves the standard streams to the Streams builtin of the same name. */
    private static Builtin textMethod(String sig, Builtin streams, Body body) {
        Builtin b = method(TEXT, sig, body);
        if (streams == null) {
            return b;
        }
        return Builtin.method(TEXT, sig, (s, a) -> handle(s, a.get(0)) instanceof Streams.TextStream
                ? streams.body.call(s, a) : b.body.call(s, a));
    }

    private static TextFile text(Space s, Builtin.Args a) {
        Object h = handle(s, a.get(0));
        if (!(h instanceof TextFile t)) {
            throw unsupported(s, "not supported on the standard streams");
        }
        if (t.raw.closed) {
            throw closedError(s);
        }
        return t;
    }

    private static TextFile readableText(Space s, Builtin.Args a) {
        TextFile t = text(s, a);
        if (!t.raw.readable) {
            throw unsupported(s, "not readable");
        }
        return t;
    }

    private static long readLines(Space s, Builtin.Args a, boolean binary) throws IOException {
        long hint = size(s, a, 1);
        int list = s.ts.push(Lists.create(s, 0));
        int item = s.ts.push(0);
        try {
            long total = 0;
            while (true) {
                long line;
                long len;
                if (binary) {
                    byte[] bl = readable(s, a).readline(-1);
                    if (bl.length == 0) {
                        break;
                    }
                    len = bl.length;
                    line = s.newBytes(bl);
                } else {
                    String sl = readableText(s, a).readline(-1);
                    if (sl.isEmpty()) {
                        break;
                    }
                    len = sl.length();
                    line = s.newStr(sl);
                }
                s.ts.set(item, line);
                Lists.append(s, list, item);
                total += len;
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return s.ts.get(list);
        } finally {
            s.ts.truncate(list);
        }
    }

    private static long writeLines(Space s, Builtin.Args a, boolean binary) {
        int it = s.ts.push(Ops.iter(s, a.slot(1)));
        int item = s.ts.push(0);
        int call = s.ts.push(0);
        try {
            while (true) {
                long v = Ops.next(s, it);
                if (v == 0) {
                    break;
                }
                s.ts.set(item, v);
                s.ts.set(call, Attributes.get(s, a.slot(0), "write"));
                s.ts.push(s.ts.get(item));
                Calls.call(s, call, call + 1, 1, -1);
                s.ts.truncate(call + 1);
            }
            return Py.NONE;
        } finally {
            s.ts.truncate(it);
        }
    }

    private static long seekTarget(Space s, BinaryFile bf, long offset, long whence) throws IOException {
        long target = switch ((int) whence) {
            case 0 -> offset;
            case 1 -> bf.position() + offset;
            case 2 -> bf.size() + offset;
            default -> throw Errors.valueError(s, "whence value " + whence + " unsupported");
        };
        if (target < 0) {
            throw Errors.valueError(s, "negative seek value " + target);
        }
        return target;
    }

    private static long close(Space s, Builtin.Args a) throws IOException {
        BinaryFile bf = binary(s, a.get(0));
        s.openFiles.remove(bf);
        bf.close();
        return Py.NONE;
    }

    // Text methods.

    private static final Builtin T_READ = textMethod("read(self, size=-1, /)", null,
            (s, a) -> {
                TextFile t = readableText(s, a);
                return s.newStr(t.read(size(s, a, 1)));
            });
    private static final Builtin T_READLINE = textMethod("readline(self, size=-1, /)", null,
            (s, a) -> {
                long limit = Subscripts.index(s, a.slot(1), "'%s' object cannot be interpreted as an integer");
                TextFile t = readableText(s, a);
                return s.newStr(t.readline(limit));
            });
    private static final Builtin T_READLINES = textMethod("readlines(self, hint=-1, /)", null,
            (s, a) -> readLines(s, a, false));
    private static final Builtin T_WRITE = textMethod("write(self, text, /)", null, (s, a) -> {
        if (!s.isStr(a.get(1))) {
            throw Errors.typeError(s, "write() argument must be str, not " + s.typeOf(a.get(1)).name);
        }
        TextFile t = text(s, a);
        if (!t.raw.writable) {
            throw unsupported(s, "not writable");
        }
        String str = s.str(a.get(1));
        t.write(str);
        return s.newInt(str.codePointCount(0, str.length()));
    });
    private static final Builtin T_WRITELINES = textMethod("writelines(self, lines, /)", null, (s, a) -> {
        text(s, a);
        return writeLines(s, a, false);
    });
    private static final Builtin T_FLUSH = textMethod("flush(self, /)", null, (s, a) -> {
        text(s, a).raw.flushWrite();
        return Py.NONE;
    });
    private static final Builtin T_CLOSE = textMethod("close(self, /)", null, FileObjects::close);
    private static final Builtin T_TELL = textMethod("tell(self, /)", null, (s, a) -> s.newInt(text(s, a).tell()));
    private static final Builtin T_SEEK = textMethod("seek(self, cookie, whence=0, /)", null, (s, a) -> {
        TextFile t = text(s, a);
        long offset = Subscripts.index(s, a.slot(1), "'%s' object cannot be interpreted as an integer");
        long whence = Subscripts.index(s, a.slot(2), "'%s' object cannot be interpreted as an integer");
        if (whence == 1 && offset != 0) {
            throw unsupported(s, "can't do nonzero cur-relative seeks");
        }
        if (whence == 2 && offset != 0) {
            throw unsupported(s, "can't do nonzero end-relative seeks");
        }
        if (whence < 0 || whence > 2) {
            throw Errors.valueError(s, "invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (whence == 0 && offset < 0) {
            throw Errors.valueError(s, "negative seek position " + offset);
        }
        long target = whence == 1 ? t.tell() : whence == 2 ? t.raw.size() : offset;
        t.resetDecoder();
        t.raw.seek(target);
        return s.newInt(target);
    });
    private static final Builtin T_TRUNCATE = textMethod("truncate(self, pos=None, /)", null, (s, a) -> {
        TextFile t = text(s, a);
        if (!t.raw.writable) {
            throw unsupported(s, "truncate");
        }
        long pos = a.get(1) == Py.NONE ? t.tell() : Subscripts.index(s, a.slot(1), "'%s' object cannot be interpreted as an integer");
        t.raw.truncate(pos);
        return s.newInt(pos);
    });
    private static final Builtin T_READABLE = textMethod("readable(self, /)", null, (s, a) -> Py.bool(text(s, a).raw.readable));
    private static final Builtin T_WRITABLE = textMethod("writable(self, /)", null, (s, a) -> Py.bool(text(s, a).raw.writable));
    private static final Builtin T_SEEKABLE = textMethod("seekable(self, /)", null, (s, a) -> {
        text(s, a);
        return Py.TRUE;
    });

    // Binary methods, defined once per binary type.

    private static List<Builtin> binaryMethods(String owner) {
        List<Builtin> l = new ArrayList<>();
        l.add(method(owner, "read(self, size=-1, /)", (s, a) -> {
            BinaryFile bf = readable(s, a, "read of closed file");
            return s.newBytes(bf.read(size(s, a, 1)));
        }));
        l.add(method(owner, "read1(self, size=-1, /)", (s, a) -> {
            BinaryFile bf = readable(s, a, "read of closed file");
            return s.newBytes(bf.read(size(s, a, 1)));
        }));
        l.add(method(owner, "readline(self, size=-1, /)", (s, a) -> {
            BinaryFile bf = readable(s, a, "readline of closed file");
            return s.newBytes(bf.readline(size(s, a, 1)));
        }));
        l.add(method(owner, "readlines(self, hint=-1, /)", (s, a) -> readLines(s, a, true)));
        l.add(method(owner, "write(self, buffer, /)", (s, a) -> {
            BinaryFile bf = writable(s, a, "write to closed file");
            byte[] data = BytesMethods.bytesLike(s, a.get(1));
            if (data == null) {
                throw Errors.typeError(s, "a bytes-like object is required, not '" + s.typeOf(a.get(1)).name + "'");
            }
            bf.write(data);
            return s.newInt(data.length);
        }));
        l.add(method(owner, "writelines(self, lines, /)", (s, a) -> {
            open(s, a, 0);
            return writeLines(s, a, true);
        }));
        l.add(method(owner, "flush(self, /)", (s, a) -> {
            open(s, a, 0, "flush of closed file").flushWrite();
            return Py.NONE;
        }));
        l.add(method(owner, "close(self, /)", FileObjects::close));
        l.add(method(owner, "tell(self, /)", (s, a) -> s.newInt(open(s, a, 0, "I/O operation on closed file").position())));
        l.add(method(owner, "seek(self, target, whence=0, /)", (s, a) -> {
            BinaryFile bf = open(s, a, 0, "seek of closed file");
            long offset = Subscripts.index(s, a.slot(1), "'%s' object cannot be interpreted as an integer");
            long whence = Subscripts.index(s, a.slot(2), "'%s' object cannot be interpreted as an integer");
            return s.newInt(bf.seek(seekTarget(s, bf, offset, whence)));
        }));
        l.add(method(owner, "truncate(self, pos=None, /)", (s, a) -> {
            BinaryFile bf = writable(s, a, "I/O operation on closed file.");
            long pos = a.get(1) == Py.NONE ? bf.position() : Subscripts.index(s, a.slot(1), "'%s' object cannot be interpreted as an integer");
            bf.truncate(pos);
            return s.newInt(pos);
        }));
        l.add(method(owner, "readable(self, /)", (s, a) -> Py.bool(open(s, a, 0).readable)));
        l.add(method(owner, "writable(self, /)", (s, a) -> Py.bool(open(s, a, 0).writable)));
        l.add(method(owner, "seekable(self, /)", (s, a) -> {
            open(s, a, 0);
            return Py.TRUE;
        }));
        l.add(method(owner, "isatty(self, /)", (s, a) -> {
            open(s, a, 0);
            return Py.FALSE;
        }));
        return l;
    }

    /** Methods and attributes every file type has. */
    private static void common(Space s, PyType t, String owner) {
        Builtins.method(s, t, method(owner, "__enter__(self, /)", (s2, a) -> {
            Object h = handle(s2, a.get(0));
            if (!(h instanceof Streams.TextStream) && binary(s2, a.get(0)).closed) {
                throw closedError(s2);
            }
            return a.get(0);
        }));
        Builtins.method(s, t, method(owner, "__exit__(self, /, *exc_info)", (s2, a) -> {
            if (!(handle(s2, a.get(0)) instanceof Streams.TextStream)) {
                close(s2, a);
            }
            return Py.NONE;
        }));
        Builtins.method(s, t, method(owner, "__iter__(self, /)", (s2, a) -> {
            if (!(handle(s2, a.get(0)) instanceof Streams.TextStream) && binary(s2, a.get(0)).closed) {
                throw closedError(s2);
            }
            return a.get(0);
        }));
        Builtins.method(s, t, method(owner, "__next__(self, /)", (s2, a) -> {
            long v = t.behaviour.next(s2, a.slot(0));
            if (v == 0) {
                throw Errors.stopIteration(s2);
            }
            return v;
        }));
        Builtins.method(s, t, method(owner, "fileno(self, /)", (s2, a) -> {
            throw unsupported(s2, "fileno");
        }));
        Receivers.readonly(s, t, Builtin.method(owner, "closed(self, /)", (s2, a) -> {
            Object h = handle(s2, a.get(0));
            return Py.bool(!(h instanceof Streams.TextStream) && binary(s2, a.get(0)).closed);
        }));
        Receivers.readonly(s, t, Builtin.method(owner, "name(self, /)", (s2, a) -> {
            long n = Space.get(a.get(0), F1);
            if (n == 0) {
                Object h = handle(s2, a.get(0));
                return s2.newStr(h instanceof Streams.TextStream ts ? ts.name : "");
            }
            return n;
        }));
        Receivers.readonly(s, t, Builtin.method(owner, "mode(self, /)", (s2, a) -> {
            Object h = handle(s2, a.get(0));
            if (h instanceof Streams.TextStream ts) {
                return s2.newStr(ts.in != null ? "r" : "w");
            }
            return s2.newStr(h instanceof TextFile tf ? tf.mode : ((BinaryFile) h).rawMode);
        }));
    }

    private static String reprName(Space s, int selfSlot) {
        long n = Space.get(s.ts.get(selfSlot), F1);
        if (n == 0) {
            return null;
        }
        int slot = s.ts.push(n);
        try {
            return Ops.reprString(s, slot);
        } finally {
            s.ts.truncate(slot);
        }
    }

    static void install(Space s) {
        PyType unsupported = s.newType("io.UnsupportedOperation",
                new PyType[] {s.builtinTypes.get("OSError"), s.builtinTypes.get("ValueError")}, PyType.Native.EXCEPTION, false);
        PyType osError = s.builtinTypes.get("OSError");
        unsupported.reservedSlots = osError.reservedSlots;
        unsupported.hasDict = true;
        s.builtinTypes.put("io.UnsupportedOperation", unsupported);
        s.materialize(unsupported);
        unsupported.put("__module__", s.newStr("io"));

        PyType text = s.builtinTypes.get(TEXT);
        NativeBehaviour streams = text.behaviour;
        text.behaviour = new NativeBehaviour() {
            @Override
            public long next(Space sp, int selfSlot) {
                Object h = handle(sp, sp.ts.get(selfSlot));
                if (!(h instanceof TextFile t)) {
                    return streams.next(sp, selfSlot);
                }
                if (t.raw.closed) {
                    throw closedError(sp);
                }
                if (!t.raw.readable) {
                    throw unsupported(sp, "not readable");
                }
                try {
                    String line = t.readline(-1);
                    return line.isEmpty() ? 0 : sp.newStr(line);
                } catch (IOException e) {
                    throw ioError(sp, e, -1);
                } catch (PyFailure f) {
                    throw Errors.fromFailure(sp, f);
                }
            }

            @Override
            public String repr(Space sp, int selfSlot) {
                Object h = handle(sp, sp.ts.get(selfSlot));
                if (!(h instanceof TextFile t)) {
                    return streams.repr(sp, selfSlot);
                }
                String mode = t.mode;
                String encoding = t.encoding;
                String name = reprName(sp, selfSlot);
                return "<_io.TextIOWrapper name=" + name + " mode='" + mode + "' encoding='" + encoding + "'>";
            }
        };
        for (Builtin b : new Builtin[] {T_READ, T_READLINE, T_READLINES, T_WRITE, T_WRITELINES, T_FLUSH, T_CLOSE,
                T_TELL, T_SEEK, T_TRUNCATE, T_READABLE, T_WRITABLE, T_SEEKABLE}) {
            Builtin existing = null;
            long old = text.getOwn(b.name());
            if (old != 0 && Py.isObject(old) && s.typeOf(old) == s.builtinType) {
                existing = Methods.builtinOf(old);
            }
            Builtin chosen = existing == null ? b : Builtin.method(TEXT, b.signature, dispatch(existing, b));
            Builtins.method(s, text, chosen);
        }
        common(s, text, TEXT);
        Receivers.readonly(s, text, Builtin.method(TEXT, "encoding(self, /)", (s2, a) ->
                s2.newStr(handle(s2, a.get(0)) instanceof TextFile t ? t.encoding : "utf-8")));
        Receivers.readonly(s, text, Builtin.method(TEXT, "errors(self, /)", (s2, a) ->
                s2.newStr(handle(s2, a.get(0)) instanceof TextFile t ? t.errors : "strict")));
        Receivers.readonly(s, text, Builtin.method(TEXT, "line_buffering(self, /)", (s2, a) ->
                Py.bool(handle(s2, a.get(0)) instanceof TextFile t ? t.lineBuffering : true)));
        Receivers.readonly(s, text, Builtin.method(TEXT, "newlines(self, /)", (s2, a) -> Py.NONE));

        for (String name : new String[] {READER, WRITER, RANDOM}) {
            PyType t = s.newType(name, new PyType[] {s.objectType}, PyType.Native.ITERATOR, false);
            t.behaviour = new NativeBehaviour() {
                @Override
                public long next(Space sp, int selfSlot) {
                    BinaryFile bf = binary(sp, sp.ts.get(selfSlot));
                    if (bf.closed) {
                        throw Errors.valueError(sp, "readline of closed file");
                    }
                    if (!bf.readable) {
                        throw unsupported(sp, "read");
                    }
                    try {
                        byte[] line = bf.readline(-1);
                        return line.length == 0 ? 0 : sp.newBytes(line);
                    } catch (IOException e) {
                        throw ioError(sp, e, -1);
                    }
                }

                @Override
                public String repr(Space sp, int selfSlot) {
                    String n = reprName(sp, selfSlot);
                    return "<" + name + (n == null ? "" : " name=" + n) + ">";
                }
            };
            s.builtinTypes.put(name, t);
            s.materialize(t);
            t.put("__module__", s.newStr("_io"));
            for (Builtin b : binaryMethods(name)) {
                Builtins.method(s, t, b);
            }
            common(s, t, name);
        }
        Builtins.function(s, OPEN);
    }

    private static Builtin.Body dispatch(Builtin streams, Builtin files) {
        return (s, a) -> handle(s, a.get(0)) instanceof Streams.TextStream ? streams.body.call(s, a) : files.body.call(s, a);
    }
}
