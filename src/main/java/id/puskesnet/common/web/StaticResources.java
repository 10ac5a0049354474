package id.puskesnet.common.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, each folder under its own path ({@code spring.web.resources.add-mappings=false} turns off
 * Spring Boot's catch-all {@code /**}). Every link a page writes passes the resource URL encoder, which looks
 * a link up in the classpath when a resource pattern matches it: with {@code /**} that was every link of every
 * page (a ranking of 25 puskesmas has hundreds), now only links to these folders. WebJars keep their
 * version-less URLs ({@code /webjars/bootstrap/css/...}).
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        for (String folder : new String[] {"css", "js", "images"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true);
        }
    }
}
