package id.puskesnet.access;

/** The five roles of Puskesnet. DKK roles see the whole city; the others are bound to one facility. */
public enum Role {
    DKK_ADMIN(true),
    DKK_OFFICER(true),
    PUSKESMAS_HEAD(false),
    PUSKESMAS_STAFF(false),
    PARTNER(false);

    private final boolean cityWide;

    Role(boolean cityWide) {
        this.cityWide = cityWide;
    }

    public boolean isCityWide() {
        return cityWide;
    }

    public boolean isPuskesmasRole() {
        return this == PUSKESMAS_HEAD || this == PUSKESMAS_STAFF;
    }

    /** The authority Spring Security checks, e.g. {@code ROLE_DKK_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
