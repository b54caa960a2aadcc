package io.factdesk.verdicts;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import io.factdesk.support.CodePoints;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/**
 * An evidence link: absolute http(s) with a host, at most 2,048 characters (code points), no whitespace, control or
 * invisible formatting characters. Reports use the same rules for every link they make (seeds' source URLs too).
 */
public record EvidenceUrl(String value) {

    public static final int MAX_LENGTH = 2048;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    public EvidenceUrl {
        String problem = problem(value);
        if (problem != null) {
            throw FactdeskException.badInput("evidence URL " + quote(value) + ": " + problem);
        }
    }

    /**
     * A URL's host, lower case, without a leading "www.": two pages of one site are one source when a
     * verdict's sources are counted.
     */
    public static String host(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            if (host == null) {
                return url;
            }
            host = host.toLowerCase(java.util.Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Why the text is not an acceptable evidence URL, or null when it is. */
    public static String problem(String value) {
        if (value == null || value.isEmpty()) {
            return "is empty";
        }
        int length = CodePoints.count(value);
        if (length > MAX_LENGTH) {
            return "is " + length + " characters; at most " + MAX_LENGTH;
        }
        if (value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.isSpaceChar(c))) {
            return "contains spaces or control characters";
        }
        // Bidi overrides, zero-width spaces, BOMs (Unicode category Cf): invisible, and U+202E makes
        // ".../fdp.exe" read ".../exe.pdf" wherever the link is shown.
        int format = value.codePoints().filter(cp -> Character.getType(cp) == Character.FORMAT).findFirst().orElse(-1);
        if (format >= 0) {
            return String.format("contains an invisible formatting character (U+%04X) that can disguise the link", format);
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            // URI rejects non-ASCII hosts (IDN); try again with the host in its ASCII form.
            uri = withAsciiHost(value);
            if (uri == null) {
                return "is not a valid URL (" + e.getReason() + ")";
            }
        }
        if (!uri.isAbsolute()) {
            return "must be absolute, starting with http:// or https://";
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "scheme '" + TerminalText.safe(uri.getScheme()) + "' is not allowed; only http and https";
        }
        if (uri.getHost() == null) {
            // java.net.URI leaves the host empty for internationalised names: check the ASCII form.
            URI ascii = withAsciiHost(value);
            uri = ascii != null && ascii.getHost() != null ? ascii : uri;
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "has no host";
        }
        return null;
    }

    private static URI withAsciiHost(String value) {
        int start = value.indexOf("://");
        if (start < 0) {
            return null;
        }
        int hostStart = start + 3;
        int hostEnd = hostStart;
        while (hostEnd < value.length() && "/?#".indexOf(value.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        try {
            String host = IDN.toASCII(value.substring(hostStart, hostEnd), IDN.ALLOW_UNASSIGNED);
            return new URI(value.substring(0, hostStart) + host + value.substring(hostEnd));
        } catch (IllegalArgumentException | URISyntaxException e) {
            return null;
        }
    }

    private static String quote(String value) {
        if (value == null) {
            return "''";
        }
        String shown = CodePoints.count(value) > 80 ? CodePoints.cutBefore(value, 77) + "..." : value;
        // The refused character is named, so it is shown too, not left invisible in the message.
        StringBuilder visible = new StringBuilder();
        TerminalText.safe(shown).codePoints().forEach(cp -> visible.append(Character.getType(cp) == Character.FORMAT
                ? TerminalText.codePointEscape(cp) : new String(Character.toChars(cp))));
        return "'" + visible + "'";
    }

    /** Every URL in these values, each value holding one or more separated by whitespace, in order. */
    public static java.util.List<EvidenceUrl> parseAll(java.util.Collection<String> values) {
        java.util.List<EvidenceUrl> urls = new java.util.ArrayList<>();
        for (String value : values) {
            for (String part : WHITESPACE.split(value.strip())) {
                if (!part.isEmpty()) {
                    urls.add(new EvidenceUrl(part));
                }
            }
        }
        return urls;
    }

    @Override
    public String toString() {
        return value;
    }
}
