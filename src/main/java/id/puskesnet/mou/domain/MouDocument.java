package id.puskesnet.mou.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** The signed document of an MoU, in the database so that app instances keep no files. Read only to download. */
@Entity
@Table(name = "mou_document")
@Getter
@Setter
@NoArgsConstructor
public class MouDocument {

    @Id
    private Long mouId;

    private String fileName;

    private long sizeBytes;

    private byte[] content;

    private Instant uploadedAt;

    @Version
    private int version;
}
