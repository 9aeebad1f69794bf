package io.datamind.api;

import java.util.Optional;

/** Which run of a source was published last (the dictionary under {@code <sourceId>/latest/} in AWS). */
public interface PublishedRuns {

    Optional<PublishedRun> latest(String sourceId);
}
