package id.ukur.plan;

import java.io.InputStream;
import java.util.List;

import id.ukur.organization.CurrentUser;

/**
 * The plan as an Excel workbook: a template to fill offline, an export, and an upload
 * that is checked row by row and stored whole or not at all.
 */
public interface PlanWorkbooks {

	/**
	 * @return an empty workbook with the columns, choice lists and instructions
	 */
	byte[] template(String agencyCode, int year, CurrentUser user);

	/**
	 * @return the plan of a year in the template's layout
	 */
	byte[] export(String agencyCode, int year, CurrentUser user);

	/**
	 * Reads an uploaded workbook and replaces the plan with it when every row is valid.
	 * @param reason why, required once the year's PK is signed
	 * @throws id.ukur.shared.InvalidInputException field {@code reason} when the PK is
	 * signed and no reason is given
	 */
	ImportResult importWorkbook(String agencyCode, int year, InputStream workbook, String reason, Long version,
			CurrentUser user);

	/**
	 * @param version the version of the plan the workbook replaces (required when the
	 * year has a plan; a newer one on the server refuses the import)
	 */
	default ImportResult importWorkbook(String agencyCode, int year, InputStream workbook, Long version,
			CurrentUser user) {
		return importWorkbook(agencyCode, year, workbook, null, version, user);
	}

	/**
	 * What an upload did: the save (null when refused) and the problems per row.
	 */
	record ImportResult(Plans.SaveResult saved, List<RowProblem> problems, int rows) {

		public boolean accepted() {
			return this.saved != null;
		}

	}

	/**
	 * A problem in one row of the workbook: the row number as Excel shows it, the column,
	 * and what is wrong.
	 */
	record RowProblem(int row, String column, String code, Object[] args) {
	}

}
