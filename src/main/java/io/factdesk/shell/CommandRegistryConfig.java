package io.factdesk.shell;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;
import org.springframework.shell.core.utils.Utils;

import io.factdesk.FactdeskApplication;

/**
 * factdesk's command registry, in place of Spring Shell's. Spring Shell finds annotated commands
 * by scanning the application's package on every start, reading each class file and every
 * method's annotations: about a tenth of a one-shot command. factdesk's command classes are
 * beans already, so their {@code @Command} methods are read from the bean types with plain
 * reflection; each one still becomes a command through Spring Shell's own factory.
 */
@Configuration(proxyBeanMethods = false)
class CommandRegistryConfig {

    private static final String ROOT = FactdeskApplication.class.getPackageName() + ".";

    @Bean
    CommandRegistry commandRegistry(ApplicationContext context) {
        CommandRegistry registry = new CommandRegistry();
        context.getBeansOfType(Command.class).values().forEach(registry::registerCommand);
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name, false);
            if (type == null || !type.getName().startsWith(ROOT)) {
                continue;
            }
            Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(org.springframework.shell.core.command.annotation.Command.class))
                    .sorted(Comparator.comparing(Method::getName))
                    .forEach(m -> registry.registerCommand(command(m, context)));
        }
        registry.registerCommand(Utils.QUIT_COMMAND);
        return registry;
    }

    private static Command command(Method method, ApplicationContext context) {
        CommandFactoryBean factory = new CommandFactoryBean(method);
        factory.setApplicationContext(context);
        return factory.getObject();
    }
}
