package io.datamind.scan;

/**
 * What a table looked like when it was scanned, as one stable hash: its structure (kind, comments, columns with
 * types, nullability and defaults, keys and constraints, a view's definition) and, where the database exposes one,
 * a marker that moves when rows change. Two runs that see the same hash may reuse each other's profile and
 * description.
 *
 * @param hash       SHA-256 (hex) of the structure and the data marker
 * @param dataMarker the database's evidence that rows did not change (row count, modification counters, last
 *                   modification), in words; null when the database exposes none for this table, which is then
 *                   always profiled again
 */
public record TableFingerprint(String hash, String dataMarker) {

    /** True when an equal fingerprint is enough to trust that neither the structure nor the rows changed. */
    public boolean provesUnchanged(TableFingerprint previous) {
        return dataMarker != null && previous != null && hash.equals(previous.hash());
    }
}
