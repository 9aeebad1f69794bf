package io.datamind.demo;

/** Luhn-valid payment card numbers and the truncated form (first six, last four) a shop may keep. */
final class CardNumbers {

    private CardNumbers() {
    }

    static String generate(DemoRandom random, String brand) {
        String partial = switch (brand) {
            case "amex" -> (random.chance(0.5) ? "34" : "37") + random.digits(12);
            case "mastercard" -> "5" + random.between(1, 5) + random.digits(13);
            default -> "4" + random.digits(14);
        };
        return partial + luhnCheckDigit(partial);
    }

    static String truncated(String number) {
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    static boolean isLuhnValid(String number) {
        return luhnCheckDigit(number.substring(0, number.length() - 1)) == number.charAt(number.length() - 1) - '0';
    }

    private static int luhnCheckDigit(String partial) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = partial.length() - 1; i >= 0; i--) {
            int digit = partial.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
