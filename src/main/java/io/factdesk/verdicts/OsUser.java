package io.factdesk.verdicts;

/** The operating-system account running factdesk, recorded beside the reviewer's chosen name. */
public final class OsUser {

    private OsUser() {
    }

    public static String name() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
