package io.datamind.files;

import io.datamind.scan.TableRef;
import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tables of a file location: one file is one table; a folder (or S3 prefix) is a dataset whose every file below
 * it is a table. A table is named after its file without extensions ({@code orders.csv.gz} → {@code orders}); its
 * schema is the sub-folder path below the root ({@code sales/2024}), or the dataset's name for files at the root.
 * When two files of one folder would get the same name ({@code orders.csv}, {@code orders.json}) the later one in
 * path order keeps its extensions. Names starting with '_' or '.' (markers such as {@code _SUCCESS},
 * {@code _manifest.json}, {@code .DS_Store}) are not data and are left out; every other file is a table, and one of an
 * unsupported type fails with that reason.
 */
public final class FileDataset {

    private final String root;
    private final String name;
    private final Map<TableRef, StoredFile> tables;

    private FileDataset(String root, String name, Map<TableRef, StoredFile> tables) {
        this.root = root;
        this.name = name;
        this.tables = tables;
    }

    /**
     * Lists {@code root} once.
     *
     * @param name the dataset's name, null for {@link #defaultName}
     * @throws IOException when the location cannot be listed or holds no files
     */
    public static FileDataset list(FileStorage storage, String root, String name) throws IOException {
        List<StoredFile> files = storage.list(root);
        if (files.isEmpty()) {
            throw new IOException("no files under " + root);
        }
        boolean singleFile = files.size() == 1 && root.replaceAll("/+$", "").endsWith("/" + files.get(0).relativePath())
                || files.size() == 1 && root.equals(files.get(0).relativePath());
        String datasetName = name != null && !name.isBlank() ? name : defaultName(root, singleFile);
        return new FileDataset(root, datasetName, index(files, datasetName));
    }

    /** The dataset's default name: the root's last path segment (the folder of a single file). */
    public static String defaultName(String root, boolean singleFile) {
        String trimmed = root.replaceAll("/+$", "");
        if (singleFile) {
            int slash = trimmed.lastIndexOf('/');
            trimmed = slash < 0 ? "files" : trimmed.substring(0, slash);
        }
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return last.isBlank() || last.endsWith(":") ? "files" : last;
    }

    public String root() {
        return root;
    }

    public String name() {
        return name;
    }

    /** Every table and its file, in path order. */
    public Map<TableRef, StoredFile> tables() {
        return tables;
    }

    public StoredFile file(TableRef table) {
        StoredFile file = tables().get(table);
        if (file == null) {
            throw new IllegalArgumentException("no data file for table " + table + " under " + root);
        }
        return file;
    }

    private static Map<TableRef, StoredFile> index(List<StoredFile> files, String name) {
        Map<TableRef, StoredFile> index = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (StoredFile file : files) {
            if (file.name().startsWith("_") || file.name().startsWith(".")) {
                continue;
            }
            String schema = file.folder().isEmpty() ? name : file.folder();
            String table = baseName(file.name());
            if (!taken.add((schema + "/" + table).toLowerCase(Locale.ROOT))) {
                table = file.name();
                taken.add((schema + "/" + table).toLowerCase(Locale.ROOT));
            }
            index.put(new TableRef(schema, table), file);
        }
        return Collections.unmodifiableMap(index);
    }

    static String baseName(String fileName) {
        String name = FileFormat.isGzipped(fileName) ? fileName.substring(0, fileName.length() - 3) : fileName;
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
