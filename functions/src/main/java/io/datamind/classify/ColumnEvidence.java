package io.datamind.classify;

import io.datamind.scan.TypeFamily;
import java.util.List;

/**
 * What the classifier sees of a column: its name and type, and a bounded sample of non-null values
 * (as text) taken while profiling.
 */
public record ColumnEvidence(String name, TypeFamily family, List<String> values, long nonNullCount, long distinctCount) {
    public ColumnEvidence {
        values = List.copyOf(values);
    }
}
