package io.datamind.aws;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.DictionaryWriter;
import io.datamind.docs.OutputFormat;
import io.datamind.pipeline.remote.DocumentPublisher;
import java.io.IOException;
import java.util.EnumSet;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Renders every format into {@code s3://bucket/<source>/<runId>/}, packs it as {@code bundle.zip} and then
 * publishes the run, bundle included, as {@code <source>/latest/}.
 */
public final class S3DocumentPublisher implements DocumentPublisher {

    private final S3Client s3;
    private final String bucket;
    private final DictionaryWriter writer;

    public S3DocumentPublisher(S3Client s3, String bucket, DictionaryWriter writer) {
        this.s3 = s3;
        this.bucket = bucket;
        this.writer = writer;
    }

    @Override
    public String publish(DataDictionary dictionary, String sourceId, String runId) throws IOException {
        S3DocumentSink sink = new S3DocumentSink(s3, bucket, sourceId, runId);
        writer.write(dictionary, EnumSet.allOf(OutputFormat.class), sink);
        sink.writeBundle();
        sink.copyRunToLatest();
        return "s3://" + bucket + "/" + sink.runPrefix();
    }
}
