package io.factdesk.shell;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.Clear;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;

import io.factdesk.FactdeskApplication;

/**
 * factdesk's command registry, in place of Spring Shell's. Spring Shell finds annotated commands
 * by scanning the application's package on every start, reading each class file and every
 * method's annotations: about a tenth of a one-shot command. factdesk's command classes are
 * beans already, so their {@code @Command} methods are read from the bean types with plain
 * reflection; each one still becomes a command through Spring Shell's own factory, but only
 * when it is first needed ({@link LazyCommand}), so a one-shot run creates one command's beans.
 */
@Configuration(proxyBeanMethods = false)
class CommandRegistryConfig {

    private static final String ROOT = FactdeskApplication.class.getPackageName() + ".";

    /**
     * Listed by {@code help} like Spring Shell's own quit entry; the shell itself handles the word
     * ({@link InteractiveShell}). Spring Shell's entry lives in a class whose loading builds Hibernate
     * Validator, so factdesk names its own.
     */
    static final Command QUIT = Command.builder().name("quit").description("Exit the shell")
            .group("Built-In Commands").aliases("exit").execute(context -> { });

    @Bean
    CommandRegistry commandRegistry(ApplicationContext context) {
        CommandRegistry registry = new CommandRegistry();
        commandMethods(context).forEach(m -> registry.registerCommand(lazyCommand(m, context)));
        registry.registerCommand(new Clear());
        registry.registerCommand(QUIT);
        return registry;
    }

    /** factdesk's {@code @Command} methods: those of its beans' classes, each class's sorted by name. */
    static List<Method> commandMethods(ApplicationContext context) {
        return Arrays.stream(context.getBeanDefinitionNames())
                .map(name -> context.getType(name, false))
                .filter(type -> type != null && type.getName().startsWith(ROOT))
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods())
                        .filter(m -> m.isAnnotationPresent(org.springframework.shell.core.command.annotation.Command.class))
                        .sorted(Comparator.comparing(Method::getName)))
                .toList();
    }

    /** Found by Spring Shell's command factory in place of its default, Hibernate Validator. */
    @Bean
    NoConstraintValidator commandParameterValidator() {
        return new NoConstraintValidator();
    }

    private static Command lazyCommand(Method method, ApplicationContext context) {
        var annotation = method.getAnnotation(org.springframework.shell.core.command.annotation.Command.class);
        return new LazyCommand(annotation, method.getDeclaringClass(), method.getName(), () -> {
            CommandFactoryBean factory = new CommandFactoryBean(method);
            factory.setApplicationContext(context);
            return factory.getObject();
        });
    }
}
