package io.jmcp.benchmarks.config;

import io.jmcp.benchmarks.Figures;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * Parse and print throughput of this build's configuration model as a ratio to another build's,
 * both in this process, measured in alternation so that the machine's load hits both alike.
 * The other build is a directory of junos-config classes (of junos-netconf-client before the model
 * moved there), for instance compiled from the commit a branch started from; its classes are
 * loaded first by their own class loader.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.jmcp.benchmarks.config.ConfigThroughputComparison
 * BASELINE_CLASSES_DIR [MEGABYTES [ROUNDS]]}. A ratio above 1 means this build is faster.
 */
public final class ConfigThroughputComparison {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int DEFAULT_ROUNDS = 10;

    private ConfigThroughputComparison() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 1) {
            System.err.println("usage: ConfigThroughputComparison BASELINE_CLASSES_DIR [MEGABYTES [ROUNDS]]");
            System.exit(2);
        }
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_ROUNDS;
        String text = SyntheticConfiguration.text(megabytes * 1_000_000);
        Model current = new Model(ConfigThroughputComparison.class.getClassLoader());
        Model baseline = new Model(new ChildFirstLoader(Path.of(args[0]).toUri().toURL(),
                ConfigThroughputComparison.class.getClassLoader()));
        String set = current.toSet(current.parseText(text));
        System.out.printf("%d MB configuration, %d alternating rounds, CPU time of the measuring thread%n",
                megabytes, rounds);
        compare(rounds, "parse text", baseline, current, model -> model.parseText(text));
        compare(rounds, "parse set", baseline, current, model -> model.parseSet(set));
        Object baselineParsed = baseline.parseText(text);
        Object currentParsed = current.parseText(text);
        compare(rounds, "print text", baseline, current,
                model -> model.toText(model == baseline ? baselineParsed : currentParsed));
        compare(rounds, "print set", baseline, current,
                model -> model.toSet(model == baseline ? baselineParsed : currentParsed));
    }

    private interface Operation {
        Object run(Model model) throws Throwable;
    }

    private static void compare(int rounds, String what, Model baseline, Model current, Operation operation) throws Throwable {
        long[] baselineCpu = new long[rounds];
        long[] currentCpu = new long[rounds];
        operation.run(baseline);
        operation.run(current);
        for (int round = 0; round < rounds; round++) {
            baselineCpu[round] = cpu(operation, baseline);
            currentCpu[round] = cpu(operation, current);
        }
        double ratio = (double) Figures.median(baselineCpu) / Figures.median(currentCpu);
        System.out.printf("  %-11s baseline %7.1f ms, this build %7.1f ms: throughput ratio %.2f%n",
                what, Figures.median(baselineCpu) / 1e6, Figures.median(currentCpu) / 1e6, ratio);
    }

    private static long cpu(Operation operation, Model model) throws Throwable {
        long start = THREADS.getCurrentThreadCpuTime();
        operation.run(model);
        return THREADS.getCurrentThreadCpuTime() - start;
    }

    /** One build's Configuration API, reached by method handles. */
    private static final class Model {
        private final MethodHandle parse;
        private final MethodHandle toText;
        private final MethodHandle toSet;
        private final Object textFormat;
        private final Object setFormat;

        @SuppressWarnings({"unchecked", "rawtypes"})
        Model(ClassLoader loader) throws ReflectiveOperationException {
            Class<?> configuration = Class.forName("io.jmcp.netconf.config.Configuration", true, loader);
            Class<Enum> format = (Class<Enum>) Class.forName("io.jmcp.netconf.ConfigFormat", true, loader);
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            parse = lookup.findStatic(configuration, "parse", MethodType.methodType(configuration, String.class, format));
            toText = lookup.findVirtual(configuration, "toText", MethodType.methodType(String.class));
            toSet = lookup.findVirtual(configuration, "toSet", MethodType.methodType(String.class));
            textFormat = Enum.valueOf(format, "TEXT");
            setFormat = Enum.valueOf(format, "SET");
        }

        Object parseText(String text) throws Throwable {
            return parse.invoke(text, textFormat);
        }

        Object parseSet(String set) throws Throwable {
            return parse.invoke(set, setFormat);
        }

        String toText(Object configuration) throws Throwable {
            return (String) toText.invoke(configuration);
        }

        String toSet(Object configuration) throws Throwable {
            return (String) toSet.invoke(configuration);
        }
    }

    /**
     * Loads the baseline's io.jmcp.netconf classes and resources (the schema it was built with)
     * itself, everything else from the parent.
     */
    private static final class ChildFirstLoader extends URLClassLoader {
        ChildFirstLoader(URL classes, ClassLoader parent) {
            super(new URL[] {classes}, parent);
        }

        @Override
        public URL getResource(String name) {
            URL own = name.startsWith("io/jmcp/netconf/") ? findResource(name) : null;
            return own != null ? own : super.getResource(name);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (!name.startsWith("io.jmcp.netconf.")) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException e) {
                        loaded = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
