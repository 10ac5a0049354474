package id.puskesnet.mou.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import id.puskesnet.common.validation.ReasonableDate;
import id.puskesnet.mou.MouData;
import id.puskesnet.mou.MouDetails;
import id.puskesnet.mou.MouParty;
import id.puskesnet.program.ProgramOption;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The create, edit and renew form. {@code ownerPuskesmasId} is read only from the DKK administrator; an empty
 * end date with {@code openEnded} is an agreement without an end date.
 */
record MouForm(
        @NotBlank @Size(max = 100) String number,
        @NotBlank @Size(max = 200) String title,
        Long ownerPuskesmasId,
        @NotEmpty @Size(max = 50) Set<Long> institutionIds,
        @Size(max = 50) Set<Long> programIds,
        @NotBlank @Size(max = 4000) String scope,
        @ReasonableDate LocalDate signedOn,
        @ReasonableDate LocalDate startsOn,
        @ReasonableDate LocalDate endsOn,
        Boolean openEnded,
        int version) {

    static MouForm empty(Long ownerPuskesmasId) {
        return new MouForm(null, null, ownerPuskesmasId, new LinkedHashSet<>(), new LinkedHashSet<>(), null, null,
                null, null, false, 0);
    }

    static MouForm of(MouDetails m) {
        return new MouForm(m.number(), m.title(), m.ownerPuskesmasId(),
                new LinkedHashSet<>(m.institutions().stream().map(MouParty::id).toList()),
                new LinkedHashSet<>(m.programs().stream().map(ProgramOption::id).toList()), m.scope(), m.signedOn(),
                m.startsOn(), m.endsOn(), m.openEnded(), m.version());
    }

    static MouForm of(MouData d) {
        return new MouForm(d.number(), d.title(), d.ownerPuskesmasId(), new LinkedHashSet<>(d.institutionIds()),
                new LinkedHashSet<>(d.programIds()), d.scope(), d.signedOn(), d.startsOn(), d.endsOn(),
                d.openEnded(), 0);
    }

    MouData toData() {
        return new MouData(number, title, ownerPuskesmasId, institutionIds, programIds, scope, signedOn, startsOn,
                endsOn, Boolean.TRUE.equals(openEnded));
    }
}
