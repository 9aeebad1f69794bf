package io.datamind.pipeline.remote;

import io.datamind.pipeline.store.StoreIds;
import io.datamind.scan.TableFilter;
import java.util.List;

/**
 * A database or a file dataset the pipeline may document, as listed in the sources registry. Credentials are never
 * part of it: {@code secretArn} names the Secrets Manager secret (RDS format) that holds them. A file dataset has
 * {@code files} ({@code s3://bucket/prefix/} or {@code s3://bucket/key}) instead.
 */
public record RegisteredSource(String id, String name, String secretArn, List<String> schemas, List<String> include,
                               List<String> exclude, RequestOptions options, String files) {

    public RegisteredSource {
        StoreIds.requireId("source id", id);
        boolean database = secretArn != null && !secretArn.isBlank();
        boolean dataFiles = files != null && !files.isBlank();
        if (database == dataFiles) {
            throw new IllegalArgumentException("source " + id + " needs either secretArn (a database) or files"
                    + " (s3://bucket/prefix/ of data files)" + (database ? ", not both" : ""));
        }
        if (dataFiles && !files.startsWith("s3://")) {
            throw new IllegalArgumentException("source " + id + ": files must be an s3://bucket/prefix/ location, got " + files);
        }
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        options = options == null ? RequestOptions.DEFAULTS : options.over(RequestOptions.DEFAULTS);
    }

    /** A database source. */
    public RegisteredSource(String id, String name, String secretArn, List<String> schemas, List<String> include,
                            List<String> exclude, RequestOptions options) {
        this(id, name, secretArn, schemas, include, exclude, options, null);
    }

    public boolean isFiles() {
        return files != null && !files.isBlank();
    }

    public TableFilter filter() {
        return new TableFilter(schemas, include, exclude);
    }

    /** Name shown in the documentation. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }
}
