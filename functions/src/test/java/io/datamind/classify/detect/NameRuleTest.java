package io.datamind.classify.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameRuleTest {

    @Test
    void splitsSnakeCamelPascalAndDigits() {
        assertThat(ColumnName.of("contact_email").tokens()).containsExactly("contact", "email");
        assertThat(ColumnName.of("customerEmail2").tokens()).containsExactly("customer", "email", "2");
        assertThat(ColumnName.of("IPAddress").tokens()).containsExactly("ip", "address");
        assertThat(ColumnName.of("Birth-Date ").tokens()).containsExactly("birth", "date");
        assertThat(ColumnName.of("col7").tokens()).containsExactly("col", "7");
    }

    @Test
    void matchesPhrasesAcrossSeparatorsAndInsideLongerWords() {
        NameRule email = NameRule.of("email").weak(0.6, "mail");
        assertThat(email.match(ColumnName.of("e_mail")).score()).isEqualTo(1.0);
        assertThat(email.match(ColumnName.of("emailaddress")).score()).isEqualTo(1.0);
        assertThat(email.match(ColumnName.of("mail")).score()).isEqualTo(0.6);
        assertThat(email.match(ColumnName.of("col7")).matched()).isFalse();

        NameRule birth = NameRule.of("birth date", "dob");
        assertThat(birth.match(ColumnName.of("birthDate")).phrase()).isEqualTo("birthdate");
        assertThat(birth.match(ColumnName.of("customer_dob")).matched()).isTrue();
        // short phrases only match whole words: "lat" must not fire inside "template"
        assertThat(NameRule.of("lat").match(ColumnName.of("template")).matched()).isFalse();
    }

    @Test
    void vetoWordsCancelTheMatch() {
        NameRule email = NameRule.of("email").vetoedBy("verified");
        assertThat(email.match(ColumnName.of("email_verified")).matched()).isFalse();
        assertThat(email.match(ColumnName.of("email")).matched()).isTrue();
    }
}
