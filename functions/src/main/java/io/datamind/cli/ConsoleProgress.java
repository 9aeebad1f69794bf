package io.datamind.cli;

import io.datamind.docs.TableEntry;
import io.datamind.pipeline.ProgressListener;
import io.datamind.scan.TableRef;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress on stderr: a redrawn bar on a terminal, one plain line per table otherwise (CI logs, pipes),
 * so logs never fill with carriage returns.
 */
final class ConsoleProgress implements ProgressListener {

    private static final int BAR_WIDTH = 24;
    private static final int LINE_WIDTH = 100;

    private final PrintWriter err;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** A bar only when a person watches: System.console() is null whenever output is redirected. */
    static ConsoleProgress on(PrintWriter err) {
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return new ConsoleProgress(err, terminal);
    }

    @Override
    public void planned(int tables) {
        total = tables;
        if (!terminal) {
            err.println("datamind: documenting " + tables + (tables == 1 ? " table" : " tables"));
        }
    }

    @Override
    public synchronized void tableStarted(TableRef table) {
        if (terminal) {
            draw(done.get(), table.key());
        }
    }

    @Override
    public synchronized void tableFinished(TableEntry entry) {
        int finished = done.incrementAndGet();
        if (terminal) {
            if (entry.failure() != null) {
                clearLine();
                err.println("FAILED " + entry.table().key() + " at " + entry.failure().step() + ": " + entry.failure().message());
            }
            draw(finished, entry.table().key());
            if (finished == total) {
                clearLine();
            }
        } else {
            err.println(plainLine(finished, entry));
            err.flush();
        }
    }

    String plainLine(int finished, TableEntry entry) {
        String prefix = "[" + finished + "/" + total + "] " + entry.table().key();
        return entry.failure() == null
                ? prefix + " done"
                : prefix + " FAILED at " + entry.failure().step() + ": " + entry.failure().message();
    }

    private void draw(int finished, String current) {
        int filled = total == 0 ? BAR_WIDTH : finished * BAR_WIDTH / total;
        String bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
        String line = "[" + bar + "] " + finished + "/" + total + " tables  " + current;
        if (line.length() > LINE_WIDTH) {
            line = line.substring(0, LINE_WIDTH - 1) + "…";
        }
        err.print("\r" + line + " ".repeat(Math.max(0, LINE_WIDTH - line.length())));
        err.flush();
    }

    private void clearLine() {
        err.print("\r" + " ".repeat(LINE_WIDTH) + "\r");
        err.flush();
    }
}
