package io.datamind.profile.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The benchmarks' heap figure: the sum of each heap pool's peak since the last reset. */
final class HeapPeaks {

    private HeapPeaks() {
    }

    /** Collects garbage first so that the next peak belongs to the measured work, not to what ran before it. */
    static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** An upper bound of the heap in use: pools peak at different moments, so the sum can exceed any one moment. */
    static long bytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
