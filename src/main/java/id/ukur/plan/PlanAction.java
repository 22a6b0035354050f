package id.ukur.plan;

/**
 * What a user may do with an agency's plans beyond reading them; who may is decided in
 * one place ({@code plan/internal/PlanPolicy}, docs/security.md "Plan and SOP
 * permissions").
 */
public enum PlanAction {

	/** Add, change or remove nodes and indicators, or replace the whole plan. */
	EDIT,

	/** Upload a plan workbook. */
	IMPORT,

	/** Copy a year's plan to the next year. */
	COPY,

	/** Record or clear the day the year's Perjanjian Kinerja was signed. */
	SIGN_PK

}
