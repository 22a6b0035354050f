/**
 * The web shell: security, error handling, languages and formats, the layout, the login
 * and home pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package id.ukur.web;
