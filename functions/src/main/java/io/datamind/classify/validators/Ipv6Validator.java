package io.datamind.classify.validators;

/**
 * IPv6 text forms of RFC 4291 §2.2: eight hex groups, at most one "::" run, optional dotted IPv4 tail.
 * Written out because {@code InetAddress} may resolve names; this never does.
 */
public final class Ipv6Validator {

    private Ipv6Validator() {
    }

    public static boolean isValid(String value) {
        if (value.length() < 2 || value.length() > 45) {
            return false;
        }
        int compression = value.indexOf("::");
        if (compression >= 0 && value.indexOf("::", compression + 1) >= 0) {
            return false;
        }
        if (compression < 0) {
            return groupCount(value, true) == 8;
        }
        String head = value.substring(0, compression);
        String tail = value.substring(compression + 2);
        int headGroups = head.isEmpty() ? 0 : groupCount(head, false);
        int tailGroups = tail.isEmpty() ? 0 : groupCount(tail, true);
        return headGroups >= 0 && tailGroups >= 0 && headGroups + tailGroups <= 7;
    }

    /** Counts 16-bit groups, an IPv4 tail counting two; -1 when malformed. */
    private static int groupCount(String part, boolean ipv4TailAllowed) {
        String[] groups = part.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            boolean last = i == groups.length - 1;
            if (last && ipv4TailAllowed && group.indexOf('.') >= 0) {
                if (!Ipv4Validator.isValid(group)) {
                    return -1;
                }
                count += 2;
            } else if (isHexGroup(group)) {
                count++;
            } else {
                return -1;
            }
        }
        return count;
    }

    private static boolean isHexGroup(String group) {
        if (group.isEmpty() || group.length() > 4) {
            return false;
        }
        for (int i = 0; i < group.length(); i++) {
            if (Character.digit(group.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
