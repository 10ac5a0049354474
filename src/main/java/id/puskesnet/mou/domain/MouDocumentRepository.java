package id.puskesnet.mou.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MouDocumentRepository extends JpaRepository<MouDocument, Long> {

    @Query("""
            select new id.puskesnet.mou.domain.MouDocumentInfo(d.fileName, d.sizeBytes, d.uploadedAt)
            from MouDocument d where d.mouId = :mouId
            """)
    Optional<MouDocumentInfo> findInfo(@Param("mouId") long mouId);

    @Query("select d.mouId from MouDocument d where d.mouId in :mouIds")
    List<Long> findMouIdsWithDocument(@Param("mouIds") Collection<Long> mouIds);
}
