package id.ukur.round.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.ukur.organization.CurrentUser;
import id.ukur.round.Commands;
import id.ukur.round.EntryView;
import id.ukur.round.Rounds;
import id.ukur.round.web.UnitForm.Row;
import id.ukur.shared.ConflictException;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;

import org.springframework.web.multipart.MultipartFile;

/**
 * Saves a posted unit form row by row: only the rows the user changed (and whose value
 * the unit may still edit), each at the version it was read at, then the evidence files
 * chosen. A refusal of one row does not stop the others; each is kept next to its row.
 */
final class UnitFormSaving {

	private final Rounds rounds;

	UnitFormSaving(Rounds rounds) {
		this.rounds = rounds;
	}

	/**
	 * @param roundId the round
	 * @param entries the values of the form's unit as they are now
	 * @param form the form as posted
	 * @param user who saves
	 * @return what was saved and what was refused
	 */
	SavedRows save(long roundId, List<EntryView> entries, UnitForm form, CurrentUser user) {
		SavedRows saved = new SavedRows();
		Map<String, EntryView> byCode = new HashMap<>();
		entries.forEach((entry) -> byCode.put(entry.indicatorCode(), entry));
		for (Row row : form.getRows()) {
			EntryView entry = (row.getCode() != null) ? byCode.get(row.getCode()) : null;
			if (entry == null) {
				continue;
			}
			saved.rows.put(entry.indicatorCode(), row);
			if (row.changed() && entry.status().editableByUnit()) {
				saveValue(roundId, entry, row, user, saved);
			}
			MultipartFile file = row.getFile();
			if (file != null && !file.isEmpty()) {
				saveEvidence(roundId, entry.indicatorCode(), file, user, saved);
			}
		}
		return saved;
	}

	private void saveValue(long roundId, EntryView entry, Row row, CurrentUser user, SavedRows saved) {
		String code = entry.indicatorCode();
		try {
			EntryView after = this.rounds.saveEntry(roundId, code, new Commands.EntryInput(row.getActual(),
					row.getNote(), row.getEnablingFactors(), row.getInhibitingFactors(), row.getVersion()), user);
			row.setVersion(after.version());
			row.setFingerprint(Row.of(after).getFingerprint());
			saved.values++;
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach((problem) -> saved.problem(code, String.valueOf(problem.field()), problem));
		}
		catch (ConflictException ex) {
			EntryView now = this.rounds.entry(roundId, code, user);
			saved.conflicts.put(code, new FieldProblem("", ex.getMessage(), ex.args()));
			saved.current.put(code, now);
			// the next save overwrites knowingly: the user has now seen the other change
			row.setVersion(now.version());
		}
	}

	private void saveEvidence(long roundId, String code, MultipartFile file, CurrentUser user, SavedRows saved) {
		try {
			this.rounds.addEvidence(roundId, code, file.getOriginalFilename(), file.getBytes(), user);
			saved.files++;
		}
		catch (InvalidInputException ex) {
			saved.replaceProblem(code, "file",
					ex.problems().isEmpty() ? new FieldProblem("file", "problem.fileType") : ex.problems().get(0));
		}
		catch (ConflictException ex) {
			saved.replaceProblem(code, "file", new FieldProblem("file", ex.getMessage(), ex.args()));
		}
		catch (IOException ex) {
			saved.replaceProblem(code, "file", new FieldProblem("file", "rounds.form.uploadFailed"));
		}
	}

}
