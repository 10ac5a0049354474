/**
 * User accounts, login, login throttling, passwords and the one security configuration of the app.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package id.puskesnet.account;
