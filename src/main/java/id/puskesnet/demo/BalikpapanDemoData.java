package id.puskesnet.demo;

import java.util.List;

import id.puskesnet.access.Role;

/**
 * Balikpapan's structure (public sources, partly inferred) and invented partner clinics and people.
 * Which kelurahan each puskesmas serves is illustrative.
 */
final class BalikpapanDemoData {

    record KecamatanData(String code, String name, List<String> kelurahan) {
    }

    /** A puskesmas: code, name, kecamatan code, 24-hour flag, ILP pilot flag, kelurahan served. */
    record PuskesmasData(String code, String name, String kecamatanCode, boolean open24h, boolean ilpPilot,
                         List<String> kelurahanServed) {
    }

    /** A partner facility of a puskesmas network. */
    record PartnerData(String code, String name, String type, String puskesmasCode, String kelurahan,
                       String address, String headName, String phone, String licenceNumber, int licenceDaysLeft,
                       String contactPerson) {
    }

    static final List<KecamatanData> KECAMATAN = List.of(
            new KecamatanData("6471010", "Balikpapan Timur", List.of("Lamaru", "Manggar", "Manggar Baru", "Teritip")),
            new KecamatanData("6471020", "Balikpapan Selatan", List.of("Damai Baru", "Damai Bahagia", "Gunung Bahagia",
                    "Sepinggan", "Sepinggan Baru", "Sepinggan Raya", "Sungai Nangka")),
            new KecamatanData("6471021", "Balikpapan Kota", List.of("Klandasan Ilir", "Klandasan Ulu", "Prapatan",
                    "Telaga Sari", "Damai")),
            new KecamatanData("6471030", "Balikpapan Tengah", List.of("Gunung Sari Ilir", "Gunung Sari Ulu",
                    "Karang Jati", "Karang Rejo", "Mekar Sari", "Sumber Rejo")),
            new KecamatanData("6471040", "Balikpapan Utara", List.of("Batu Ampar", "Graha Indah", "Gunung Samarinda",
                    "Gunung Samarinda Baru", "Karang Joang", "Muara Rapak")),
            new KecamatanData("6471050", "Balikpapan Barat", List.of("Baru Tengah", "Baru Ulu", "Baru Ilir",
                    "Margasari", "Margo Mulyo", "Kariangau")));

    static final List<PuskesmasData> PUSKESMAS = List.of(
            new PuskesmasData("PKM-MANGGAR", "Manggar", "6471010", false, false, List.of("Manggar")),
            new PuskesmasData("PKM-MANGGAR-BARU", "Manggar Baru", "6471010", false, false, List.of("Manggar Baru")),
            new PuskesmasData("PKM-LAMARU", "Lamaru", "6471010", false, false, List.of("Lamaru")),
            new PuskesmasData("PKM-TERITIP", "Teritip", "6471010", true, false, List.of("Teritip")),
            new PuskesmasData("PKM-SEPINGGAN-BARU", "Sepinggan Baru", "6471020", false, false,
                    List.of("Sepinggan Baru", "Sepinggan", "Sepinggan Raya")),
            new PuskesmasData("PKM-GUNUNG-BAHAGIA", "Gunung Bahagia", "6471020", false, false,
                    List.of("Gunung Bahagia", "Damai Baru", "Damai Bahagia", "Sungai Nangka")),
            new PuskesmasData("PKM-KLANDASAN-ILIR", "Klandasan Ilir", "6471021", false, false,
                    List.of("Klandasan Ilir", "Klandasan Ulu")),
            new PuskesmasData("PKM-TELAGA-SARI", "Telaga Sari", "6471021", false, false, List.of("Telaga Sari")),
            new PuskesmasData("PKM-PRAPATAN", "Prapatan", "6471021", false, false, List.of("Prapatan")),
            new PuskesmasData("PKM-DAMAI", "Damai", "6471021", true, false, List.of("Damai")),
            new PuskesmasData("PKM-MEKAR-SARI", "Mekar Sari", "6471030", false, false, List.of("Mekar Sari")),
            new PuskesmasData("PKM-GUNUNG-SARI", "Gunung Sari", "6471030", false, false,
                    List.of("Gunung Sari Ilir", "Gunung Sari Ulu")),
            new PuskesmasData("PKM-KARANG-JATI", "Karang Jati", "6471030", false, false, List.of("Karang Jati")),
            new PuskesmasData("PKM-KARANG-REJO", "Karang Rejo", "6471030", true, false, List.of("Karang Rejo")),
            new PuskesmasData("PKM-SUMBER-REJO", "Sumber Rejo", "6471030", false, false, List.of("Sumber Rejo")),
            new PuskesmasData("PKM-KARANG-JOANG", "Karang Joang", "6471040", false, true, List.of("Karang Joang")),
            new PuskesmasData("PKM-MUARA-RAPAK", "Muara Rapak", "6471040", false, false, List.of("Muara Rapak")),
            new PuskesmasData("PKM-GRAHA-INDAH", "Graha Indah", "6471040", false, false,
                    List.of("Graha Indah", "Batu Ampar")),
            new PuskesmasData("PKM-GUNUNG-SAMARINDA", "Gunung Samarinda", "6471040", true, false,
                    List.of("Gunung Samarinda", "Gunung Samarinda Baru")),
            new PuskesmasData("PKM-BARU-ULU", "Baru Ulu", "6471050", false, false, List.of("Baru Ulu")),
            new PuskesmasData("PKM-KARIANGAU", "Kariangau", "6471050", false, true, List.of("Kariangau")),
            new PuskesmasData("PKM-BARU-TENGAH", "Baru Tengah", "6471050", true, false, List.of("Baru Tengah")),
            new PuskesmasData("PKM-BARU-ILIR", "Baru Ilir", "6471050", false, false, List.of("Baru Ilir")),
            new PuskesmasData("PKM-MARGASARI", "Margasari", "6471050", false, false,
                    List.of("Margasari", "Margo Mulyo")));

