package io.factdesk.support;

import java.lang.reflect.InvocationTargetException;
import java.sql.SQLException;

import org.springframework.beans.BeansException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.core.convert.ConversionException;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.CommandNotFoundException;

/** The one place that turns an exception into a one-line message and an exit code. */
public final class ErrorReporter {

    private ErrorReporter() {
    }

    public static Failure describe(Throwable thrown) {
        Throwable t = unwrap(thrown);
        if (t instanceof FactdeskException fe) {
            return new Failure(fe.exitCode(), fe.getMessage(), fe);
        }
        BindException setting = find(t, BindException.class);
        if (setting != null) {
            return new Failure(ExitCode.BAD_INPUT, badSetting(setting), t);
        }
        if (t instanceof CommandNotFoundException nf) {
            return new Failure(ExitCode.BAD_INPUT,
                    "unknown command '" + TerminalText.safe(nf.getCommandName()) + "'; type 'help' to list commands", t);
        }
        if (t instanceof ConversionException) {
            return new Failure(ExitCode.BAD_INPUT, "bad option value: " + rootMessage(t), t);
        }
        if (t instanceof IllegalArgumentException && t.getStackTrace().length > 0
                && t.getStackTrace()[0].getClassName().startsWith("org.springframework.shell")) {
            // Spring Shell reports usage problems (a missing required option) this way.
            return new Failure(ExitCode.BAD_INPUT, lowerFirst(t.getMessage()), t);
        }
        // busy and locked errors arrive classified by their codes, as the db package's DatabaseBusyException
        SQLException sql = find(t, SQLException.class);
        if (sql != null) {
            return new Failure(ExitCode.FAILURE, "database error: " + TerminalText.safe(sql.getMessage()), t);
        }
        return new Failure(ExitCode.FAILURE, "unexpected error: " + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + TerminalText.safe(t.getMessage()))
                + " (run with --verbose for details)", t);
    }

    /** A setting Spring could not bind ("FACTDESK_THRESHOLD=abc"): which setting, what it must be, what it was. */
    private static String badSetting(BindException e) {
        String property = e.getName() == null ? "a setting" : e.getName().toString();
        Class<?> type = e.getTarget() == null || e.getTarget().getType().resolve() == null ? Object.class
                : e.getTarget().getType().resolve();
        String must = type == double.class || type == Double.class || type == float.class || type == Float.class
                ? "a number" : type == int.class || type == Integer.class || type == long.class || type == Long.class
                ? "a whole number" : type == boolean.class || type == Boolean.class ? "true or false"
                : "a valid " + type.getSimpleName();
        Object value = e.getProperty() == null ? null : e.getProperty().getValue();
        // Named as it was set: the environment variable as spelt (FACTDESK_INGEST_ON_START), or the property.
        String named = FactdeskSettings.named(property);
        for (Origin o = e.getProperty() == null ? null : e.getProperty().getOrigin(); o != null;
             o = o instanceof PropertySourceOrigin p ? p.getOrigin() : o.getParent()) {
            String key = o instanceof SystemEnvironmentOrigin env ? env.getProperty()
                    : o instanceof PropertySourceOrigin p && p.getPropertySource().getName().contains("Environment")
                    ? p.getPropertyName() : null;
            if (key != null) {
                named = key + " (" + property + ")";
                break;
            }
        }
        return TerminalText.safe(named) + " must be " + must + ", got '" + TerminalText.safe(String.valueOf(value)) + "'";
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CommandExecutionException || current instanceof InvocationTargetException
                || current instanceof BeansException || current.getClass() == RuntimeException.class)
                && current.getCause() != null) {
            current = current.getCause();
        }
        FactdeskException inner = find(current, FactdeskException.class);
        return inner != null ? inner : current;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        return Causes.first(t, type);
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return TerminalText.safe(String.valueOf(c.getMessage()));
    }

    private static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return "bad usage";
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
