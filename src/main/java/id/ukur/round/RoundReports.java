package id.ukur.round;

import id.ukur.organization.CurrentUser;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the rounds give back once they are done or many: the sealed reports and their
 * public verification, the SOP's step compliance and the region's export. Kept apart from
 * {@link Rounds} (the acts of one round) so each facade stays small; the same policy
 * decides who may read (docs/rounds.md, "Who may do what").
 */
public interface RoundReports {

	/** Rounds sent to the planning agency of the user's region. */
	List<RoundView> received(CurrentUser user);

	/**
	 * The actions the user may take beyond any one round: {@link RoundAction#EXPORT} for
	 * the region-wide roles.
	 */
	Set<RoundAction> regionActions(CurrentUser user);

	/** Sealed revisions of the round's report, oldest first. */
	List<SealView> seals(long id, CurrentUser user);

	/** The report as PDF: the sealed one when signed, else a draft. */
	byte[] reportPdf(long id, CurrentUser user);

	byte[] reportXlsx(long id, CurrentUser user);

	byte[] worksheetXlsx(long id, CurrentUser user);

	/** Public: whether a code belongs to a sealed report. */
	Verification verify(String code);

	/** Public: whether a file is exactly the sealed report of a code. */
	boolean matches(String code, byte[] file);

	/**
	 * Per SOP step of the agency's rounds: how often on time and the median working time.
	 */
	List<Rounds.StepCompliance> compliance(String agencyCode, CurrentUser user);

	/**
	 * Writes every value of a region's rounds of a year, with achievement and rating, as
	 * an XLSX workbook streamed with bounded memory; for the region-wide roles of that
	 * region (a region the user does not belong to does not exist for it).
	 * @param target where the workbook goes, asked for once the user may export
	 * @return how many values were written
	 */
	long exportRegion(String regionCode, int year, CurrentUser user, Supplier<OutputStream> target);

}
