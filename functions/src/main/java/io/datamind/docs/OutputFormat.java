package io.datamind.docs;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

public enum OutputFormat {
    JSON, MD, HTML,
    /** rules.dqdl: suggested rules as AWS Glue Data Quality rulesets. */
    DQDL,
    /** dbt/schema.yml: descriptions and suggested rules as dbt model docs and tests. */
    DBT;

    /** Parses "html,md,json" (case-insensitive); "markdown" is accepted for md. */
    public static Set<OutputFormat> parseList(String list) {
        EnumSet<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        for (String item : list.split(",")) {
            String name = item.trim().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals("MARKDOWN")) {
                name = "MD";
            }
            try {
                formats.add(OutputFormat.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--format: unknown format '" + item.trim() + "'; choose from "
                        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("--format: name at least one of json, md, html, dqdl, dbt");
        }
        return formats;
    }
}
