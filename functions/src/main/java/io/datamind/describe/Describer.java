package io.datamind.describe;

/** Writes plain-language descriptions for one table; implementations: heuristic (offline), LLMs (later). */
public interface Describer {
    TableDescription describe(DescribeRequest request);
}
