package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.EmailValidator;

public final class EmailDetector extends ValidatedDetector {

    public EmailDetector() {
        super(SemanticType.EMAIL, NameRule.of("email", "e mail", "mail address", "email address")
                .weak(0.6, "mail", "contact").vetoedBy("verified", "sent", "count", "opt in", "domain"), "e-mail addresses");
    }

    @Override
    protected boolean accepts(String value) {
        return EmailValidator.isValid(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.95;
    }
}
