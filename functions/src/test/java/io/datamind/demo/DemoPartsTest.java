package io.datamind.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DemoPartsTest {

    @Test
    void ibanCheckDigitsMatchPublishedExamples() {
        assertThat(Iban.checkDigits("GB", "WEST12345698765432")).isEqualTo("82");
        assertThat(Iban.checkDigits("DE", "370400440532013000")).isEqualTo("89");
        assertThat(Iban.isValid("NL91 ABNA 0417 1643 00")).isTrue();
        assertThat(Iban.isValid("GB83WEST12345698765432")).isFalse();
        assertThat(Iban.grouped("GB82WEST12345698765432")).isEqualTo("GB82 WEST 1234 5698 7654 32");
    }

    @Test
    void generatedIbansHaveTheirCountrysLengthAndNoneExistForNorthAmerica() {
        DemoRandom random = new DemoRandom(1, "iban");
        assertThat(Iban.generate(random, "GB")).hasSize(22).startsWith("GB").matches(Iban::isValid);
        assertThat(Iban.generate(random, "DE")).hasSize(22).matches(Iban::isValid);
        assertThat(Iban.generate(random, "NL")).hasSize(18).matches(Iban::isValid);
        assertThat(Iban.generate(random, "FR")).hasSize(27).matches(Iban::isValid);
        assertThat(Iban.generate(random, "US")).isNull();
    }

    @Test
    void cardNumbersPassLuhnAndTruncateToFirstSixLastFour() {
        assertThat(CardNumbers.isLuhnValid("4111111111111111")).isTrue();
        assertThat(CardNumbers.isLuhnValid("4111111111111112")).isFalse();
        DemoRandom random = new DemoRandom(1, "cards");
        String amex = CardNumbers.generate(random, "amex");
        assertThat(amex).hasSize(15).matches("3[47][0-9]{13}").matches(CardNumbers::isLuhnValid);
        String visa = CardNumbers.generate(random, "visa");
        assertThat(CardNumbers.truncated(visa)).isEqualTo(visa.substring(0, 6) + "******" + visa.substring(12));
    }

    @Test
    void thumbnailsAreImagesImageIoCanRead() throws IOException {
        byte[] png = PngThumbnails.gradient(new DemoRandom(1, "png"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(24);
        assertThat(image.getHeight()).isEqualTo(24);
        assertThat(image.getRGB(0, 0)).isNotEqualTo(image.getRGB(23, 23));
    }

    @Test
    void randomStreamsAreReproducibleAndIndependent() {
        int[] first = IntStream.range(0, 20).map(i -> new DemoRandom(5, "a").between(0, 1_000_000)).toArray();
        DemoRandom a = new DemoRandom(5, "a");
        DemoRandom again = new DemoRandom(5, "a");
        DemoRandom other = new DemoRandom(5, "b");
        assertThat(a.digits(30)).isEqualTo(again.digits(30)).isNotEqualTo(other.digits(30));
        assertThat(first).containsOnly(first[0]);
    }

    @Test
    void chooseGivesExactlyTheCountAndRespectsExclusions() {
        BitSet excluded = new BitSet();
        excluded.set(0, 90);
        BitSet chosen = new DemoRandom(3, "choose").choose(10, 100, excluded);
        assertThat(chosen.cardinality()).isEqualTo(10);
        assertThat(chosen.nextSetBit(0)).isEqualTo(90);
    }

    @Test
    void patternsExpandDigitsAndLettersOnly() {
        assertThat(new DemoRandom(2, "p").fromPattern("SW9 9AA")).matches("SW[0-9] [0-9][A-Z]{2}");
    }

    @Test
    void brokenEmailsFailTheSyntaxCheckTheTestsUse() {
        ContactFaker faker = new ContactFaker(new DemoRandom(4, "mail"), WordLists.load());
        for (int i = 0; i < 200; i++) {
            assertThat(faker.broken("anna.de.vries@hotmail.co.uk"))
                    .doesNotMatch("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");
        }
    }

    @Test
    void wordListsKeepAccentsAndSplitFields() {
        WordLists words = WordLists.load();
        assertThat(words.words("first_names")).contains("Chloé", "Björn").doesNotHaveDuplicates();
        assertThat(words.rows("cities")).allSatisfy(row -> assertThat(row).hasSize(6));
        assertThat(ContactFaker.asciiLower("O'Sullivan-Côté")).isEqualTo("osullivancote");
    }
}
