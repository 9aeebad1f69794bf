package io.datamind.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/** Fills {@code sales.customers}, including the planted e-mail, phone and birth-date problems. */
final class CustomerData {

    static final int CUSTOMERS = 2_000;

    private final DemoRandom random;
    private final ContactFaker faker;

    CustomerData(long seed, WordLists words) {
        this.random = new DemoRandom(seed, "sales.customers");
        this.faker = new ContactFaker(random, words);
    }

    Customers load(Connection connection) throws SQLException {
        Dirt dirt = chooseDirt();
        String[] emails = new String[CUSTOMERS];
        LocalDateTime[] signedUp = new LocalDateTime[CUSTOMERS];
        Place[] homes = new Place[CUSTOMERS];
        long signUpWindow = Duration.between(ShopCalendar.FIRST_CUSTOMER, ShopCalendar.SNAPSHOT.minusDays(10)).toSeconds();
        double[] activity = new double[CUSTOMERS];
        Set<String> usedEmails = new HashSet<>();
        try (BatchInsert insert = new BatchInsert(connection, "sales.customers", "customer_id", "customer_uuid",
                "first_name", "last_name", "email", "phone", "fax_number", "date_of_birth", "street_address",
                "postal_code", "city", "country_code", "loyalty_tier", "marketing_opt_in", "referred_by_customer_id",
                "created_at")) {
            for (int i = 0; i < CUSTOMERS; i++) {
                Place home = faker.place();
                homes[i] = home;
                String first = faker.firstName();
                String last = faker.lastName();
                emails[i] = email(i, first, last, home, dirt, emails, usedEmails);
                // sign-ups accelerate over time, as a growing shop's do
                signedUp[i] = ShopCalendar.FIRST_CUSTOMER.plusSeconds(
                        (long) (Math.sqrt((i + random.unit()) / CUSTOMERS) * signUpWindow));
                activity[i] = Math.exp(0.9 * random.gaussian());
                insert.row(i + 1, random.uuid(), first, last, emails[i], phone(i, home, dirt), null,
                        birthDate(i, dirt), random.chance(0.02) ? null : faker.streetAddress(home),
                        random.chance(0.02) ? null : faker.postalCode(home), home.city(), home.countryCode(),
                        tier(activity[i]), random.chance(0.35), i > 50 && random.chance(0.08) ? random.between(1, i) : null,
                        signedUp[i]);
            }
        }
        return new Customers(signedUp, homes, activity);
    }

    /** Disjoint sets of rows that receive each kind of planted problem. */
    private record Dirt(BitSet invalidEmail, BitSet duplicateEmail, BitSet noPhone, BitSet blankPhone,
                        BitSet noBirthDate, BitSet futureBirthDate) {
    }

    private Dirt chooseDirt() {
        BitSet taken = new BitSet();
        BitSet invalid = claim(PlantedAnomalies.INVALID_EMAILS, taken, 0);
        // a duplicate copies an earlier customer's address, so the first rows cannot be duplicates
        BitSet duplicate = claim(PlantedAnomalies.DUPLICATE_EMAILS, taken, 100);
        BitSet phoneTaken = new BitSet();
        BitSet noPhone = claim(PlantedAnomalies.MISSING_PHONES, phoneTaken, 0);
        BitSet blankPhone = claim(PlantedAnomalies.BLANK_PHONES, phoneTaken, 0);
        BitSet birthTaken = new BitSet();
        BitSet noBirth = claim(PlantedAnomalies.MISSING_BIRTH_DATES, birthTaken, 0);
        BitSet futureBirth = claim(PlantedAnomalies.FUTURE_BIRTH_DATES, birthTaken, 0);
        return new Dirt(invalid, duplicate, noPhone, blankPhone, noBirth, futureBirth);
    }

    private BitSet claim(int count, BitSet taken, int firstAllowed) {
        BitSet excluded = (BitSet) taken.clone();
        excluded.set(0, firstAllowed);
        BitSet chosen = random.choose(count, CUSTOMERS, excluded);
        taken.or(chosen);
        return chosen;
    }

    private String email(int i, String first, String last, Place home, Dirt dirt, String[] earlier, Set<String> used) {
        if (dirt.duplicateEmail().get(i)) {
            int source;
            do {
                source = random.between(0, i - 1);
            } while (dirt.invalidEmail().get(source) || dirt.duplicateEmail().get(source));
            return earlier[source];
        }
        String email = faker.email(first, last, faker.emailDomain(home), used);
        return dirt.invalidEmail().get(i) ? faker.broken(email) : email;
    }

    private String phone(int i, Place home, Dirt dirt) {
        if (dirt.noPhone().get(i)) {
            return null;
        }
        return dirt.blankPhone().get(i) ? "" : faker.phone(home);
    }

    private LocalDate birthDate(int i, Dirt dirt) {
        if (dirt.noBirthDate().get(i)) {
            return null;
        }
        LocalDate born = random.dateBetween(LocalDate.of(1946, 1, 1), LocalDate.of(2005, 12, 1));
        return dirt.futureBirthDate().get(i) ? born.plusYears(100) : born;
    }

    private static String tier(double activity) {
        if (activity > 4.5) {
            return "platinum";
        }
        if (activity > 2.2) {
            return "gold";
        }
        return activity > 1.1 ? "silver" : "bronze";
    }
}
