package io.datamind.profile;

/** Sizes in bytes of binary, LOB and geometry values (the values themselves are never fetched). */
public record SizeStats(long minBytes, double avgBytes, long maxBytes) {
}
