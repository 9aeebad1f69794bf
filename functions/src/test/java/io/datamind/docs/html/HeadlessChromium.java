package io.datamind.docs.html;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Loads a page in headless Chromium and reports the DOM after load plus every console message and uncaught exception.
 * Chromium logs all console messages to stderr at the same level, so any CONSOLE line counts as a problem: our pages
 * are meant to be silent.
 */
final class HeadlessChromium {

    /** Chromium writes console output as "INFO:CONSOLE:12]" (older builds "INFO:CONSOLE(12)]"). */
    private static final Pattern CONSOLE_OR_UNCAUGHT = Pattern.compile(":CONSOLE[:(]|Uncaught");

    record PageLoad(String dom, List<String> consoleProblems, String stderr) {
    }

    private final Path executable;
    private final Path workDir;

    private HeadlessChromium(Path executable, Path workDir) {
        this.executable = executable;
        this.workDir = workDir;
    }

    /** Fails when CI=true and no Chromium is installed; elsewhere the absence is reported as a skipped test. */
    static HeadlessChromium locate(Path workDir) {
        String configured = System.getenv("DATAMIND_CHROMIUM");
        List<Path> candidates = configured != null && !configured.isBlank() ? List.of(Path.of(configured))
                : List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate)) {
                return new HeadlessChromium(candidate, workDir);
            }
        }
        String message = "Chromium not found at " + candidates + "; install it (apt-get install -y chromium) or set DATAMIND_CHROMIUM";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        return Assumptions.abort(message);
    }

    /** {@code extraFlags} e.g. "--virtual-time-budget=10000" to let asynchronous work finish before the DOM is dumped. */
    PageLoad load(String url, Duration timeout, String... extraFlags) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile");
        Path stdout = workDir.resolve(profile.getFileName() + ".dom.html");
        Path stderr = workDir.resolve(profile.getFileName() + ".stderr.txt");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(extraFlags));
        command.addAll(List.of("--dump-dom", url));
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("Chromium did not finish loading " + url + " within " + timeout);
        }
        String log = Files.readString(stderr, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail("Chromium exited with " + process.exitValue() + " loading " + url + ":\n" + log);
        }
        List<String> problems = log.lines().filter(line -> CONSOLE_OR_UNCAUGHT.matcher(line).find()).toList();
        return new PageLoad(Files.readString(stdout, StandardCharsets.UTF_8), problems, log);
    }
}
