package id.puskesnet.forum.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import id.puskesnet.forum.FollowUpStatus;
import id.puskesnet.forum.ResponsibleKind;
import id.puskesnet.institution.InstitutionSector;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Follow-ups. Every query takes the scope as {@code cityWide} or {@code scopePuskesmasId}, and the statuses that
 * count as open ({@code openStatuses}) together with today's date wherever overdue matters.
 */
public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    @Query(value = """
            select u from FollowUp u join fetch u.forum f
            where (:cityWide = true or f.puskesmasId = :scopePuskesmasId)
              and (:puskesmasId is null or f.puskesmasId = :puskesmasId)
              and (:forumId is null or f.id = :forumId)
              and (:status is null or u.status = :status)
              and (:openOnly = false or u.status in :openStatuses)
              and (:sector is null or u.sector = :sector)
              and (:responsibleKind is null or u.responsibleKind = :responsibleKind)
              and (:programId is null or u.programId = :programId)
              and (:overdue = false or (u.status in :openStatuses and u.dueDate < :today))
              and (:dueSoon = false or (u.status in :openStatuses and u.dueDate >= :today and u.dueDate <= :soon))
            """, countQuery = """
            select count(u) from FollowUp u join u.forum f
            where (:cityWide = true or f.puskesmasId = :scopePuskesmasId)
              and (:puskesmasId is null or f.puskesmasId = :puskesmasId)
              and (:forumId is null or f.id = :forumId)
              and (:status is null or u.status = :status)
              and (:openOnly = false or u.status in :openStatuses)
              and (:sector is null or u.sector = :sector)
              and (:responsibleKind is null or u.responsibleKind = :responsibleKind)
              and (:programId is null or u.programId = :programId)
              and (:overdue = false or (u.status in :openStatuses and u.dueDate < :today))
              and (:dueSoon = false or (u.status in :openStatuses and u.dueDate >= :today and u.dueDate <= :soon))
            """)
    Page<FollowUp> search(@Param("cityWide") boolean cityWide,
                          @Param("scopePuskesmasId") Long scopePuskesmasId,
                          @Param("puskesmasId") Long puskesmasId,
                          @Param("forumId") Long forumId,
                          @Param("status") FollowUpStatus status,
                          @Param("openOnly") boolean openOnly,
                          @Param("sector") InstitutionSector sector,
                          @Param("responsibleKind") ResponsibleKind responsibleKind,
                          @Param("programId") Long programId,
                          @Param("overdue") boolean overdue,
                          @Param("dueSoon") boolean dueSoon,
                          @Param("openStatuses") Collection<FollowUpStatus> openStatuses,
                          @Param("today") LocalDate today,
                          @Param("soon") LocalDate soon,
                          Pageable pageable);

    /** Per status, how many follow-ups the scope sees (of one puskesmas when {@code puskesmasId} is set). */
    @Query("""
            select u.status, count(u) from FollowUp u join u.forum f
            where (:cityWide = true or f.puskesmasId = :scopePuskesmasId)
              and (:puskesmasId is null or f.puskesmasId = :puskesmasId)
            group by u.status
            """)
    List<Object[]> countByStatus(@Param("cityWide") boolean cityWide,
                                 @Param("scopePuskesmasId") Long scopePuskesmasId,
                                 @Param("puskesmasId") Long puskesmasId);

    /**
     * How many open follow-ups are due before {@code before} (counting no further than {@code cap}), and at how many
     * puskesmas those counted are: an index range of at most {@code cap} entries, however many a country has.
     */
    @Query(nativeQuery = true, value = """
            select count(*), count(distinct c.puskesmas_id) from (
                select u.puskesmas_id from forum_follow_up u
                where (:cityWide = true or u.puskesmas_id = :scopePuskesmasId)
                  and u.status in (:openStatuses) and u.due_date >= :from and u.due_date < :before
                limit :cap) c
            """)
    List<Object[]> countDue(@Param("cityWide") boolean cityWide,
                            @Param("scopePuskesmasId") Long scopePuskesmasId,
                            @Param("openStatuses") Collection<String> openStatuses,
                            @Param("from") LocalDate from,
                            @Param("before") LocalDate before,
                            @Param("cap") int cap);

    /** Per puskesmas, how many open follow-ups are past their due date. */
    @Query("""
            select f.puskesmasId, count(u) from FollowUp u join u.forum f
            where (:cityWide = true or f.puskesmasId = :scopePuskesmasId)
              and u.status in :openStatuses and u.dueDate < :today
            group by f.puskesmasId
            """)
    List<Object[]> overdueByPuskesmas(@Param("cityWide") boolean cityWide,
                                      @Param("scopePuskesmasId") Long scopePuskesmasId,
                                      @Param("openStatuses") Collection<FollowUpStatus> openStatuses,
                                      @Param("today") LocalDate today);

    /** Per forum: its id, how many follow-ups it agreed, and how many of them are still open. */
    @Query("""
            select u.forum.id, count(u), sum(case when u.status in :openStatuses then 1 else 0 end)
            from FollowUp u where u.forum.id in :forumIds group by u.forum.id
            """)
    List<Object[]> countsPerForum(@Param("forumIds") Collection<Long> forumIds,
                                  @Param("openStatuses") Collection<FollowUpStatus> openStatuses);

    /**
     * The open follow-ups a puskesmas agreed at forums held before the given one (an earlier date, or the same
     * date and recorded earlier): what its next forum reviews. {@code forumId} null: before any new forum.
     */
    @Query("""
            select u from FollowUp u join fetch u.forum f
            where f.puskesmasId = :puskesmasId and u.status in :openStatuses
              and (:forumId is null or f.heldOn < :heldOn or (f.heldOn = :heldOn and f.id < :forumId))
            order by u.dueDate, f.heldOn, u.sortOrder, u.id
            """)
    List<FollowUp> openBefore(@Param("puskesmasId") long puskesmasId,
                              @Param("forumId") Long forumId,
                              @Param("heldOn") LocalDate heldOn,
                              @Param("openStatuses") Collection<FollowUpStatus> openStatuses);
}
