package id.puskesnet.forum.web;

import id.puskesnet.forum.FollowUpStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A later forum's review of one earlier follow-up: its status after the review and what was said. */
record ReviewForm(@NotNull Long followUpId, int version, @NotNull FollowUpStatus status,
                  @Size(max = 2000) String note) {
}
