package dev.pyxis.golden;

import dev.pyxis.frontend.spi.Frontend;
import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.python.api.SourceCompiler;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * The JVM that runs golden programs for {@link WorkerPool}, so that an interpreter that crashes the
 * JVM (unchecked modes do not validate addresses) or loops takes only this process down.
 *
 * <p>Protocol: each stdin line is {@code mode<TAB>stressInterval<TAB>absolute script path}; the
 * answer on stdout is the length of the program's {@code .out} text as a big-endian int, then
 * the bytes. Anything else written to System.out goes to stderr, so it cannot break the protocol.
 */
public final class GoldenWorker {
    private GoldenWorker() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream answers = new DataOutputStream(new FileOutputStream(FileDescriptor.out));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        SourceCompiler compiler = compiler();
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = requests.readLine()) != null) {
            String[] f = line.split("\t", 3);
            Mode mode = Mode.valueOf(f[0]);
            byte[] out = ProgramRun.run(Path.of(f[2]), collector(mode.collector), mode.heap(Integer.parseInt(f[1])), compiler);
            answers.writeInt(out.length);
            answers.write(out);
            answers.flush();
        }
    }

    private static SourceCompiler compiler() {
        for (Frontend f : ServiceLoader.load(Frontend.class)) {
            if (f.name().equals("python3")) {
                return f.adapt(SourceCompiler.class);
            }
        }
        throw new IllegalStateException("the python3 front end is not on the class path");
    }

    private static CollectorProvider collector(String name) {
        for (CollectorProvider c : ServiceLoader.load(CollectorProvider.class)) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException("collector " + name + " is not on the class path");
    }
}
