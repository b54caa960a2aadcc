package io.factdesk.support;

import org.springframework.stereotype.Component;

/**
 * The style of command output for this run: plain for one-shot runs and pipes, coloured
 * in the interactive shell on a colour terminal (set once when the shell starts).
 */
@Component
public class OutputStyle {

    private ShellStyle current = ShellStyle.PLAIN;

    public ShellStyle current() {
        return current;
    }

    public void use(ShellStyle style) {
        this.current = style;
    }
}
