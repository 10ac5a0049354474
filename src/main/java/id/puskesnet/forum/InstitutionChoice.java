package id.puskesnet.forum;

import id.puskesnet.institution.InstitutionSector;

/** An institution a forum may name: the puskesmas's own and the city-level ones, plus any the forum already names. */
public record InstitutionChoice(long id, String name, InstitutionSector sector, boolean active) {
}
