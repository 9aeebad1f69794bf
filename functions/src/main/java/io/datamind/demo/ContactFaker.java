package io.datamind.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** People's names, addresses, phones, e-mails and IPs, shaped like the countries they belong to. */
final class ContactFaker {

    private static final Set<String> NUMBER_FIRST = Set.of("GB", "US", "IE", "CA", "FR");

    private final DemoRandom random;
    private final WordLists words;
    private final List<Place> places;
    private final double[] placeWeights;
    private final Map<String, List<String>> streetsByCountry;
    private final List<List<String>> emailDomains;

    ContactFaker(DemoRandom random, WordLists words) {
        this.random = random;
        this.words = words;
        this.places = words.rows("cities").stream().map(Place::fromRow).toList();
        this.placeWeights = places.stream().mapToDouble(Place::weight).toArray();
        this.emailDomains = words.rows("email_domains");
        this.streetsByCountry = words.rows("streets").stream().collect(Collectors.groupingBy(row -> row.get(0),
                Collectors.mapping(row -> row.get(1), Collectors.toList())));
    }

    String firstName() {
        return random.pick(words.words("first_names"));
    }

    String lastName() {
        return random.pick(words.words("last_names"));
    }

    Place place() {
        return places.get(random.weighted(placeWeights));
    }

    Place placeIn(String countryCode) {
        List<Place> local = places.stream().filter(p -> p.countryCode().equals(countryCode)).toList();
        return local.get(random.weighted(local.stream().mapToDouble(Place::weight).toArray()));
    }

    String postalCode(Place place) {
        return random.fromPattern(random.pick(place.postalPatterns()));
    }

    String streetAddress(Place place) {
        String street = random.pick(streetsByCountry.get(place.countryCode()));
        int number = place.isNorthAmerican() && random.chance(0.5) ? random.between(100, 2400) : random.between(1, 120);
        String address = NUMBER_FIRST.contains(place.countryCode()) ? number + " " + street : street + " " + number;
        if (place.countryCode().equals("GB") && random.chance(0.12)) {
            return "Flat " + random.between(1, 24) + ", " + address;
        }
        if (place.isNorthAmerican() && random.chance(0.15)) {
            return address + ", Apt " + random.between(1, 30) + (char) ('A' + random.between(0, 5));
        }
        return address;
    }

    /** A phone number in one of the formats people actually type: the column is deliberately inconsistent. */
    String phone(Place place) {
        String area = random.pick(place.areaCodes());
        String subscriber = random.digits(place.isNorthAmerican() ? 7 : 10 - area.length());
        String head = subscriber.substring(0, subscriber.length() - 4);
        String tail = subscriber.substring(subscriber.length() - 4);
        String dial = place.dialCode();
        String trunk = place.isNorthAmerican() ? "" : "0";
        return switch (random.between(0, 5)) {
            case 0 -> "+" + dial + " " + area + " " + head + " " + tail;
            case 1 -> "+" + dial + area + subscriber;
            case 2 -> place.isNorthAmerican() ? "(" + area + ") " + head + "-" + tail : trunk + area + " " + head + " " + tail;
            case 3 -> trunk + area + "." + head + "." + tail;
            case 4 -> "00" + dial + " " + area + " " + subscriber;
            default -> trunk + area + subscriber;
        };
    }

    /** A personal address not yet in {@code used} (which it joins); clashes get digits, as mail providers do. */
    String email(String firstName, String lastName, String domain, Set<String> used) {
        String first = asciiLower(firstName);
        String last = asciiLower(lastName);
        String local = switch (random.between(0, 5)) {
            case 0, 1 -> first + "." + last;
            case 2 -> first + last;
            case 3 -> first.charAt(0) + "." + last;
            case 4 -> first + "_" + last + random.between(1, 99);
            default -> last + "." + first;
        };
        String candidate = local + "@" + domain;
        while (!used.add(candidate)) {
            candidate = local + random.between(1, 999) + "@" + domain;
        }
        return candidate;
    }

    /** The ways a hand-typed e-mail goes wrong; none of these passes a basic syntax check. */
    String broken(String email) {
        int at = email.indexOf('@');
        return switch (random.between(0, 4)) {
            case 0 -> email.replace("@", "");
            case 1 -> email.substring(0, email.indexOf('.', at));
            case 2 -> email.replace("@", "@@");
            case 3 -> email.substring(0, at) + " @" + email.substring(at + 1);
            default -> email.substring(0, email.lastIndexOf('.')) + "," + email.substring(email.lastIndexOf('.') + 1);
        };
    }

    /** A mail provider popular where the customer lives, or one of the global ones. */
    String emailDomain(Place place) {
        List<List<String>> usable = emailDomains.stream()
                .filter(row -> row.get(1).equals("*") || row.get(1).equals(place.countryCode())).toList();
        return usable.get(random.weighted(usable.stream().mapToDouble(row -> Double.parseDouble(row.get(2))).toArray())).get(0);
    }

    /** Company addresses follow one convention, first.last, with a number only to resolve a clash. */
    String workEmail(String firstName, String lastName, String domain, Set<String> used) {
        String local = asciiLower(firstName) + "." + asciiLower(lastName);
        String candidate = local + "@" + domain;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = local + n + "@" + domain;
        }
        return candidate;
    }

    String ipAddress() {
        if (random.chance(0.12)) {
            return String.format("2a02:%x:%x:%x::%x", random.between(0x100, 0xfff), random.between(0, 0xffff),
                    random.between(0, 0xffff), random.between(1, 0xffff));
        }
        int first;
        do {
            first = random.between(2, 223);
        } while (first == 10 || first == 127 || first == 172 || first == 192);
        return first + "." + random.between(0, 255) + "." + random.between(0, 255) + "." + random.between(1, 254);
    }

    static String asciiLower(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]", "")
                .toLowerCase(Locale.ROOT);
    }
}
