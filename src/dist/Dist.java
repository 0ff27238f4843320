import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Orbit's installer, made with the JDK's own jdeps, jlink and jpackage (run by {@code ./mvnw -Pdist
 * package}, see pom.xml and docs/packaging.md). From the jars Maven copied into target/dist:
 *
 * <ol>
 * <li>the JDK modules Orbit needs (jdeps over the jars, plus what jdeps cannot see: French dates
 *     and the import's character sets) and JavaFX's modules, linked into a trimmed runtime;</li>
 * <li>a training run of that runtime, headless (Monocle), recording the classes Orbit loads for a
 *     few commands and its first window ({@code app.orbit.app.ClassDataTraining});</li>
 * <li>the app image (jpackage), with the class-data archive of those classes made for it;</li>
 * <li>the installer for this system: a .deb on Linux (its postinst makes the archive again for
 *     /opt/orbit, since an archive holds the absolute paths of its jars), an .msi on Windows, a
 *     .dmg on macOS.</li>
 * </ol>
 *
 * <p>{@code java src/dist/Dist.java deb VERSION} packages the app image already built as a .deb
 * of another version (dist/try-deb.sh uses it to try an upgrade).
 */
public final class Dist {

    private static final Path BASE = Path.of(System.getProperty("dist.basedir", ".")).toAbsolutePath().normalize();
    private static final Path DIST = BASE.resolve("target/dist");
    private static final Path JARS = DIST.resolve("jars");
    private static final Path JAVAFX = DIST.resolve("javafx");
    private static final Path TRAINING = DIST.resolve("training");
    private static final Path INPUT = DIST.resolve("input");
    private static final Path RUNTIME = DIST.resolve("runtime");
    private static final Path IMAGES = DIST.resolve("image");
    private static final Path RESOURCES = BASE.resolve("src/dist");
    private static final String NAME = "Orbit";
    private static final String MAIN_JAR = "orbit.jar";
    private static final String MAIN_CLASS = "app.orbit.app.Main";
    private static final String CLASS_LIST = "orbit.classlist";
    private static final String ARCHIVE = "orbit.jsa";
    /** The compiler options of every start (docs/decisions/0020; src/dist/linux/postinst and src/main/dist/orbit say the same). */
    private static final String COMPILER = "-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:-UsePerfData";
    private static final String OS = os();
    /** Modules jdeps cannot find in the bytecode: French dates and names (CLDR), and the import's legacy encodings. */
    private static final List<String> UNSEEN_MODULES = List.of("jdk.localedata", "jdk.charsets");
    /** What Monocle reaches inside JavaFX when it runs from the class path next to a linked JavaFX. */
    static final List<String> MONOCLE_EXPORTS = List.of(
            "--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.glass.events=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.util=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.application=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.tk=ALL-UNNAMED",
            "--add-exports=javafx.base/com.sun.javafx.logging=ALL-UNNAMED",
            "--add-opens=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED");
    static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");

    private Dist() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "all";
        long start = System.nanoTime();
        if (mode.equals("deb")) {
            installer("deb", args[1]);
        } else {
            String version = packageVersion(System.getProperty("dist.version", "0.0.0"));
            Files.copy(Path.of(System.getProperty("dist.jar")), JARS.resolve(MAIN_JAR), StandardCopyOption.REPLACE_EXISTING);
            for (String jar : jars(JARS)) {
                unsign(Path.of(jar));
            }
            List<String> modules = modules();
            runtime(modules);
            Path classList = train();
            Path image = appImage(version, classList);
            archive(image);
            String type = System.getProperty("dist.type", "");
            if (type.isBlank() || type.equals("none")) {
                say("no installer asked for (dist.type): the app image is " + image);
            } else {
                installer(type, version);
            }
        }
        say(String.format(Locale.ROOT, "done in %.0f s", (System.nanoTime() - start) / 1e9));
    }

    /** The version installers accept: numbers only (MSI wants at most three), "0.1.0" for "0.1.0-SNAPSHOT". */
    static String packageVersion(String mavenVersion) {
        String v = mavenVersion.replaceFirst("[^0-9.].*$", "").replaceAll("\\.+$", "");
        return v.isEmpty() ? "0.0.0" : v;
    }

    private static String os() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "mac" : "linux";
    }

    /** The JDK modules the jars use (jdeps), those it cannot see, and JavaFX's controls with what they need. */
    private static List<String> modules() throws IOException {
        List<String> jars = jars(JARS);
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17", "--module-path", JAVAFX.toString()));
        args.addAll(jars);
        String out = tool("jdeps", args).strip();
        String last = out.lines().reduce((a, b) -> b).orElse("");
        Set<String> modules = new LinkedHashSet<>(Arrays.asList(last.split(",")));
        modules.addAll(UNSEEN_MODULES);
        modules.add("javafx.controls");
        say("modules: " + String.join(",", modules));
        return List.copyOf(modules);
    }

    /** jlink: the trimmed runtime, with JavaFX's native libraries where the JDK's own are (no extraction at start). */
    private static void runtime(List<String> modules) throws IOException {
        deleteTree(RUNTIME);
        tool("jlink", List.of("--module-path", JAVAFX.toString(), "--add-modules", String.join(",", modules),
                "--include-locales=en,fr", "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", RUNTIME.toString()));
        Path libs = RUNTIME.resolve(OS.equals("windows") ? "bin" : "lib");
        for (String jar : jars(JAVAFX)) {
            try (ZipFile zip = new ZipFile(jar)) {
                for (var e : java.util.Collections.list(zip.entries())) {
                    String n = e.getName();
                    if (!n.contains("/") && (n.endsWith(".so") || n.endsWith(".dll") || n.endsWith(".dylib"))) {
                        try (var in = zip.getInputStream(e)) {
                            Files.copy(in, libs.resolve(n), StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
        say("runtime: " + RUNTIME + ", " + megabytes(RUNTIME));
    }

    /**
     * Runs the linked runtime once, headless, on a throw-away data directory, recording every class
     * loaded: the list the class-data archive is made from.
     */
    private static Path train() throws IOException, InterruptedException {
        Path data = DIST.resolve("training-data");
        deleteTree(data);
        deleteTree(DIST.resolve("training-data-encrypted"));
        Files.deleteIfExists(DIST.resolve("training-data-card.vcf"));
        Path classList = DIST.resolve(CLASS_LIST);
        Files.deleteIfExists(classList);
        List<String> classPath = new ArrayList<>(jars(JARS));
        classPath.addAll(jars(TRAINING));
        List<String> command = new ArrayList<>(List.of(java(RUNTIME), "-XX:DumpLoadedClassList=" + classList,
                "-Duser.language=en", "-Djavafx.cachedir=" + DIST.resolve("javafx-cache")));
        command.addAll(HEADLESS);
        command.addAll(MONOCLE_EXPORTS);
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classPath),
                "app.orbit.app.ClassDataTraining", data.toString()));
        run(command, Path.of(System.getProperty("java.io.tmpdir")), 300);
        say("training: " + Files.readAllLines(classList).size() + " classes recorded");
        return classList;
    }

    /** jpackage: the app image, its launcher starting Java on the class-data archive next to the jars. */
    private static Path appImage(String version, Path classList) throws IOException {
        deleteTree(INPUT);
        Files.createDirectories(INPUT);
        for (String jar : jars(JARS)) {
            Path p = Path.of(jar);
            Files.copy(p, INPUT.resolve(p.getFileName()));
        }
        Files.copy(classList, INPUT.resolve(CLASS_LIST));
        deleteTree(IMAGES);
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--name", NAME, "--app-version", version,
                "--vendor", "Orbit", "--description", description(),
                "--copyright", "Apache License 2.0",
                "--input", INPUT.toString(), "--main-jar", MAIN_JAR, "--main-class", MAIN_CLASS,
                "--runtime-image", RUNTIME.toString(), "--dest", IMAGES.toString(),
                // A missing or stale archive (another path, another runtime) is skipped silently: Orbit only starts slower.
                // The quick compiler only (C1), on one thread, and no shared performance counters: the window and
                // the week's plan come about 0.4 of their time sooner and a session's first uses are no slower;
                // long-warm loops are (docs/decisions/0020).
                "--java-options", "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE + " -Xlog:cds=off -Xlog:cds+dynamic=off"
                        + " " + COMPILER));
        if (Files.exists(icon())) {
            args.addAll(List.of("--icon", icon().toString()));
        } else {
            say("no " + icon() + " (src/dist/icons/render.sh makes it on macOS): jpackage's default icon");
        }
        tool("jpackage", args);
        Path image = IMAGES.resolve(OS.equals("mac") ? NAME + ".app" : NAME);
        say("app image: " + image + ", " + megabytes(image));
        return image;
    }

    /**
     * Removes a jar's signature when it has one (Bouncy Castle's): the JVM checks a
     * signed jar's signature at every start that loads a class from it, and a class-data archive
     * holds no class of a signed jar. Orbit uses Bouncy Castle's Argon2 directly, not as a JCE
     * provider, for which alone the signature is needed.
     */
    private static void unsign(Path jar) throws IOException {
        boolean signed;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            signed = zip.stream().anyMatch(e -> isSignature(e.getName()));
        }
        if (!signed) {
            return;
        }
        Path from = jar.resolveSibling(jar.getFileName() + ".signed");
        Path to = jar;
        Files.move(jar, from, StandardCopyOption.REPLACE_EXISTING);
        try (java.util.jar.JarInputStream in = new java.util.jar.JarInputStream(Files.newInputStream(from), false);
             java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(to),
                     mainSectionOnly(in.getManifest()))) {
            for (java.util.jar.JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                if (isSignature(e.getName())) {
                    continue;
                }
                java.util.jar.JarEntry copy = new java.util.jar.JarEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        Files.delete(from);
        say("without its signature: " + to.getFileName());
    }

    private static boolean isSignature(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.startsWith("META-INF/") && n.indexOf('/', "META-INF/".length()) < 0
                && (n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA") || n.endsWith(".EC"));
    }

    /** The manifest without its entries' digests, which only a signature uses. */
    private static java.util.jar.Manifest mainSectionOnly(java.util.jar.Manifest manifest) {
        java.util.jar.Manifest kept = new java.util.jar.Manifest();
        if (manifest != null) {
            kept.getMainAttributes().putAll(manifest.getMainAttributes());
        }
        return kept;
    }

    private static String description() {
        return "A personal relationship manager that helps the people you know help you.";
    }

    private static Path icon() {
        return RESOURCES.resolve("icons").resolve(switch (OS) {
            case "windows" -> "orbit.ico";
            case "mac" -> "orbit.icns";
            default -> "orbit-256.png";
        });
    }

    /** Where the app image keeps its jars ({@code $APPDIR}) and its runtime. */
    private static Path appDir(Path image) {
        return switch (OS) {
            case "mac" -> image.resolve("Contents/app");
            case "windows" -> image.resolve("app");
            default -> image.resolve("lib/app");
        };
    }

    private static Path runtimeOf(Path image) {
        return switch (OS) {
            case "mac" -> image.resolve("Contents/runtime/Contents/Home");
            case "windows" -> image.resolve("runtime");
            default -> image.resolve("lib/runtime");
        };
    }

    /**
     * The class-data archive of the recorded classes (the JDK's and Orbit's), for the class path the
     * launcher gives, as read from its .cfg file. It holds the jars' absolute paths: valid where the
     * image is now (the .deb makes it again where it installs).
     */
    private static void archive(Path image) throws IOException, InterruptedException {
        Path app = appDir(image);
        List<String> classPath = Files.readAllLines(app.resolve(NAME + ".cfg")).stream()
                .filter(l -> l.startsWith("app.classpath=") || l.startsWith("app.mainjar="))
                .map(l -> l.substring(l.indexOf('=') + 1).replace("$APPDIR", app.toString()))
                .toList();
        run(List.of(java(runtimeOf(image)), "-Xshare:dump", "-XX:SharedClassListFile=" + app.resolve(CLASS_LIST),
                "-XX:SharedArchiveFile=" + app.resolve(ARCHIVE), "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-cp", String.join(java.io.File.pathSeparator, classPath)), DIST, 300);
        say("class-data archive: " + app.resolve(ARCHIVE) + ", " + megabytes(app.resolve(ARCHIVE)));
    }

    /** jpackage again, from the app image: the installer of this system. */
    private static void installer(String type, String version) throws IOException {
        Path image = IMAGES.resolve(OS.equals("mac") ? NAME + ".app" : NAME);
        Path out = DIST.resolve("installer");
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(List.of("--type", type, "--app-image", image.toString(), "--name", NAME,
                "--app-version", version, "--vendor", "Orbit", "--description", description(),
                "--dest", out.toString(), "--file-associations", RESOURCES.resolve("vcard.properties").toString(),
                "--license-file", BASE.resolve("LICENSE").toString()));
        Path archive = appDir(image).resolve(ARCHIVE);
        Path aside = DIST.resolve(ARCHIVE + ".aside");
        switch (type) {
            case "deb" -> {
                args.addAll(List.of("--linux-package-name", "orbit", "--linux-deb-maintainer", "orbit@example.org",
                        "--linux-menu-group", "Office;ContactManagement", "--linux-app-category", "misc",
                        "--linux-shortcut", "--resource-dir", RESOURCES.resolve("linux").toString()));
                // The archive made for target/dist would not match /opt/orbit: postinst makes the right one.
                Files.move(archive, aside, StandardCopyOption.REPLACE_EXISTING);
            }
            case "msi" -> args.addAll(List.of("--win-menu", "--win-menu-group", NAME, "--win-shortcut",
                    "--win-dir-chooser", "--win-upgrade-uuid", "5d6c4c1e-8f0e-4f51-9f3c-2f1a7d0b9e11",
                    "--win-per-user-install"));
            case "dmg" -> args.addAll(List.of("--mac-package-name", NAME, "--mac-package-identifier", "app.orbit"));
            default -> throw new IllegalArgumentException("unknown installer type " + type);
        }
        try {
            tool("jpackage", args);
        } finally {
            if (Files.exists(aside)) {
                Files.move(aside, archive, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (Stream<Path> made = Files.list(out)) {
            for (Path p : made.sorted().toList()) {
                say("installer: " + p + ", " + megabytes(p));
            }
        }
    }

    private static String java(Path runtime) {
        return runtime.resolve("bin").resolve(OS.equals("windows") ? "java.exe" : "java").toString();
    }

    private static List<String> jars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jar")).filter(Dist::notAnEmptyJavaFxJar).sorted()
                    .map(Path::toString).toList();
        }
    }

    /** JavaFX's jars without a platform classifier hold nothing (Maven's platform jars do the work). */
    private static boolean notAnEmptyJavaFxJar(Path jar) {
        String n = jar.getFileName().toString();
        return !n.startsWith("javafx-") || n.matches(".*-(linux|win|mac)(-[a-z0-9]+)?\\.jar");
    }

    private static String tool(String name, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK (a JDK 17 or newer is needed)"));
        say(name + " " + String.join(" ", args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = tool.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException(name + " failed (" + code + "):\n" + out + err);
        }
        return out.toString();
    }

    private static void run(List<String> command, Path dir, int timeoutSeconds) throws IOException, InterruptedException {
        say(String.join(" ", command));
        Path log = DIST.resolve("run.log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out after " + timeoutSeconds + " s; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("failed (" + p.exitValue() + "):\n" + Files.readString(log));
        }
    }

    private static String megabytes(Path p) throws IOException {
        long bytes;
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                bytes = s.filter(Files::isRegularFile).mapToLong(f -> {
                    try {
                        return Files.size(f);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).sum();
            }
        } else {
            bytes = Files.size(p);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void say(String line) {
        System.out.println("[dist] " + line);
    }
}
