package id.puskesnet.common.web;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Gives every server error a short reference, logged with the stack trace and shown on the 500 page,
 * so a user can quote it and an operator can find it.
 */
@Component
public class ReferencedErrorAttributes extends DefaultErrorAttributes {

    private static final Logger log = LoggerFactory.getLogger(ReferencedErrorAttributes.class);

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
        Object status = attributes.get("status");
        if (status instanceof Integer code && code >= 500) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            attributes.put("reference", reference);
            log.error("Server error, reference {} on {}", reference, attributes.get("path"), getError(webRequest));
        }
        return attributes;
    }
}
