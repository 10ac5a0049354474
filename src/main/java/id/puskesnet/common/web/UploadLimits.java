package id.puskesnet.common.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest file a user may upload ({@code spring.servlet.multipart.max-file-size}), for services that check
 * the files they store and for pages that tell users the limit ({@code ${@uploadLimits.megabytes}}). Larger
 * uploads never reach a controller: the container refuses them and the user gets the 413 page.
 */
@Component("uploadLimits")
public class UploadLimits {

    private final DataSize maxFileSize;

    UploadLimits(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    public long maxFileBytes() {
        return maxFileSize.toBytes();
    }

    /** The limit in whole megabytes, as the pages state it. */
    public long getMegabytes() {
        return Math.max(1, maxFileSize.toMegabytes());
    }
}
