package io.datamind.describe.llm;

/** Provider prices in US dollars per million tokens, for the report's cost estimate. */
public record PriceTable(double inputPerMillion, double outputPerMillion) {

    public double cost(long inputTokens, long outputTokens) {
        return (inputTokens * inputPerMillion + outputTokens * outputPerMillion) / 1_000_000.0;
    }

    /** Parses "INPUT,OUTPUT", e.g. "3,15". */
    public static PriceTable parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 2) {
            throw new IllegalArgumentException("price must be INPUT,OUTPUT dollars per million tokens, e.g. 3,15");
        }
        return new PriceTable(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
    }
}
