/**
 * Shared infrastructure every module may use: web configuration, layout, errors, pagination.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.puskesnet.common;
