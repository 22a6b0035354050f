package id.ukur.organization;

/** Kinds of organisational unit inside an agency. */
public enum UnitKind {

	SECRETARIAT, DIVISION, SUBDIVISION, SECTION, TECHNICAL_UNIT

}
