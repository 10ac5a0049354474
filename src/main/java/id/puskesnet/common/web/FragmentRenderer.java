package id.puskesnet.common.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.WebExpressionContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders fragments of a template to text for the current request, with what a page rendered by the view
 * resolver has (messages, links, {@code @bean} references, {@code #locale}), so a page part can be rendered once
 * and kept (see {@link id.puskesnet.common.GenerationCache}). What a kept part shows must not depend on the user:
 * no {@code sec:} attributes, no forms that post (their CSRF token is the user's).
 */
@Component
public class FragmentRenderer {

    private final ISpringTemplateEngine engine;
    private final ApplicationContext applicationContext;
    private final JakartaServletWebApplication application;

    FragmentRenderer(ISpringTemplateEngine engine, ApplicationContext applicationContext, ServletContext servletContext) {
        this.engine = engine;
        this.applicationContext = applicationContext;
        this.application = JakartaServletWebApplication.buildApplication(servletContext);
    }

    /** Each of the template's fragments, by name, rendered with the variables. */
    public Map<String, String> render(String template, Set<String> fragments, Map<String, ?> variables, Locale locale,
                                      HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> model = new HashMap<>(variables);
        RequestContext requestContext = new RequestContext(request, response, request.getServletContext(), model);
        model.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
        model.put(AbstractTemplateView.SPRING_MACRO_REQUEST_CONTEXT_ATTRIBUTE, requestContext);
        model.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
                new SpringWebMvcThymeleafRequestContext(requestContext, request));
        ConversionService conversionService = (ConversionService) request.getAttribute(ConversionService.class.getName());
        model.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, conversionService));
        WebExpressionContext context = new WebExpressionContext(engine.getConfiguration(),
                application.buildExchange(request, response), locale, model);
        Map<String, String> rendered = new HashMap<>();
        for (String fragment : fragments) {
            rendered.put(fragment, engine.process(new TemplateSpec(template, Set.of(fragment), TemplateMode.HTML, null),
                    context));
        }
        return rendered;
    }

}
