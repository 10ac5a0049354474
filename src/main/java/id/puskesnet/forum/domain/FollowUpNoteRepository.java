package id.puskesnet.forum.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FollowUpNoteRepository extends JpaRepository<FollowUpNote, Long> {

    /** The reviews a forum made of earlier follow-ups, in the order they were recorded. */
    @Query("""
            select n from FollowUpNote n join fetch n.followUp u join fetch u.forum
            where n.reviewForum.id = :forumId order by n.id
            """)
    List<FollowUpNote> reviewsIn(@Param("forumId") long forumId);
}
