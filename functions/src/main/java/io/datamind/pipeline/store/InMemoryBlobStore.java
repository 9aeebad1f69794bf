package io.datamind.pipeline.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link BlobStore} for tests and the local runner. */
public final class InMemoryBlobStore implements BlobStore {

    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

    @Override
    public void put(String key, byte[] content) {
        blobs.put(key, content.clone());
    }

    @Override
    public Optional<byte[]> get(String key) {
        return Optional.ofNullable(blobs.get(key)).map(byte[]::clone);
    }

    @Override
    public boolean exists(String key) {
        return blobs.containsKey(key);
    }

    @Override
    public BlobLocation location(String key) {
        return new BlobLocation("memory", key);
    }
}
