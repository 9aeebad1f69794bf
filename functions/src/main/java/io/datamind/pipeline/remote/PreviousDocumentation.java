package io.datamind.pipeline.remote;

import io.datamind.docs.DataDictionary;
import java.util.Optional;

/** Where a source's last published documentation is read back: the baseline of incremental runs and drift. */
public interface PreviousDocumentation {

    /** The dictionary the source's last run published; empty when it has none (or it cannot be read). */
    Optional<DataDictionary> latest(String sourceId);

    /** For deployments and tests that never compare with or reuse a previous run. */
    static PreviousDocumentation none() {
        return sourceId -> Optional.empty();
    }
}
