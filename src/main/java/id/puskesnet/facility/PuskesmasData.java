package id.puskesnet.facility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** What a puskesmas's create and edit forms carry. */
public record PuskesmasData(String code, String name, Long kecamatanId, Set<Long> kelurahanIds, String address,
                            String phone, String headName, boolean open24h, boolean blud, IlpStatus ilpStatus,
                            LocalDate ilpSince, BigDecimal latitude, BigDecimal longitude) {
}
