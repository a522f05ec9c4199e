package app.goodenough.mail.internal;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message from its two templates in {@code messages/}: {@code <name>.html}, escaped
 * as HTML, and {@code <name>.txt}, the plain-text part. Thymeleaf reads them once and keeps
 * them; a value the templates show is always text, never markup.
 *
 * <p>Why: {@code src/docs/decisions/004-message-templates.md}.
 */
@Component
class MessageTemplates {

    /** Both parts of a rendered message. */
    record Rendered(String text, String html) {
    }

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    Rendered render(String name, Map<String, Object> values) {
        Context context = new Context(Locale.ENGLISH, values);
        return new Rendered(text.process(name, context), html.process(name, context));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("messages/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
