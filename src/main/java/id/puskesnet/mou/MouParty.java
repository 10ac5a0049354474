package id.puskesnet.mou;

import id.puskesnet.institution.InstitutionSector;

/** An institution on the other side of an MoU. */
public record MouParty(long id, String name, InstitutionSector sector, boolean active) {
}
