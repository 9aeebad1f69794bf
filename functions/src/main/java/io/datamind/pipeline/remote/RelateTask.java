package io.datamind.pipeline.remote;

import io.datamind.pipeline.store.Step;
import io.datamind.relate.Relationship;
import io.datamind.relate.RelationshipFinder;
import io.datamind.scan.TableSchema;
import java.util.List;
import java.util.stream.Stream;

/** After the Map: relationships over every scanned table of the run, stored as a run-level result. */
public final class RelateTask {

    private final StoredResults results;
    private final RunArtifacts artifacts;

    public RelateTask(StoredResults results, RunArtifacts artifacts) {
        this.results = results;
        this.artifacts = artifacts;
    }

    public Related relate(RunRef run) {
        List<TableSchema> schemas;
        try (Stream<io.datamind.pipeline.store.StepResult> scanned = results.store().listStepResults(run.runId(), Step.SCAN)) {
            schemas = scanned.map(result -> StoredResults.fromJson(result.json(), TableSchema.class)).toList();
        }
        List<Relationship> relationships = new RelationshipFinder().find(schemas);
        artifacts.putRelationships(run.runId(), relationships);
        return new Related(run.runId(), run.sourceId(), relationships.size());
    }
}
