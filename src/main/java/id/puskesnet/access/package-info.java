/**
 * Who the current user is and which facilities they may see and change.
 * The one place every other module asks; it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package id.puskesnet.access;
