package id.ukur.organization;

/** A unit of an agency. */
public record UnitView(long id, long agencyId, String code, String name, UnitKind kind, boolean active, long version) {
}
