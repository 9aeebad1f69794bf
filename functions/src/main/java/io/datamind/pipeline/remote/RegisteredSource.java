package io.datamind.pipeline.remote;

import io.datamind.pipeline.store.StoreIds;
import io.datamind.scan.TableFilter;
import java.util.List;

/**
 * A database the pipeline may document, as listed in the sources registry. Credentials are never part of it:
 * {@code secretArn} names the Secrets Manager secret (RDS format) that holds them.
 */
public record RegisteredSource(String id, String name, String secretArn, List<String> schemas, List<String> include,
                               List<String> exclude, RequestOptions options) {

    public RegisteredSource {
        StoreIds.requireId("source id", id);
        if (secretArn == null || secretArn.isBlank()) {
            throw new IllegalArgumentException("source " + id + " has no secretArn");
        }
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        options = options == null ? RequestOptions.DEFAULTS : options.over(RequestOptions.DEFAULTS);
    }

    public TableFilter filter() {
        return new TableFilter(schemas, include, exclude);
    }

    /** Name shown in the documentation. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }
}
