package id.puskesnet.forum.web;

import jakarta.validation.constraints.Size;

/** The evidence of a follow-up: a short text or a link (photos, attendance list, report). */
record EvidenceForm(@Size(max = 1000) String evidence, int version) {
}
