package id.ukur.sop;

/**
 * What a user may do with an agency's SOP beyond reading it; who may is decided in one
 * place ({@code sop/internal/SopPolicy}, docs/security.md "Plan and SOP permissions").
 */
public enum SopAction {

	/** Open the editor on the active revision. */
	EDIT,

	/** Upload a definition file (YAML or JSON) as a new revision. */
	UPLOAD,

	/** Publish a definition as the new active revision (editor, upload or API). */
	PUBLISH,

	/** Start an agency's first SOP from one of the sample SOPs. */
	START

}
