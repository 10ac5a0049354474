/**
 * The audit trail every module writes to: who did what to which record, when, and which fields changed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package id.puskesnet.audit;
