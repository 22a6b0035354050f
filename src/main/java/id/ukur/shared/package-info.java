/**
 * Value types and exceptions used by every module: the refusal reasons that the web layer
 * turns into RFC 9457 problem documents or friendly pages, and the inbox contract.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package id.ukur.shared;
