package io.datamind.demo;

import java.util.List;

/** A city customers and staff live in, with the local shape of postal codes and phone numbers. */
record Place(String countryCode, String city, List<String> postalPatterns, String dialCode, List<String> areaCodes,
             int weight) {

    static Place fromRow(List<String> row) {
        return new Place(row.get(0), row.get(1), List.of(row.get(2).split(",")), row.get(3),
                List.of(row.get(4).split(" ")), Integer.parseInt(row.get(5)));
    }

    boolean isNorthAmerican() {
        return dialCode.equals("1");
    }

    String currency() {
        return switch (countryCode) {
            case "GB" -> "GBP";
            case "US" -> "USD";
            case "CA" -> "CAD";
            default -> "EUR";
        };
    }
}
