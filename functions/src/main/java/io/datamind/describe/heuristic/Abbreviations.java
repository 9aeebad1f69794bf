package io.datamind.describe.heuristic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Common abbreviations in column and table names and the words people would write instead. */
public final class Abbreviations {

    private static final Map<String, String> TWO_WORDS = Map.of(
            "zip code", "ZIP code",
            "post code", "postcode",
            "pk id", "primary key",
            "fk id", "foreign key");

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("qty", "quantity"), Map.entry("amt", "amount"), Map.entry("dt", "date"),
            Map.entry("ts", "timestamp"), Map.entry("cust", "customer"), Map.entry("addr", "address"),
            Map.entry("desc", "description"), Map.entry("descr", "description"), Map.entry("num", "number"),
            Map.entry("no", "number"), Map.entry("nbr", "number"), Map.entry("id", "identifier"),
            Map.entry("pct", "percentage"), Map.entry("cnt", "count"), Map.entry("avg", "average"),
            Map.entry("min", "minimum"), Map.entry("max", "maximum"), Map.entry("org", "organization"),
            Map.entry("dept", "department"), Map.entry("emp", "employee"), Map.entry("usr", "user"),
            Map.entry("acct", "account"), Map.entry("txn", "transaction"), Map.entry("msg", "message"),
            Map.entry("ref", "reference"), Map.entry("cat", "category"), Map.entry("prod", "product"),
            Map.entry("inv", "invoice"), Map.entry("ord", "order"), Map.entry("pmt", "payment"),
            Map.entry("ship", "shipping"), Map.entry("src", "source"), Map.entry("dst", "destination"),
            Map.entry("tz", "time zone"), Map.entry("lat", "latitude"), Map.entry("lng", "longitude"),
            Map.entry("lon", "longitude"), Map.entry("dob", "date of birth"),
            Map.entry("ssn", "social security number"), Map.entry("zip", "ZIP code"),
            Map.entry("sku", "stock keeping unit"), Map.entry("uom", "unit of measure"),
            Map.entry("fk", "foreign key"), Map.entry("pk", "primary key"), Map.entry("cd", "code"),
            Map.entry("nm", "name"), Map.entry("fname", "first name"), Map.entry("lname", "last name"),
            Map.entry("tel", "telephone"), Map.entry("mgr", "manager"), Map.entry("seq", "sequence"),
            Map.entry("ccy", "currency"), Map.entry("curr", "currency"), Map.entry("bal", "balance"),
            Map.entry("loc", "location"), Map.entry("yr", "year"), Map.entry("pwd", "password"),
            Map.entry("url", "URL"), Map.entry("ip", "IP address"), Map.entry("uuid", "UUID"),
            Map.entry("vat", "VAT"), Map.entry("iso", "ISO"), Map.entry("api", "API"));

    private Abbreviations() {
    }

    /** Expands each abbreviation in the words; two-word entries ("zip code") win over single words. */
    public static List<String> expand(List<String> words) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (i + 1 < words.size()) {
                String pair = TWO_WORDS.get(words.get(i) + " " + words.get(i + 1));
                if (pair != null) {
                    out.add(pair);
                    i += 2;
                    continue;
                }
            }
            out.add(WORDS.getOrDefault(words.get(i), words.get(i)));
            i++;
        }
        return out;
    }

    /** The words expanded and joined with spaces: ["cust", "addr"] → "customer address". */
    public static String phrase(List<String> words) {
        return String.join(" ", expand(words));
    }
}
