package io.datamind.docs;

import io.datamind.scan.TableRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives every table a name usable as a file name and an HTML id: ASCII letters, digits, '.', '_' and '-' only,
 * unique even on case-insensitive file systems. A table whose key survives slugging unchanged and unambiguous keeps
 * it ("public.orders"); any other gets a short hash of its exact schema and name appended ("order-items-3fa1c2d9").
 */
public final class TableFileNames {

    private static final int MAX_SLUG_LENGTH = 80;

    private final Map<TableRef, String> names = new HashMap<>();

    public TableFileNames(Collection<TableRef> tables) {
        Map<String, Integer> slugUse = new HashMap<>();
        for (TableRef table : tables) {
            slugUse.merge(slug(table.key()).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        Set<String> taken = new HashSet<>();
        for (TableRef table : tables) {
            String slug = slug(table.key());
            boolean keepsPlainSlug = slug.equals(table.key()) && slugUse.get(slug.toLowerCase(Locale.ROOT)) == 1;
            String name = keepsPlainSlug ? slug : slug + "-" + shortHash(table);
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = slug + "-" + shortHash(table) + "-" + n;
            }
            names.put(table, name);
        }
    }

    public static TableFileNames of(DataDictionary dictionary) {
        return new TableFileNames(dictionary.tables().stream().map(TableEntry::table).toList());
    }

    /** The unique safe name, without extension. */
    public String nameOf(TableRef table) {
        String name = names.get(table);
        if (name == null) {
            throw new IllegalArgumentException("table not in the dictionary: " + table);
        }
        return name;
    }

    public boolean contains(TableRef table) {
        return names.containsKey(table);
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("[.-]{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (slug.length() > MAX_SLUG_LENGTH) {
            slug = slug.substring(0, MAX_SLUG_LENGTH);
        }
        return slug.isEmpty() ? "table" : slug;
    }

    /** Schema and name are hashed apart so "a.b"."c" and "a"."b.c", whose keys are equal, still differ. */
    private static String shortHash(TableRef table) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String identity = (table.schema() == null ? "" : table.schema()) + '\u0000' + table.name();
            byte[] hash = digest.digest(identity.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                hex.append(String.format("%02x", hash[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
