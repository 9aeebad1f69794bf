package io.datamind.pipeline.remote;

import io.datamind.files.FileDataset;
import io.datamind.files.FileLimits;
import io.datamind.files.FileOpener;
import io.datamind.files.FileSource;
import io.datamind.files.FileStorage;
import io.datamind.files.LocalFileStorage;
import io.datamind.pipeline.DocumentedSource;
import io.datamind.pipeline.JdbcDocumentedSource;
import io.datamind.scan.JdbcSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Registry plus connector: from a source id to a connectable source; and, for runs over data files, the storage
 * they are read from with the limits of reading them.
 */
public final class Sources {

    private final SourceRegistry registry;
    private final SourceConnector connector;
    private final FileStorage fileStorage;
    private final FileLimits fileLimits;

    /** Data files on the local file system, read with the default limits. */
    public Sources(SourceRegistry registry, SourceConnector connector) {
        this(registry, connector, new LocalFileStorage(), FileLimits.DEFAULTS);
    }

    public Sources(SourceRegistry registry, SourceConnector connector, FileStorage fileStorage, FileLimits fileLimits) {
        this.registry = registry;
        this.connector = connector;
        this.fileStorage = fileStorage;
        this.fileLimits = fileLimits;
    }

    public RegisteredSource registered(String sourceId) {
        return registry.require(sourceId);
    }

    public Optional<RegisteredSource> find(String sourceId) {
        return registry.find(sourceId);
    }

    public JdbcSource open(String sourceId) {
        return new JdbcSource(connector.configFor(registered(sourceId)));
    }

    /** The run's source: its data files when the plan recorded some, else the registered database. */
    public DocumentedSource forRun(Optional<FileRun> files, String sourceId) {
        return files.<DocumentedSource>map(this::files).orElseGet(() -> new JdbcDocumentedSource(open(sourceId)));
    }

    /** Lists the run's file location (once per call: each step resolves its tables afresh). */
    public FileSource files(FileRun run) {
        try {
            return new FileSource(FileDataset.list(fileStorage, run.location(), run.datasetName()),
                    new FileOpener(fileStorage, fileLimits));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the data files at " + run.location() + ": " + e.getMessage(), e);
        }
    }

    /** The dataset name a location gets when the request or registry names none. */
    public FileRun fileRun(String location, String name) {
        try {
            return new FileRun(location, FileDataset.list(fileStorage, location, name).name());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the data files at " + location + ": " + e.getMessage(), e);
        }
    }
}
