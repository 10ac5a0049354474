package id.puskesnet.forum.web;

import id.puskesnet.forum.AttendeeKind;
import id.puskesnet.forum.ResponsibleKind;
import id.puskesnet.institution.InstitutionSector;

/**
 * Who a row names, as one select's value: {@code STAFF} (the puskesmas's own staff), {@code PUSKESMAS} (the
 * puskesmas itself), {@code SECTOR:KELURAHAN} (a whole sector) or {@code INSTITUTION:12} (one institution). One
 * field per row instead of three keeps a large forum well under the server's limit on form fields.
 */
final class Parties {

    static final String STAFF = "STAFF";
    static final String PUSKESMAS = "PUSKESMAS";
    static final String INSTITUTION_PREFIX = "INSTITUTION:";
    static final String SECTOR_PREFIX = "SECTOR:";

    /** A parsed value; {@code institutionId} and {@code sector} as the value names them. */
    record Party(String kind, Long institutionId, InstitutionSector sector) {
    }

    private Parties() {
    }

    static String attendee(AttendeeKind kind, Long institutionId) {
        return kind == AttendeeKind.STAFF ? STAFF : INSTITUTION_PREFIX + institutionId;
    }

    static String responsible(ResponsibleKind kind, Long institutionId, InstitutionSector sector) {
        return switch (kind) {
            case PUSKESMAS -> PUSKESMAS;
            case INSTITUTION -> INSTITUTION_PREFIX + institutionId;
            case SECTOR -> SECTOR_PREFIX + sector.name();
        };
    }

    /**
     * Parses a value; null for an empty one.
     *
     * @throws IllegalArgumentException for anything else
     */
    static Party parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equals(STAFF) || value.equals(PUSKESMAS)) {
            return new Party(value, null, null);
        }
        if (value.startsWith(INSTITUTION_PREFIX)) {
            long id = Long.parseLong(value.substring(INSTITUTION_PREFIX.length()));
            return new Party(INSTITUTION_PREFIX, id, null);
        }
        if (value.startsWith(SECTOR_PREFIX)) {
            return new Party(SECTOR_PREFIX, null, InstitutionSector.valueOf(value.substring(SECTOR_PREFIX.length())));
        }
        throw new IllegalArgumentException("Unknown party " + value);
    }

    static boolean isValidAttendee(String value) {
        Party party = parseOrNull(value);
        return value == null || party != null && (party.kind().equals(STAFF) || party.institutionId() != null);
    }

    static boolean isValidResponsible(String value) {
        Party party = parseOrNull(value);
        return value == null || party != null && !party.kind().equals(STAFF);
    }

    private static Party parseOrNull(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
