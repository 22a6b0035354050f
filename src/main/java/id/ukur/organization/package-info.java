/**
 * Regions, agencies, units, officials, users and their roles, working calendars and
 * region settings; the access policy that keeps agencies apart.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package id.ukur.organization;
