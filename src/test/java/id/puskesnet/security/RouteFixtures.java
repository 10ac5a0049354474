package id.puskesnet.security;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids of records of Puskesmas Baru Tengah's network, from the demo data: the records the users of Gunung Bahagia
 * try to reach.
 */
record RouteFixtures(long puskesmas, long partner, long report, long institution, long kecamatan, long kelurahan,
                     long user, long dataElement, long program, long mou, long mouLogEntry, long indicator, long forum,
                     long followUp) {

    static RouteFixtures load(JdbcTemplate jdbc) {
        long puskesmas = id(jdbc, "select id from facility where code = 'PKM-BARU-TENGAH'");
        long partner = id(jdbc, "select id from facility where code = 'KP-SEHAT-BERSAMA'");
        return new RouteFixtures(puskesmas, partner,
                id(jdbc, "select id from report where facility_id = ? and status = 'VERIFIED' order by period desc", partner),
                id(jdbc, "select id from institution where owner_puskesmas_id = ? order by id", puskesmas),
                id(jdbc, "select id from kecamatan order by id"),
                id(jdbc, "select id from kelurahan order by id"),
                id(jdbc, "select id from app_user where username = 'kapus.barutengah'"),
                id(jdbc, "select id from data_element order by id"),
                id(jdbc, "select id from program where owner_puskesmas_id = ? order by id", puskesmas),
                id(jdbc, "select id from mou where owner_puskesmas_id = ? order by id", puskesmas),
                id(jdbc, "select e.id from mou_log_entry e join mou m on m.id = e.mou_id where m.owner_puskesmas_id = ? "
                        + "order by e.id", puskesmas),
                id(jdbc, "select id from indicator order by id"),
                id(jdbc, "select id from forum where puskesmas_id = ? order by id", puskesmas),
                id(jdbc, "select f.id from forum_follow_up f join forum o on o.id = f.forum_id where o.puskesmas_id = ? "
                        + "order by f.id", puskesmas));
    }

    private static long id(JdbcTemplate jdbc, String sql, Object... args) {
        List<Long> ids = jdbc.queryForList(sql, Long.class, args);
        if (ids.isEmpty()) {
            throw new IllegalStateException("The demo data has no record for: " + sql);
        }
        return ids.get(0);
    }
}
