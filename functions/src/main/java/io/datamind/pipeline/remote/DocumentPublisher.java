package io.datamind.pipeline.remote;

import io.datamind.docs.DataDictionary;
import java.io.IOException;

/** Writes a run's rendered documentation where readers find it. */
public interface DocumentPublisher {

    /** @return where the run's documentation is, e.g. {@code s3://bucket/source/runId/} */
    String publish(DataDictionary dictionary, String sourceId, String runId) throws IOException;
}
