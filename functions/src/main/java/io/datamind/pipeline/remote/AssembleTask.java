package io.datamind.pipeline.remote;

import io.datamind.describe.TableDescription;
import io.datamind.describe.llm.GenerationReport;
import io.datamind.docs.DataDictionary;
import io.datamind.docs.TableEntry;
import io.datamind.docs.TableFailure;
import io.datamind.drift.DriftDetector;
import io.datamind.drift.DriftSummary;
import io.datamind.drift.DriftThresholds;
import io.datamind.events.DataMindEvent;
import io.datamind.events.EventPublisher;
import io.datamind.incremental.KeptQuality;
import io.datamind.pipeline.DictionaryAssembler;
import io.datamind.pipeline.Plan;
import io.datamind.pipeline.QualityStep;
import io.datamind.pipeline.store.RunRecord;
import io.datamind.pipeline.store.Step;
import io.datamind.profile.TableProfile;
import io.datamind.relate.Relationship;
import io.datamind.scan.TableFingerprint;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The last step: every table's stored results plus the relationships become the dictionary (with quality assessed
 * per table), which is published; the run record is finished with the dictionary's status.
 */
public final class AssembleTask {

    /** Recorded for a planned table that has neither all results nor a failure, e.g. when the Map was cut short. */
    static final String NO_RESULT = "NoResult";

    private final Sources sources;
    private final StoredResults results;
    private final RunArtifacts artifacts;
    private final DocumentPublisher publisher;
    private final String describerName;
    private final Clock clock;
    private final EventPublisher events;

    public AssembleTask(Sources sources, StoredResults results, RunArtifacts artifacts, DocumentPublisher publisher,
                        String describerName, Clock clock) {
        this(sources, results, artifacts, publisher, describerName, clock, event -> {
        });
    }

    /** @param events where drift since the previous run is announced */
    public AssembleTask(Sources sources, StoredResults results, RunArtifacts artifacts, DocumentPublisher publisher,
                        String describerName, Clock clock, EventPublisher events) {
        this.events = events;
        this.sources = sources;
        this.results = results;
        this.artifacts = artifacts;
        this.publisher = publisher;
        this.describerName = describerName;
        this.clock = clock;
    }

    /**
     * The dictionary's {@code generation} sums what each table's describe step recorded; the run header then names
     * the model instead of the default describer name.
     *
     * @return the outcome and the dictionary's run figures (duration) for metrics
     */
    public Assembly assemble(RunRef ref) {
        RunRecord run = results.run(ref.runId());
        Plan plan = artifacts.plan(ref.runId());
        List<Relationship> relationships = artifacts.relationships(ref.runId());
        QualityStep quality = QualityStep.withDefaults(sources.forRun(artifacts.files(ref.runId()), ref.sourceId()), clock);
        List<TableEntry> documented = plan.tables().stream().map(table -> entry(ref.runId(), table)).toList();
        Set<TableRef> reused = documented.stream().filter(e -> e.reusedFrom() != null).map(TableEntry::table)
                .collect(Collectors.toSet());
        List<TableEntry> entries = documented.stream()
                .map(entry -> KeptQuality.applies(entry, artifacts.previousTable(ref.runId(), entry.table()).orElse(null),
                        relationships, reused) ? entry : quality.assess(entry, relationships))
                .toList();
        Optional<DataDictionary> previous = artifacts.previous(ref.runId());
        GenerationReport generation = GenerationReport.sum(artifacts.generation(ref.runId(), plan.tables()));
        var header = new DictionaryAssembler.RunHeader(ref.runId(), run.startedAt(),
                results.options(ref.runId()).profileOptions().mode().name(), describer(generation, reused, previous));
        DataDictionary dictionary = new DictionaryAssembler()
                .assemble(plan.source(), header, clock.instant(), entries, relationships)
                .withGeneration(generation);
        if (previous.isPresent()) {
            dictionary = dictionary.withChanges(new DriftDetector().compare(previous.get(), dictionary, DriftThresholds.DEFAULTS));
        }
        String location;
        try {
            location = publisher.publish(dictionary, ref.sourceId(), ref.runId());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish the documentation of run " + ref.runId(), e);
        }
        announceDrift(ref, dictionary, location);
        results.store().finishRun(ref.runId(), dictionary.run().status());
        return new Assembly(new Assembled(ref.runId(), ref.sourceId(), dictionary.run().status(), location), dictionary);
    }

    /**
     * Who wrote the run's descriptions: the model when this run called one; when every description was kept from the
     * previous run, that run's describer (a kept description is only kept from the same describer); else the default.
     */
    private String describer(GenerationReport generation, Set<TableRef> reused, Optional<DataDictionary> previous) {
        if (generation != null) {
            return generation.provider() + ":" + generation.model();
        }
        if (!reused.isEmpty() && previous.isPresent() && previous.get().run() != null) {
            return previous.get().run().describer();
        }
        return describerName;
    }

    /**
     * After the documentation is published, so the event's keys point at objects that exist. A bus that refuses the
     * event fails the step: Step Functions retries it (publishing again is harmless) rather than drift going unannounced.
     */
    private void announceDrift(RunRef ref, DataDictionary dictionary, String location) {
        if (dictionary.changes() == null || dictionary.changes().changes().isEmpty()) {
            return;
        }
        events.publish(new DataMindEvent(DataMindEvent.SCHEMA_DRIFT_DETECTED,
                DriftSummary.of(ref.sourceId(), ref.runId(), dictionary, location)));
    }

    /** The published outcome and the dictionary it came from. */
    public record Assembly(Assembled outcome, DataDictionary dictionary) {
    }

    private TableEntry entry(String runId, TableRef table) {
        TableSchema schema = results.find(runId, table, Step.SCAN, TableSchema.class).orElse(null);
        TableProfile profile = results.find(runId, table, Step.PROFILE, TableProfile.class).orElse(null);
        TableDescription description = results.find(runId, table, Step.DESCRIBE, TableDescription.class).orElse(null);
        TableFailure failure = results.find(runId, table, Step.FAILURE, TableFailure.class).orElse(null);
        if (failure == null && (schema == null || profile == null || description == null)) {
            failure = new TableFailure(schema == null ? "scan" : profile == null ? "profile" : "describe", NO_RESULT,
                    "the step recorded no result for this table");
        }
        TableFingerprint fingerprint = artifacts.fingerprint(runId, table).orElse(null);
        Optional<TableEntry> reused = artifacts.reused(runId, table);
        return new TableEntry(table, schema, profile, description, failure,
                reused.map(TableEntry::quality).orElse(null), reused.map(TableEntry::suggestedRules).orElse(List.of()),
                fingerprint, reused.map(TableEntry::reusedFrom).orElse(null));
    }
}
