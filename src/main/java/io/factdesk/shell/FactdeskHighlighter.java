package io.factdesk.shell;

import java.util.Comparator;

import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.CommandHighlighter;
import org.springframework.stereotype.Component;

import io.factdesk.support.OutputStyle;

/**
 * Shows a recognised command name in bold and an impossible one in red. Unlike Spring
 * Shell's highlighter it leaves a command that is still being typed alone, and it stays
 * plain where colour is off (NO_COLOR, dumb terminals).
 */
@Component
public class FactdeskHighlighter extends CommandHighlighter {

    private final CommandRegistry registry;
    private final OutputStyle style;

    public FactdeskHighlighter(CommandRegistry registry, OutputStyle style) {
        super(registry);
        this.registry = registry;
        this.style = style;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (!style.current().colour() || buffer.isBlank()) {
            return new AttributedString(buffer);
        }
        String matched = registry.getCommands().stream().map(Command::getName)
                .filter(name -> buffer.equals(name) || buffer.startsWith(name + " "))
                .max(Comparator.comparingInt(String::length)).orElse(null);
        if (matched != null) {
            return new AttributedStringBuilder().append(matched, AttributedStyle.BOLD)
                    .append(buffer.substring(matched.length())).toAttributedString();
        }
        String typed = buffer.stripLeading();
        boolean possible = registry.getCommands().stream().map(Command::getName).anyMatch(name -> name.startsWith(typed)
                || typed.startsWith(name + " "));
        return possible || typed.equals("quit") || typed.equals("exit") ? new AttributedString(buffer)
                : new AttributedString(buffer, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED));
    }
}
