package io.datamind.describe;

/** Where a description came from. A DATABASE comment is authoritative and never overwritten. */
public enum DescriptionSource { DATABASE, HEURISTIC, LLM }
