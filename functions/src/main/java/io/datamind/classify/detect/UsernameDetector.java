package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.EmailValidator;
import java.util.regex.Pattern;

public final class UsernameDetector extends ValidatedDetector {

    private static final Pattern HANDLE = Pattern.compile("@?[A-Za-z0-9._-]{3,32}");

    public UsernameDetector() {
        super(SemanticType.USERNAME, NameRule.of("username", "user name", "login", "login name", "handle",
                        "screen name", "nickname", "nick", "user login", "account name", "userid login", "alias")
                        .weak(0.6, "user").vetoedBy("id", "key", "agent", "type", "role", "count", "group", "uuid"),
                "user handles (3–32 letters, digits, . _ -)");
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual();
    }

    @Override
    protected boolean accepts(String value) {
        return HANDLE.matcher(value).matches() && value.chars().anyMatch(Character::isLetter)
                && !EmailValidator.isValid(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.1;
    }
}
