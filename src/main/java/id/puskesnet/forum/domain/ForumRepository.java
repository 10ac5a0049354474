package id.puskesnet.forum.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import id.puskesnet.forum.ForumType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ForumRepository extends JpaRepository<Forum, Long> {

    /**
     * Forums visible under a scope (cityWide, or those of the user's puskesmas), filtered. A program matches a
     * forum with an agenda item or a follow-up about it. The dates are always given (PostgreSQL cannot type a
     * date parameter that is only tested for null).
     */
    @Query("""
            select f from Forum f
            where (:cityWide = true or f.puskesmasId = :scopePuskesmasId)
              and (:puskesmasId is null or f.puskesmasId = :puskesmasId)
              and (:type is null or f.type = :type)
              and f.heldOn >= :heldFrom and f.heldOn <= :heldTo
              and (:programId is null
                   or exists (select a.id from AgendaItem a where a.forum = f and a.programId = :programId)
                   or exists (select u.id from FollowUp u where u.forum = f and u.programId = :programId))
            """)
    Page<Forum> search(@Param("cityWide") boolean cityWide,
                       @Param("scopePuskesmasId") Long scopePuskesmasId,
                       @Param("puskesmasId") Long puskesmasId,
                       @Param("type") ForumType type,
                       @Param("heldFrom") LocalDate heldFrom,
                       @Param("heldTo") LocalDate heldTo,
                       @Param("programId") Long programId,
                       Pageable pageable);

    /** Per forum: its id and how many attendees it had. */
    @Query("select a.forum.id, count(a) from ForumAttendee a where a.forum.id in :forumIds group by a.forum.id")
    List<Object[]> attendeeCounts(@Param("forumIds") Collection<Long> forumIds);
}
