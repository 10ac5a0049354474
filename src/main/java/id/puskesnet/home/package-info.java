/**
 * The home page every user lands on, and its attention list: what is due, overdue, returned or expiring for
 * the user's facilities. Modules contribute to it by implementing {@link id.puskesnet.home.AttentionSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home",
        allowedDependencies = {"access", "common"})
package id.puskesnet.home;
