package io.datamind.scan;

import java.util.List;

public record IndexInfo(String name, List<String> columns, boolean unique, String definition) {
    public IndexInfo {
        columns = List.copyOf(columns);
    }
}
