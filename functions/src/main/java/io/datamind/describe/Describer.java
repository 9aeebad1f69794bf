package io.datamind.describe;

/** Writes plain-language descriptions for one table; implementations: heuristic (offline), LLMs (later). */
public interface Describer {
    TableDescription describe(DescribeRequest request);

    /**
     * A description kept from the previous run for an unchanged table, as this describer would hand it out: no text
     * is written again, but wrappers that edit every description (reviewed overrides) still apply.
     */
    default TableDescription reuse(TableDescription previous) {
        return previous;
    }
}
