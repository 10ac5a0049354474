package id.puskesnet.demo;

import id.puskesnet.access.Role;

/** A demo account: all share {@link DemoDataSeeder#DEMO_PASSWORD}. */
record DemoAccount(String username, String fullName, Role role, String facilityCode) {
}
