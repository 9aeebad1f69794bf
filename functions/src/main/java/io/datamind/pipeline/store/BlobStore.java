package io.datamind.pipeline.store;

import java.util.Optional;

/** Opaque bytes by key, for payloads too large to keep inline in the run store. Putting an existing key replaces it. */
public interface BlobStore {

    void put(String key, byte[] content);

    Optional<byte[]> get(String key);

    /** Whether {@code key} holds a blob, without reading it. */
    boolean exists(String key);

    /** The address under which another service can read {@code key}. */
    BlobLocation location(String key);
}