    static final List<PartnerData> PARTNERS = List.of(
            new PartnerData("KP-SEHAT-BERSAMA", "Klinik Pratama Sehat Bersama", "KLINIK_PRATAMA", "PKM-BARU-TENGAH",
                    "Baru Tengah", "Jl. Letjen Suprapto No. 12 (demo)", "dr. Rahmat Hidayat", "0542-700101",
                    "503/0101/IO-KP/DKK/2023 (demo)", 30, "Nur Aisyah"),
            new PartnerData("KP-TELUK-MEDIKA", "Klinik Pratama Teluk Medika", "KLINIK_PRATAMA", "PKM-BARU-TENGAH",
                    "Baru Tengah", "Jl. Gunung Empat No. 3 (demo)", "dr. Maya Kusuma", "0542-700102",
                    "503/0102/IO-KP/DKK/2024 (demo)", 400, "Fajar Ramadhan"),
            new PartnerData("TPMD-ANDI-PRATAMA", "TPMD dr. Andi Pratama", "TPMD", "PKM-BARU-TENGAH",
                    "Baru Tengah", "Jl. Sumatra No. 8 (demo)", "dr. Andi Pratama", "0812-5500-0103",
                    "SIP 446/0103/DKK/2024 (demo)", 700, "dr. Andi Pratama"),
            new PartnerData("KP-BAHAGIA-HUSADA", "Klinik Pratama Bahagia Husada", "KLINIK_PRATAMA", "PKM-GUNUNG-BAHAGIA",
                    "Gunung Bahagia", "Jl. Jenderal Sudirman No. 45 (demo)", "dr. Lestari Ningsih", "0542-700201",
                    "503/0201/IO-KP/DKK/2023 (demo)", 250, "Putri Handayani"),
            new PartnerData("TPMD-SARI-WULANDARI", "TPMD dr. Sari Wulandari", "TPMD", "PKM-GUNUNG-BAHAGIA",
                    "Damai Bahagia", "Jl. MT Haryono No. 21 (demo)", "dr. Sari Wulandari", "0812-5500-0202",
                    "SIP 446/0202/DKK/2021 (demo)", -10, "dr. Sari Wulandari"),
            new PartnerData("KP-KARANG-REJO-MEDIKA", "Klinik Pratama Karang Rejo Medika", "KLINIK_PRATAMA",
                    "PKM-KARANG-REJO", "Karang Rejo", "Jl. Kapten Tendean No. 5 (demo)", "dr. Budi Santoso",
                    "0542-700301",
                    "503/0301/IO-KP/DKK/2024 (demo)", 500, "Dimas Saputra"));

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Administrator DKK (demo)", Role.DKK_ADMIN, null),
            new DemoAccount("dkk", "Rina Pengelola Program (demo)", Role.DKK_OFFICER, null),
            new DemoAccount("kapus.barutengah", "dr. Hasan Kepala Baru Tengah (demo)", Role.PUSKESMAS_HEAD,
                    "PKM-BARU-TENGAH"),
            new DemoAccount("kapus.gunungbahagia", "dr. Dewi Kepala Gunung Bahagia (demo)", Role.PUSKESMAS_HEAD,
                    "PKM-GUNUNG-BAHAGIA"),
            new DemoAccount("staf.barutengah", "Siti Staf Program Baru Tengah (demo)", Role.PUSKESMAS_STAFF,
                    "PKM-BARU-TENGAH"),
            new DemoAccount("klinik.barutengah", "Yusuf Klinik Sehat Bersama (demo)", Role.PARTNER,
                    "KP-SEHAT-BERSAMA"),
            new DemoAccount("klinik.gunungbahagia", "Ani Klinik Bahagia Husada (demo)", Role.PARTNER,
                    "KP-BAHAGIA-HUSADA"));

    private BalikpapanDemoData() {
    }
}
